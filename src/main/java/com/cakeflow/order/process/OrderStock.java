package com.cakeflow.order.process;

import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.inventory.CakeLine;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.inventory.Reservation;
import com.cakeflow.order.OrderProblems;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stock an order's cakes need: reserved by the process, reserved again when the cakes or the due time change. */
@Service
@Transactional
public class OrderStock {

	private final CakeOrderRepository orders;
	private final Inventory inventory;
	private final Alerts alerts;
	private final OrderAlerts orderAlerts;
	private final CurrentActor actor;
	private final Clock clock;

	OrderStock(CakeOrderRepository orders, Inventory inventory, Alerts alerts, OrderAlerts orderAlerts, CurrentActor actor, Clock clock) {
		this.orders = orders;
		this.inventory = inventory;
		this.alerts = alerts;
		this.orderAlerts = orderAlerts;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * Reserves the stock the cakes need (all or nothing); a shortage raises an alert and goes on the timeline. Once
	 * reserved after a shortage ({@code wasShort}: the order has been short before), the shortage alert is resolved.
	 */
	public Reservation reserve(long orderId, String processInstanceId, boolean wasShort) {
		var order = order(orderId);
		var result = inventory.reserve(order.storeId(), orderId, order.dueAt(), cakes(order), CurrentActor.SYSTEM);
		if (result.isShort()) {
			orderAlerts.raise(orderId, processInstanceId, AlertType.STOCK_SHORTAGE, "STOCK", result.summary());
		}
		else {
			if (wasShort) {
				alerts.resolveForOrder(orderId, CurrentActor.SYSTEM, AlertType.STOCK_SHORTAGE);
			}
			order.log(clock.instant(), TimelineType.STOCK_RESERVED, CurrentActor.SYSTEM, TimelineType.details("count", result.reserved().size()));
		}
		return result;
	}

	/**
	 * The order's cakes changed (another flavor): an order that holds stock re-reserves the difference, all or nothing;
	 * a shortage refuses the change (409 listing what is missing).
	 */
	public void cakesChanged(long orderId) {
		var order = order(orderId);
		var result = inventory.reserveDifference(orderId, cakes(order), actor.name());
		if (result.isShort()) {
			throw new OrderProblems.NotEnoughStock(result.summary());
		}
		if (!result.reserved().isEmpty()) {
			order.log(clock.instant(), TimelineType.STOCK_REBOOKED, actor.name(), TimelineType.details("count", result.reserved().size()));
		}
	}

	/** The due time moved: the order's stock is now needed by then. */
	public void dueChanged(long orderId) {
		inventory.reschedule(orderId, order(orderId).dueAt());
	}

	static List<CakeLine> cakes(CakeOrder order) {
		return order.items().stream().map(i -> new CakeLine(i.flavorCode(), i.sizeInches(), i.quantity())).toList();
	}

	private CakeOrder order(long orderId) {
		return orders.require(orderId);
	}
}
