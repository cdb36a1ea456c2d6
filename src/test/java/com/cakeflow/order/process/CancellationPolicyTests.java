package com.cakeflow.order.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cakeflow.order.OrderStatus;
import com.cakeflow.shared.DecisionTables;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The cancellation fee as the shop's table ({@code processes/cancellation-fee.dmn}, evaluated by the DMN engine on its
 * own, no process engine) and the policy's arithmetic: nothing to pay before baking, 30 % while baking, 70 % from
 * decorating, all of it once the cake is made; never more than the order, in whole fen, never less as work goes on.
 */
class CancellationPolicyTests {

	private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
	private static final DmnDecision TABLE = table();
	private static final List<OrderStatus> WORK_ORDER = List.of(OrderStatus.RECEIVED, OrderStatus.AWAITING_DEPOSIT, OrderStatus.CONFIRMED,
			OrderStatus.BAKING, OrderStatus.DECORATING, OrderStatus.PACKING, OrderStatus.READY_FOR_PICKUP);

	private final CancellationPolicy policy = new CancellationPolicy(tables());

	@Test
	void theTableChargesByWhatHasBeenMade() {
		assertThat(policy.feeFen(OrderStatus.CONFIRMED, 22_800)).isZero();
		assertThat(policy.feeFen(OrderStatus.AWAITING_DEPOSIT, 22_800)).isZero();
		assertThat(policy.feeFen(OrderStatus.BAKING, 22_800)).isEqualTo(6_840);
		assertThat(policy.feeFen(OrderStatus.DECORATING, 22_800)).isEqualTo(15_960);
		assertThat(policy.feeFen(OrderStatus.PACKING, 22_800)).isEqualTo(15_960);
		assertThat(policy.feeFen(OrderStatus.READY_FOR_PICKUP, 22_800)).isEqualTo(22_800);
		assertThat(policy.feeFen(OrderStatus.BAKING, 1)).as("0.3 fen rounds to nothing").isEqualTo(0);
		assertThat(policy.feeFen(OrderStatus.BAKING, 5)).as("1.5 fen rounds half up").isEqualTo(2);
	}

	@Property(tries = 500)
	void theFeeIsAShareOfTheTotalThatNeverShrinksAsTheWorkGoesOn(@ForAll @LongRange(min = 0, max = 100_000_000) long totalFen) {
		long previous = 0;
		for (var status : WORK_ORDER) {
			long fee = policy.feeFen(status, totalFen);
			assertThat(fee).as(status.name()).isBetween(0L, totalFen).isGreaterThanOrEqualTo(previous);
			previous = fee;
		}
		assertThat(policy.feeFen(OrderStatus.CONFIRMED, totalFen)).isZero();
		assertThat(policy.feeFen(OrderStatus.READY_FOR_PICKUP, totalFen)).isEqualTo(totalFen);
	}

	private static DecisionTables tables() {
		var tables = mock(DecisionTables.class);
		when(tables.evaluate(eq(CancellationPolicy.DECISION), anyMap()))
			.thenAnswer(call -> DMN.evaluateDecisionTable(TABLE, Variables.fromMap(call.<Map<String, Object>>getArgument(1))).getResultList());
		return tables;
	}

	private static DmnDecision table() {
		try (var in = new FileInputStream("processes/cancellation-fee.dmn")) {
			return DMN.parseDecision(CancellationPolicy.DECISION, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
