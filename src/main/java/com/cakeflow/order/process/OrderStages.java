package com.cakeflow.order.process;

import com.cakeflow.order.OrderStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Execution listener target of the BPMN ({@code ${orderStages.enter(execution, 'BAKING')}}): keeps the status projection. */
@Component("orderStages")
public class OrderStages {

	private final OrderWorkflow workflow;

	OrderStages(OrderWorkflow workflow) {
		this.workflow = workflow;
	}

	public void enter(DelegateExecution execution, String status) {
		workflow.enter(CakeOrderProcess.orderId(execution), OrderStatus.valueOf(status));
	}
}
