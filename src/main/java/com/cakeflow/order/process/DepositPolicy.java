package com.cakeflow.order.process;

import com.cakeflow.order.Channel;
import com.cakeflow.shared.Money;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The deposit an order needs, from the manager-editable DMN table {@code processes/deposit-policy.dmn}. */
@Component
public class DepositPolicy {

	public static final String DECISION = "depositPolicy";

	private final DecisionService decisions;

	DepositPolicy(DecisionService decisions) {
		this.decisions = decisions;
	}

	public long depositFen(Channel channel, long totalFen, boolean urgent) {
		var result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
			.putValue("channel", channel.name()).putValue("totalFen", totalFen).putValue("urgent", urgent));
		Number percent = result.getSingleResult() == null ? 0 : result.getSingleResult().getEntry("depositPercent");
		return Money.percentRoundedUpToYuan(totalFen, percent == null ? 0 : percent.intValue());
	}
}
