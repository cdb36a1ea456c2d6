package com.cakeflow.order.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_UpdateCustomer: the cake reached the customer; their history is updated and the order completes. */
@Component("updateCustomerDelegate")
class UpdateCustomerDelegate implements JavaDelegate {

	private final OrderWorkflow workflow;

	UpdateCustomerDelegate(OrderWorkflow workflow) {
		this.workflow = workflow;
	}

	@Override
	public void execute(DelegateExecution execution) {
		workflow.complete(CakeOrderProcess.orderId(execution));
	}
}
