package com.cakeflow.order.process;

import com.cakeflow.alerting.AlertType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Behind the overdue, unpaid-deposit and no-show timers: raises an alert (input parameters {@code alertType}, {@code stage}). */
@Component("raiseAlertDelegate")
class RaiseAlertDelegate implements JavaDelegate {

	private final OrderWorkflow workflow;

	RaiseAlertDelegate(OrderWorkflow workflow) {
		this.workflow = workflow;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var type = AlertType.valueOf((String) execution.getVariable(CakeOrderProcess.IN_ALERT_TYPE));
		var stage = (String) execution.getVariable(CakeOrderProcess.IN_STAGE);
		var timer = execution.getCurrentActivityName();
		workflow.raiseAlert(CakeOrderProcess.orderId(execution), execution.getProcessInstanceId(), type, stage, timer == null ? type.name() : timer);
	}
}
