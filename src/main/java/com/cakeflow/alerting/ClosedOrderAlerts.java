package com.cakeflow.alerting;

import com.cakeflow.events.OrderCancelled;
import com.cakeflow.events.OrderCompleted;
import com.cakeflow.identity.CurrentActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A finished order's open alerts are resolved ("order closed"), after its transaction has committed: an alert left
 * open for that moment costs nothing, and the order's own transaction does not wait for the alert rows. Repeat-safe, as
 * the registry may deliver an event again.
 */
@Component
class ClosedOrderAlerts {

	private final Alerts alerts;

	ClosedOrderAlerts(Alerts alerts) {
		this.alerts = alerts;
	}

	@ApplicationModuleListener
	void on(OrderCompleted completed) {
		alerts.resolveForOrder(completed.orderId(), CurrentActor.SYSTEM);
	}

	@ApplicationModuleListener
	void on(OrderCancelled cancelled) {
		alerts.resolveForOrder(cancelled.orderId(), cancelled.by());
	}
}
