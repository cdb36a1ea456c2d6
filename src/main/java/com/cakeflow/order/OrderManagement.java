package com.cakeflow.order;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.OrderProblems.OrderNotFound;
import com.cakeflow.order.OrderProblems.StageForbids;
import com.cakeflow.order.OrderProblems.WrongPickupCode;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderIntake;
import com.cakeflow.order.process.CakeOrderProcess;
import com.cakeflow.order.process.OrderAmendments;
import com.cakeflow.order.process.OrderClosing;
import com.cakeflow.order.process.OrderProcess;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The order module's API: take orders, take payments, cancel, change and hand over — each against its process. */
@Service
public class OrderManagement {

	private final OrderIntake intake;
	private final CakeOrderRepository orders;
	private final OrderProcess process;
	private final OrderPayments payments;
	private final OrderAmendments amendments;
	private final OrderClosing closing;
	private final Stores stores;
	private final CurrentActor actor;

	OrderManagement(OrderIntake intake, CakeOrderRepository orders, OrderProcess process, OrderPayments payments, OrderAmendments amendments,
			OrderClosing closing, Stores stores, CurrentActor actor) {
		this.intake = intake;
		this.orders = orders;
		this.process = process;
		this.payments = payments;
		this.amendments = amendments;
		this.closing = closing;
		this.stores = stores;
		this.actor = actor;
	}

	/**
	 * Takes an order for the store it names, which must be one of the caller's (another's is a 403), or the caller's
	 * current store (an API key's own, the one a person works in): written into the request, so a replay of its
	 * Idempotency-Key can only ever find an order of that store.
	 */
	public PlacedOrder place(NewOrderRequest request, String idempotencyKey) {
		if (Boolean.TRUE.equals(request.capacityOverride()) && !actor.hasRole(com.cakeflow.identity.Role.MANAGER)
				&& !actor.hasRole(com.cakeflow.identity.Role.ADMIN)) {
			throw new InvalidRequest(new FieldProblem("capacityOverride", "order.capacity.override.manager"));
		}
		var forStore = request.withStoreCode(stores.namedOrCurrent(request.storeCode(), "storeCode"));
		return intake.place(forStore, idempotencyKey, actor.name());
	}

	/** Records a payment under the order's lock; once the deposit is covered a waiting process moves on. */
	public OrderStatus pay(String number, Long amountFen, String method) {
		return payments.pay(number, amountFen, method);
	}

	/** A payment at most once per {@code idempotencyKey} ({@link OrderPayments#pay(String, Long, String, String)}). */
	public PaymentTaken pay(String number, Long amountFen, String method, String idempotencyKey) {
		return payments.pay(number, amountFen, method, idempotencyKey);
	}

	/** What is still owed, taken as the cake leaves the shop ({@link OrderPayments#settleBalance}). */
	public void settleBalance(String number, String method) {
		payments.settleBalance(number, method);
	}

	@Transactional
	public OrderStatus cancel(String number, String reason) {
		var order = locked(number);
		if (order.status().isTerminal()) {
			throw new StageForbids("status", "order.cancel.terminal", order.status());
		}
		var why = reason == null || reason.isBlank() ? "customer request" : reason.strip();
		if (why.length() > 300) {
			throw new InvalidRequest(new FieldProblem("reason", "order.notes.too-long", 300));
		}
		if (!process.cancel(number, why)) {
			// its instance is gone (e.g. deleted in Cockpit): cancel the order itself the same way the process would
			closing.cancel(order.id(), why);
		}
		return order.status();
	}

	@Transactional
	public OrderStatus change(String number, OrderChangeRequest request) {
		var order = locked(number);
		amendments.apply(order, request);
		return order.status();
	}

	/** Hands the cake over against the customer's pickup code; a wrong code changes nothing. */
	@Transactional
	public OrderStatus handOver(String number, String pickupCode) {
		var order = locked(number);
		var task = process.openTask(number, CakeOrderProcess.TASK_HAND_OVER)
			.orElseThrow(() -> new StageForbids("pickupCode", "order.handover.not-ready", order.status()));
		if (!order.pickupCodeMatches(pickupCode)) {
			throw new WrongPickupCode();
		}
		process.completeHandover(task, pickupCode.strip());
		return order.status();
	}

	/** The order locked for a change; one of another store is not found for a caller limited to its own (an API key). */
	private com.cakeflow.order.internal.CakeOrder locked(String number) {
		return orders.lockByNumber(number).filter(order -> actor.actsFor(order.storeId())).orElseThrow(() -> new OrderNotFound(number));
	}
}
