package com.cakeflow.order.process;

import com.cakeflow.alerting.AlertType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Behind the overdue, unpaid-deposit and no-show timers: raises an alert (input parameters {@code alertType}, {@code stage});
 * an unpaid deposit also reminds the customer.
 */
@Component("raiseAlertDelegate")
class RaiseAlertDelegate implements JavaDelegate {

	private final OrderAlerts alerts;
	private final CustomerNotices notices;

	RaiseAlertDelegate(OrderAlerts alerts, CustomerNotices notices) {
		this.alerts = alerts;
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var type = AlertType.valueOf((String) execution.getVariable(CakeOrderProcess.IN_ALERT_TYPE));
		var stage = (String) execution.getVariable(CakeOrderProcess.IN_STAGE);
		var timer = execution.getCurrentActivityName();
		alerts.raise(CakeOrderProcess.orderId(execution), execution.getProcessInstanceId(), type, stage, timer == null ? type.name() : timer);
		if (type == AlertType.UNPAID_DEPOSIT) {
			notices.depositReminder(CakeOrderProcess.orderId(execution));
		}
	}
}
