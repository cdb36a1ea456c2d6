package com.cakeflow.order.process;

import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.FinishForecast;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.SlaSettings;
import com.cakeflow.order.internal.CakeOrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckAtRisk (the at-risk event sub-process, every few minutes before the due time): predicts when the cake is
 * ready from the live kitchen queue ({@link FinishForecast}; delivery adds the drive) and, when that is after the
 * promised time, raises one AT_RISK alert while there is still time to act — move a cake up, call in somebody. Once
 * the cake is still predicted late within the store's notice lead time, the customer is told the new time (once). A
 * forecast that is back on time resolves the alert.
 */
@Component("atRiskCheckDelegate")
class AtRiskCheckDelegate implements JavaDelegate {

	/** The stages whose finish the kitchen queue decides. */
	static final Set<OrderStatus> IN_KITCHEN = EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.BAKING, OrderStatus.DECORATING, OrderStatus.PACKING);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final CakeOrderRepository orders;
	private final SlaSettings settings;
	private final FinishForecast forecasts;
	private final OrderWorkflow workflow;
	private final CustomerNotices notices;
	private final Alerts alerts;
	private final Stores stores;
	private final Clock clock;

	AtRiskCheckDelegate(CakeOrderRepository orders, SlaSettings settings, FinishForecast forecasts, OrderWorkflow workflow, CustomerNotices notices,
			Alerts alerts, Stores stores, Clock clock) {
		this.orders = orders;
		this.settings = settings;
		this.forecasts = forecasts;
		this.workflow = workflow;
		this.notices = notices;
		this.alerts = alerts;
		this.stores = stores;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var orderId = CakeOrderProcess.orderId(execution);
		var order = orders.findById(orderId).orElseThrow();
		if (!IN_KITCHEN.contains(order.status())) {
			if (!order.status().isBeforeBaking()) { // ready, on its way or closed: the kitchen part is over
				alerts.resolveForOrder(orderId, CurrentActor.SYSTEM, AlertType.AT_RISK);
			}
			return;
		}
		var sla = settings.of(order.storeId());
		var now = clock.instant();
		var due = order.dueAt();
		if (due.minus(sla.atRiskLookahead()).isAfter(now)) {
			return; // the due time moved later since the check started
		}
		var forecast = forecasts.of(orderId).orElse(null);
		if (forecast == null) {
			return;
		}
		var ready = forecast.finish() == null ? null
				: order.fulfillmentType() == FulfillmentType.DELIVERY ? forecast.finish().plus(Duration.ofMinutes(OrderWorkflow.DELIVERY_MINUTES)) : forecast.finish();
		if (ready != null && !ready.isAfter(due)) {
			alerts.resolveForOrder(orderId, CurrentActor.SYSTEM, AlertType.AT_RISK);
			return;
		}
		var zone = stores.byId(order.storeId()).orElseThrow().zone();
		workflow.raiseAlert(orderId, execution.getProcessInstanceId(), AlertType.AT_RISK, null,
				"predicted ready " + (ready == null ? "not within " + FinishForecast.HORIZON.toDays() + " days" : TIME.format(ready.atZone(zone))) + ", promised " + TIME.format(due.atZone(zone))
						+ " (queued ahead + own minutes: " + forecast.summary() + ")");
		if (ready != null && !now.isBefore(due.minus(sla.lateNoticeBefore()))) {
			notices.runningLate(orderId, roundedUp(ready));
		}
	}

	/** The new time told to the customer: the next ten minutes (a promise, not a forecast to the second). */
	static Instant roundedUp(Instant time) {
		long tenMinutes = 600;
		long seconds = time.getEpochSecond();
		return Instant.ofEpochSecond((seconds + tenMinutes - 1) / tenMinutes * tenMinutes);
	}
}
