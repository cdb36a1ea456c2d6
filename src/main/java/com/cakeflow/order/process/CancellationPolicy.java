package com.cakeflow.order.process;

import com.cakeflow.order.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The fee for cancelling at a stage, from the manager-editable DMN table {@code processes/cancellation-fee.dmn}. */
@Component
public class CancellationPolicy {

	public static final String DECISION = "cancellationFee";

	private final DecisionService decisions;

	CancellationPolicy(DecisionService decisions) {
		this.decisions = decisions;
	}

	public long feeFen(OrderStatus stage, long totalFen) {
		var result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables().putValue("status", stage.name()));
		Number percent = result.getSingleResult() == null ? 0 : result.getSingleResult().getEntry("feePercent");
		return BigDecimal.valueOf(totalFen).multiply(BigDecimal.valueOf(percent == null ? 0 : percent.intValue()))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
	}
}
