package com.cakeflow.order.process;

import static com.cakeflow.order.process.CakeOrderProcess.*;

import com.cakeflow.order.internal.CakeOrder;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The order module's handle on its Camunda process: start an instance, tell it about payments, cancellations and changes. */
@Component
public class OrderProcess {

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final OrderTasks orderTasks;

	OrderProcess(RuntimeService runtime, TaskService tasks, OrderTasks orderTasks) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.orderTasks = orderTasks;
	}

	/** Starts the order's instance (business key = order number) in the caller's transaction. */
	public String start(CakeOrder order) {
		return runtime.startProcessInstanceByKey(KEY, order.number(), Variables.createVariables()
			.putValue(VAR_ORDER_ID, order.id())
			.putValue(VAR_ORDER_NUMBER, order.number())
			.putValue(VAR_STORE_ID, order.storeId())
			.putValue(VAR_FULFILLMENT, order.fulfillmentType().name())
			.putValue(VAR_URGENT, order.urgent()))
			.getId();
	}

	/**
	 * Tells a waiting instance that the deposit is paid. If the instance is not waiting yet, nothing is lost: the deposit
	 * gateway reads the paid amount from the order row (under the same row lock) before it waits.
	 */
	public void depositPaid(String orderNumber) {
		runtime.createMessageCorrelation(MSG_PAYMENT_RECEIVED).processInstanceBusinessKey(orderNumber).correlateAllWithResult();
	}

	/** Interrupts the instance wherever it is; its cancel sub-process applies the fee and ends it. */
	public boolean cancel(String orderNumber, String reason) {
		return !runtime.createMessageCorrelation(MSG_ORDER_CANCELLED).processInstanceBusinessKey(orderNumber)
			.setVariable(VAR_CANCEL_REASON, reason).correlateAllWithResult().isEmpty();
	}

	public void changed(String orderNumber) {
		runtime.createMessageCorrelation(MSG_ORDER_CHANGED).processInstanceBusinessKey(orderNumber).correlateAllWithResult();
	}

	/** The order's open task of this kind, if the instance waits there. */
	public Optional<Task> openTask(String orderNumber, String taskDefinitionKey) {
		return orderTasks.ofOrder(orderNumber).stream().filter(t -> taskDefinitionKey.equals(t.getTaskDefinitionKey())).findFirst();
	}

	/** Completes the open "confirm inscription" task, if the instance waits there; the proof is already on the order. */
	public void inscriptionConfirmed(String orderNumber) {
		openTask(orderNumber, TASK_CONFIRM_INSCRIPTION).ifPresent(task -> tasks.complete(task.getId()));
	}

	public void completeHandover(Task task, String pickupCode) {
		tasks.complete(task.getId(), Variables.createVariables().putValue(VAR_PICKUP_CODE, pickupCode));
	}
}
