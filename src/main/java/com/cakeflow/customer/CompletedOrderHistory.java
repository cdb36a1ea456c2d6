package com.cakeflow.customer;

import com.cakeflow.events.OrderCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A completed order counts into its customer's history (order count, spend, last order, home store), after the
 * order's transaction has committed, in a transaction of its own. The event publication registry delivers the event
 * at least once (again after a crash), so each order is counted once only ({@link Customers#countCompletedOrder}).
 */
@Component
class CompletedOrderHistory {

	private final Customers customers;

	CompletedOrderHistory(Customers customers) {
		this.customers = customers;
	}

	@ApplicationModuleListener
	void on(OrderCompleted completed) {
		customers.countCompletedOrder(completed.orderId(), completed.customerId(), completed.totalFen(), completed.storeId());
	}
}
