package com.cakeflow.order.process;

import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderProperties;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Timer expressions of the BPMN ({@code ${orderSla.overdueAfter('BAKE')}}): read from settings when the timer starts,
 * so a changed threshold applies to new timers without redeploying the diagram.
 */
@Component("orderSla")
public class OrderSla {

	private final OrderProperties properties;
	private final CakeOrderRepository orders;

	OrderSla(OrderProperties properties, CakeOrderRepository orders) {
		this.properties = properties;
		this.orders = orders;
	}

	public String depositReminderAfter() {
		return properties.depositReminderAfter().toString();
	}

	public String depositCancelAfter() {
		return properties.depositCancelAfter().toString();
	}

	public String overdueAfter(String stage) {
		return properties.overdueAfter(stage).toString();
	}

	/** The order's due time, as the due date of its user tasks (Tasklist sorts and highlights by it). */
	public Date dueAt(DelegateExecution execution) {
		return Date.from(orders.findById(CakeOrderProcess.orderId(execution)).orElseThrow().dueAt());
	}

	/** When an uncollected pickup becomes a no-show: the due time plus the grace period. */
	public Date noShowAt(DelegateExecution execution) {
		var due = orders.findById(CakeOrderProcess.orderId(execution)).orElseThrow().dueAt();
		return Date.from(due.plus(properties.noShowAfter()));
	}
}
