package com.cakeflow.order.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deposit is settled (or none was needed): the order is confirmed and goes to production. */
@Component("confirmOrderDelegate")
class ConfirmOrderDelegate implements JavaDelegate {

	private final OrderWorkflow workflow;

	ConfirmOrderDelegate(OrderWorkflow workflow) {
		this.workflow = workflow;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var orderId = CakeOrderProcess.orderId(execution);
		workflow.enter(orderId, com.cakeflow.order.OrderStatus.CONFIRMED);
	}
}
