package com.cakeflow.order.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelOrder and Task_CancelUnpaidOrder: cancels with the stage's fee, refunds the rest, frees the staff. */
@Component("cancelOrderDelegate")
class CancelOrderDelegate implements JavaDelegate {

	private final OrderClosing closing;

	CancelOrderDelegate(OrderClosing closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var reason = (String) execution.getVariable(CakeOrderProcess.VAR_CANCEL_REASON);
		closing.cancel(CakeOrderProcess.orderId(execution), reason == null ? "cancelled" : reason);
	}
}
