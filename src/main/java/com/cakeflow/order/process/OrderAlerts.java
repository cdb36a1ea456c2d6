package com.cakeflow.order.process;

import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrderRepository;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alerts about an order, raised by the process's timers and checks, each also on the order's timeline. */
@Service
@Transactional
public class OrderAlerts {

	private final CakeOrderRepository orders;
	private final Alerts alerts;
	private final Clock clock;

	OrderAlerts(CakeOrderRepository orders, Alerts alerts, Clock clock) {
		this.orders = orders;
		this.alerts = alerts;
		this.clock = clock;
	}

	/** Raises an alert about the order (one unresolved per type and stage) and puts it on the timeline. */
	public void raise(long orderId, String processInstanceId, AlertType type, String stage, String detail) {
		if (alerts.unresolved(type, orderId, stage).isPresent()) {
			return; // a check that runs every few minutes, or a timer fired again: the alert and its timeline entry are there
		}
		var order = orders.require(orderId);
		var alert = alerts.raise(type, order.storeId(), new Alerts.Subject(orderId, order.number(), processInstanceId), stage, detail);
		order.log(clock.instant(), TimelineType.ALERT_RAISED, CurrentActor.SYSTEM, TimelineType.details("alert", type.name(), "stage", stage,
				"detail", detail, "id", alert.id()));
	}

	/** Resolves the order's unresolved alerts of one type (its cause is gone), by the system. */
	public void resolve(long orderId, AlertType type) {
		alerts.resolveForOrder(orderId, CurrentActor.SYSTEM, type);
	}

	/** The numbers of the store's orders with an unresolved alert of this type (at most {@code limit}). */
	@Transactional(readOnly = true)
	public java.util.List<String> unresolvedOrders(long storeId, AlertType type, int limit) {
		return alerts.search(java.util.EnumSet.of(com.cakeflow.alerting.AlertStatus.OPEN, com.cakeflow.alerting.AlertStatus.ACKNOWLEDGED), type, null,
				storeId, limit).stream().map(alert -> alert.orderNumber()).toList();
	}

	/** The unresolved stock-shortage alert of an order, if any (what the manager's form shows). */
	@Transactional(readOnly = true)
	public String shortage(long orderId) {
		var number = orders.findById(orderId).orElseThrow().number();
		return alerts.recent(null, number, 20).stream().filter(a -> a.type() == AlertType.STOCK_SHORTAGE && a.status().unresolved())
			.map(a -> a.detail()).findFirst().orElse("");
	}
}
