package com.cakeflow.order.process;

import com.cakeflow.order.Channel;
import com.cakeflow.shared.Money;
import com.cakeflow.shared.DecisionCache;
import com.cakeflow.shared.DecisionTables;
import org.springframework.stereotype.Component;

/**
 * The deposit an order needs, from the manager-editable DMN table {@code processes/deposit-policy.dmn}, asked once per
 * version of the table and channel, total and urgency ({@link DecisionCache}).
 */
@Component
@org.springframework.modulith.NamedInterface("process")
public class DepositPolicy {

	public static final String DECISION = "depositPolicy";

	private final DecisionCache<Integer> percent;

	DepositPolicy(DecisionTables tables) {
		this.percent = tables.cached(DECISION, rows -> DecisionTables.first(rows, "depositPercent") instanceof Number value ? value.intValue() : 0);
	}

	public long depositFen(Channel channel, long totalFen, boolean urgent) {
		int share = percent.answer(java.util.Map.of("channel", channel.name(), "totalFen", totalFen, "urgent", urgent));
		return Money.percentRoundedUpToYuan(totalFen, share);
	}
}
