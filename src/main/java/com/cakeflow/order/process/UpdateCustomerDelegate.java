package com.cakeflow.order.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_UpdateCustomer: the cake reached the customer; their history is updated and the order completes. */
@Component("updateCustomerDelegate")
class UpdateCustomerDelegate implements JavaDelegate {

	private final OrderClosing closing;

	UpdateCustomerDelegate(OrderClosing closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		closing.complete(CakeOrderProcess.orderId(execution));
	}
}
