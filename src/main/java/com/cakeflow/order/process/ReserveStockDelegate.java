package com.cakeflow.order.process;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReserveStock: reserves everything the order's cakes need, or throws Error_StockShortage with what is missing. */
@Component("reserveStockDelegate")
class ReserveStockDelegate implements JavaDelegate {

	private final OrderStock stock;

	ReserveStockDelegate(OrderStock stock) {
		this.stock = stock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var result = stock.reserve(CakeOrderProcess.orderId(execution), execution.getProcessInstanceId(),
				execution.hasVariable(CakeOrderProcess.VAR_SHORT_ITEMS));
		if (result.isShort()) {
			execution.setVariable(CakeOrderProcess.VAR_SHORT_ITEMS,
					result.shortages().stream().map(com.cakeflow.inventory.Shortage::itemCode).collect(java.util.stream.Collectors.joining(",")));
			throw new BpmnError(CakeOrderProcess.ERROR_STOCK_SHORTAGE, result.summary());
		}
	}
}
