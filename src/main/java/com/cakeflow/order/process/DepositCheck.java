package com.cakeflow.order.process;

import com.cakeflow.order.internal.CakeOrderRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Gateway condition {@code ${depositCheck.outstanding(execution)}}: is part of the deposit still unpaid? Reads the order
 * row under a lock, so a payment that arrives before the instance waits for it is seen here rather than lost.
 */
@Component("depositCheck")
public class DepositCheck {

	private final CakeOrderRepository orders;

	DepositCheck(CakeOrderRepository orders) {
		this.orders = orders;
	}

	public boolean outstanding(DelegateExecution execution) {
		return orders.lockById(CakeOrderProcess.orderId(execution)).orElseThrow().depositOutstandingFen() > 0;
	}
}
