package com.cakeflow.order.process;

import com.cakeflow.order.TimelineType;
import com.cakeflow.order.OrderStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The cake is packed for pickup: the order shows as ready and the customer is told (notification channels come later). */
@Component("notifyReadyDelegate")
class NotifyReadyDelegate implements JavaDelegate {

	private final OrderWorkflow workflow;

	NotifyReadyDelegate(OrderWorkflow workflow) {
		this.workflow = workflow;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var orderId = CakeOrderProcess.orderId(execution);
		workflow.enter(orderId, OrderStatus.READY_FOR_PICKUP);
		workflow.log(orderId, TimelineType.CUSTOMER_NOTIFIED, java.util.Map.of());
	}
}
