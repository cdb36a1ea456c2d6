package com.cakeflow.order.process;

import com.cakeflow.order.internal.CakeOrderRepository;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Timer expressions of the BPMN ({@code ${orderSla.overdueAt(execution, 'BAKE')}}): computed from the order's store's
 * limits ({@link com.cakeflow.sla.SlaSettings}, changed by managers in the app) and the order when the timer starts,
 * so a changed limit applies to new timers without redeploying the diagram.
 */
@Component("orderSla")
public class OrderSla {

	private final com.cakeflow.sla.SlaSettings settings;
	private final CakeOrderRepository orders;
	private final StageMatching workflow;
	private final java.time.Clock clock;

	OrderSla(com.cakeflow.sla.SlaSettings settings, CakeOrderRepository orders, StageMatching workflow,
			java.time.Clock clock) {
		this.settings = settings;
		this.orders = orders;
		this.workflow = workflow;
		this.clock = clock;
	}

	private com.cakeflow.sla.SlaSettings.Sla sla(long orderId) {
		return settings.of(orders.findById(orderId).orElseThrow().storeId());
	}

	/** When an unpaid deposit raises an alert, by the order's store's limit (ISO-8601 duration). */
	public String depositReminderAfter(DelegateExecution execution) {
		return sla(CakeOrderProcess.orderId(execution)).depositReminderAfter().toString();
	}

	/** When an unpaid order is cancelled, by the order's store's limit. */
	public String depositCancelAfter(DelegateExecution execution) {
		return sla(CakeOrderProcess.orderId(execution)).depositCancelAfter().toString();
	}

	/** Instances of diagrams deployed before the limits were per store: the configured default. */
	public String depositReminderAfter() {
		return settings.defaults().depositReminderAfter().toString();
	}

	/** Instances of diagrams deployed before the limits were per store: the configured default. */
	public String depositCancelAfter() {
		return settings.defaults().depositCancelAfter().toString();
	}

	/**
	 * When a stage's task is overdue: not done by its latest finish (the due time less the minutes of the stages after
	 * it) and open at least {@code cakeflow.order.overdue.<STAGE>} — so a cake baked tomorrow raises no alert today,
	 * and a task for a cake due soon still gets its grace period.
	 */
	public Date overdueAt(DelegateExecution execution, String stage) {
		return overdueAt(CakeOrderProcess.orderId(execution), Stage.valueOf(stage), clock.instant());
	}

	/** {@link #overdueAt(DelegateExecution, String)} for a task opened at {@code openedAt} (a due time that moved). */
	public Date overdueAt(long orderId, Stage stage, java.time.Instant openedAt) {
		var latestFinish = workflow.matchRequest(orderId, stage).latestFinish();
		var grace = openedAt.plus(sla(orderId).overdueAfter(stage.name()));
		return Date.from(latestFinish.isAfter(grace) ? latestFinish : grace);
	}

	/** The order's due time, as the due date of its user tasks (Tasklist sorts and highlights by it). */
	public Date dueAt(DelegateExecution execution) {
		return Date.from(orders.findById(CakeOrderProcess.orderId(execution)).orElseThrow().dueAt());
	}

	/** When an uncollected pickup becomes a no-show: the due time plus the grace period. */
	public Date noShowAt(DelegateExecution execution) {
		var order = orders.findById(CakeOrderProcess.orderId(execution)).orElseThrow();
		return Date.from(order.dueAt().plus(settings.of(order.storeId()).noShowAfter()));
	}
}
