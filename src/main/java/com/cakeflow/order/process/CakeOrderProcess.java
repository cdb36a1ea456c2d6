package com.cakeflow.order.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.modulith.NamedInterface;

/**
 * The names the cake order BPMN ({@code processes/cake-order.bpmn}) and the code share: ids, messages, variables. The
 * only place they are written down: every other class, in this module or another, uses these
 * ({@code BpmnContractTests} fails on a literal elsewhere).
 */
@NamedInterface("process")
public final class CakeOrderProcess {

	public static final String KEY = "cakeOrder";

	// messages and errors
	public static final String MSG_PAYMENT_RECEIVED = "Msg_PaymentReceived";
	public static final String MSG_ORDER_CANCELLED = "Msg_OrderCancelled";
	public static final String MSG_ORDER_CHANGED = "Msg_OrderChanged";
	public static final String ERROR_STOCK_SHORTAGE = "Error_StockShortage";

	// element ids
	public static final String START = "StartEvent_OrderPlaced";
	public static final String GATEWAY_DEPOSIT_REQUIRED = "Gateway_DepositRequired";
	public static final String TASK_AWAIT_DEPOSIT = "Task_AwaitDeposit";
	public static final String TIMER_DEPOSIT_REMINDER = "TimerEvent_DepositReminder";
	public static final String TASK_REMIND_DEPOSIT = "Task_RemindDeposit";
	public static final String TIMER_DEPOSIT_EXPIRED = "TimerEvent_DepositExpired";
	public static final String TASK_CANCEL_UNPAID = "Task_CancelUnpaidOrder";
	public static final String END_CANCELLED_UNPAID = "EndEvent_OrderCancelledUnpaid";
	public static final String TASK_CONFIRM = "Task_ConfirmOrder";
	public static final String TASK_RESERVE_STOCK = "Task_ReserveStock";
	public static final String TASK_RESOLVE_SHORTAGE = "Task_ResolveShortage";
	public static final String TASK_CANCEL_SHORT = "Task_CancelShortOrder";
	public static final String TASK_SUBSTITUTE_FLAVOR = "Task_SubstituteFlavor";
	public static final String END_CANCELLED_SHORT = "EndEvent_OrderCancelledShort";
	public static final String TASK_MATCH_BAKER = "Task_MatchBaker";
	public static final String TASK_BAKE = "Task_BakeCake";
	public static final String TIMER_BAKE_OVERDUE = "TimerEvent_BakeOverdue";
	public static final String TASK_MATCH_DECORATOR = "Task_MatchDecorator";
	public static final String TASK_DECORATE = "Task_DecorateCake";
	public static final String TIMER_DECORATE_OVERDUE = "TimerEvent_DecorateOverdue";
	public static final String TASK_MATCH_PACKER = "Task_MatchPacker";
	public static final String TASK_PACK = "Task_PackCake";
	public static final String TIMER_PACK_OVERDUE = "TimerEvent_PackOverdue";
	public static final String GATEWAY_INSCRIPTION_PROOFED = "Gateway_InscriptionProofed";
	public static final String TASK_CONFIRM_INSCRIPTION = "Task_ConfirmInscription";
	public static final String TIMER_PROOF_OVERDUE = "TimerEvent_ProofOverdue";
	public static final String GATEWAY_FULFILLMENT = "Gateway_Fulfillment";
	public static final String TASK_NOTIFY_READY = "Task_NotifyReadyForPickup";
	public static final String TASK_HAND_OVER = "Task_HandOverCake";
	public static final String TIMER_NO_SHOW = "TimerEvent_NoShow";
	public static final String TASK_MATCH_DRIVER = "Task_MatchDriver";
	public static final String TASK_DELIVER = "Task_DeliverCake";
	public static final String TIMER_DELIVER_OVERDUE = "TimerEvent_DeliverOverdue";
	public static final String TIMER_DELIVERY_LATE = "TimerEvent_DeliveryLate";
	public static final String TASK_UPDATE_CUSTOMER = "Task_UpdateCustomer";
	public static final String END_COMPLETED = "EndEvent_OrderCompleted";
	public static final String TASK_CANCEL_ORDER = "Task_CancelOrder";
	public static final String END_CANCELLED = "EndEvent_OrderCancelled";
	public static final String TASK_REVIEW_CHANGE = "Task_ReviewChange";

	// process variables: ids and routing facts only; the order lives in our tables
	public static final String VAR_ORDER_ID = "orderId";
	public static final String VAR_ORDER_NUMBER = "orderNumber";
	public static final String VAR_STORE_ID = "storeId";
	public static final String VAR_FULFILLMENT = "fulfillment";
	public static final String VAR_URGENT = "urgent";
	public static final String VAR_CANCEL_REASON = "cancelReason";
	public static final String VAR_PICKUP_CODE = "pickupCode";
	/** Set when a delivery is completed: who took the cake, or "(photo)". */
	public static final String VAR_RECIPIENT_NAME = "recipientName";
	/** Set by the manager's shortage form: RETRY, SUBSTITUTE or CANCEL. */
	public static final String VAR_SHORTAGE_DECISION = "shortageDecision";
	/** Set by the manager's shortage form with SUBSTITUTE: the flavor the customer agreed to (code or name). */
	public static final String VAR_SUBSTITUTE_FLAVOR = "substituteFlavor";
	/** Set by Task_ReserveStock on a shortage: the missing item codes, comma-separated. */
	public static final String VAR_SHORT_ITEMS = "shortItems";
	/** Set by Task_SubstituteFlavor: why the substitution could not be made, or empty. */
	public static final String VAR_SUBSTITUTE_REFUSED = "substituteRefused";
	/** Input parameter of the match tasks and the alert tasks. */
	public static final String IN_ROLE = "role";
	public static final String IN_STAGE = "stage";
	public static final String IN_ALERT_TYPE = "alertType";

	// task-local variables: what a task's form and the station screens show (written by TaskDisplay)
	public static final String SHOWN_ORDER_NUMBER = "orderNumber";
	public static final String SHOWN_CAKES = "cakes";
	public static final String SHOWN_INSCRIPTIONS = "inscriptions";
	public static final String SHOWN_DUE_AT = "dueAt";
	public static final String SHOWN_FULFILLMENT = "fulfillmentType";
	public static final String SHOWN_URGENT = "urgent";
	public static final String SHOWN_NOTES = "notes";
	public static final String SHOWN_CUSTOMER_NAME = "customerName";
	public static final String SHOWN_CUSTOMER_PHONE = "customerPhone";
	public static final String SHOWN_ADDRESS = "address";
	public static final String SHOWN_BALANCE_DUE = "balanceDue";
	/** Of the shortage task: what is missing, and the flavors the stock allows instead. */
	public static final String SHOWN_SHORTAGE = "shortage";
	public static final String SHOWN_SUBSTITUTE_OPTIONS = "substituteOptions";

	private CakeOrderProcess() {
	}

	public static long orderId(VariableScope scope) {
		return ((Number) scope.getVariable(VAR_ORDER_ID)).longValue();
	}

	/** The variable that holds the assignee matched for a role, e.g. {@code bakerId}. */
	public static String assigneeVariable(String role) {
		return role.toLowerCase() + "Id";
	}
}
