package com.cakeflow.order.process;

import com.cakeflow.alerting.Alerts;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.order.OrderCancelled;
import com.cakeflow.order.OrderCompleted;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.staffing.StaffMatching;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a finished order gives back, as listeners of its events: a cancelled one its people's committed minutes, its
 * reserved stock and its kitchen hours; every finished one its open alerts.
 * <p>
 * These run in the cancelling transaction ({@code @EventListener}, not an asynchronous module listener): a cancelled
 * order that still held stock or kitchen minutes would refuse other customers' orders until somebody noticed, and
 * stock and capacity rows are locked here in the same order as in every other transaction (stock first), so a
 * cancellation cannot deadlock with an intake. Staffing, inventory, kitchen and alerting cannot listen themselves:
 * the order module uses them, so they may not depend on it (Spring Modulith forbids the cycle).
 */
@Component
class ClosedOrderReleases {

	private final CakeOrderRepository orders;
	private final StaffMatching matching;
	private final Inventory inventory;
	private final Capacity capacity;
	private final Alerts alerts;
	private final CurrentActor actor;
	private final Clock clock;

	ClosedOrderReleases(CakeOrderRepository orders, StaffMatching matching, Inventory inventory, Capacity capacity, Alerts alerts, CurrentActor actor,
			Clock clock) {
		this.orders = orders;
		this.matching = matching;
		this.inventory = inventory;
		this.capacity = capacity;
		this.alerts = alerts;
		this.actor = actor;
		this.clock = clock;
	}

	@EventListener
	void on(OrderCancelled cancelled) {
		long orderId = cancelled.orderId();
		matching.releaseAll(orderId);
		var released = inventory.release(orderId, actor.name(), "order cancelled");
		if (!released.isEmpty()) {
			orders.findById(orderId).orElseThrow().log(clock.instant(), TimelineType.STOCK_RELEASED, actor.name(),
					TimelineType.details("count", released.size()));
		}
		capacity.release(orderId); // after the stock rows, like every transaction
		alerts.resolveForOrder(orderId, actor.name());
	}

	@EventListener
	void on(OrderCompleted completed) {
		alerts.resolveForOrder(completed.orderId(), CurrentActor.SYSTEM);
	}
}
