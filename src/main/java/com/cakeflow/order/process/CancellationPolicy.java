package com.cakeflow.order.process;

import com.cakeflow.order.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import com.cakeflow.shared.DecisionTables;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The fee for cancelling at a stage, from the manager-editable DMN table {@code processes/cancellation-fee.dmn}. */
@Component
@org.springframework.modulith.NamedInterface("process")
public class CancellationPolicy {

	public static final String DECISION = "cancellationFee";

	private final DecisionTables decisions;

	CancellationPolicy(DecisionTables decisions) {
		this.decisions = decisions;
	}

	public long feeFen(OrderStatus stage, long totalFen) {
		var rows = decisions.evaluate(DECISION, Map.of("status", stage.name()));
		int percent = DecisionTables.first(rows, "feePercent") instanceof Number value ? value.intValue() : 0;
		return BigDecimal.valueOf(totalFen).multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
	}
}
