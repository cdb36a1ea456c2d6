package com.cakeflow.order.process;

import com.cakeflow.events.OrderCancelled;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrderRepository;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a cancelled order gives back in the cancelling transaction: its reserved stock and its kitchen hours.
 * <p>
 * A plain {@code @EventListener}, not an asynchronous module listener: a cancelled order that still held stock or
 * kitchen minutes would refuse other customers' orders until the listener ran, and stock and capacity rows are locked
 * here in the same order as in every other transaction (stock first), so a cancellation cannot deadlock with an intake.
 * Inventory and kitchen cannot listen themselves: the order module uses them, so they may not depend on it (Spring
 * Modulith forbids the cycle). The people's minutes and the alerts are given back after the commit by the staffing and
 * alerting modules' own listeners.
 */
@Component
class ClosedOrderReleases {

	private final CakeOrderRepository orders;
	private final Inventory inventory;
	private final Capacity capacity;
	private final Clock clock;

	ClosedOrderReleases(CakeOrderRepository orders, Inventory inventory, Capacity capacity, Clock clock) {
		this.orders = orders;
		this.inventory = inventory;
		this.capacity = capacity;
		this.clock = clock;
	}

	@EventListener
	void on(OrderCancelled cancelled) {
		long orderId = cancelled.orderId();
		var released = inventory.release(orderId, cancelled.by(), "order cancelled");
		if (!released.isEmpty()) {
			orders.findById(orderId).orElseThrow().log(clock.instant(), TimelineType.STOCK_RELEASED, cancelled.by(),
					TimelineType.details("count", released.size()));
		}
		capacity.release(orderId); // after the stock rows, like every transaction
	}
}
