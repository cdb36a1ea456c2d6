package com.cakeflow.order.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cakeflow.order.Channel;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The order aggregate on its own: what it costs, what is still owed, how a cancellation splits what was paid into fee
 * and refund, and that a finished order never moves again. Money in fen throughout.
 */
class CakeOrderTests {

	private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");

	static CakeOrder order(long... linePricesFen) {
		var order = new CakeOrder("CF-20261203-0001", 1, 7, Channel.PHONE, FulfillmentType.PICKUP, AT.plusSeconds(86_400), null, null, false,
				"123456", null, null, AT, "clerk");
		for (long price : linePricesFen) {
			order.addItem(8, "CHOCOLATE", null, 1, price, 0, List.of());
		}
		return order;
	}

	@Test
	void theTotalIsTheSumOfItsLinesWithAddOnsAndQuantity() {
		var order = new CakeOrder("CF-20261203-0002", 1, 7, Channel.PHONE, FulfillmentType.PICKUP, AT, null, null, false, null, null, null, AT,
				"clerk");
		order.addItem(8, "CHOCOLATE", "生日快乐", 2, 16_800, 2_000, List.of(new OrderItem.ItemAddOn("CANDLES", 500)));
		order.addItem(6, "MANGO", null, 1, 12_800, 0, List.of());
		assertThat(order.totalFen()).isEqualTo(2 * (16_800 + 2_000 + 500) + 12_800);
		assertThat(order.inscriptionsProofed()).as("one line has text nobody confirmed").isFalse();
		assertThat(order.proofInscriptions(AT, "clerk", "READ_BACK")).isTrue();
		assertThat(order.inscriptionsProofed()).isTrue();
		assertThat(order.proofInscriptions(AT, "clerk", "READ_BACK")).as("nothing left to confirm").isFalse();
	}

	@Property
	void theDepositAskedForNeverExceedsTheTotalAndWhatIsOwedNeverGoesBelowZero(@ForAll @Size(min = 1, max = 4) List<@LongRange(min = 1, max = 200_000) Long> lines,
			@ForAll @LongRange(min = 0, max = 1_000_000) long deposit, @ForAll @Size(max = 5) List<@LongRange(min = 1, max = 300_000) Long> payments) {
		var order = order(lines.stream().mapToLong(Long::longValue).toArray());
		order.requireDeposit(deposit);
		assertThat(order.depositFen()).isLessThanOrEqualTo(order.totalFen()).isEqualTo(Math.min(deposit, order.totalFen()));
		long paid = 0;
		for (long payment : payments) {
			order.receivePayment(payment);
			paid += payment;
			assertThat(order.paidFen()).isEqualTo(paid);
			assertThat(order.balanceFen()).isEqualTo(Math.max(0, order.totalFen() - paid));
			assertThat(order.depositOutstandingFen()).isEqualTo(Math.max(0, order.depositFen() - paid));
		}
	}

	@Property
	void aCancellationSplitsWhatWasPaidIntoTheFeeAndTheRefundAndNothingIsLostOrMade(@ForAll @LongRange(min = 1, max = 200_000) long price,
			@ForAll @Size(max = 4) List<@LongRange(min = 1, max = 100_000) Long> payments, @ForAll @LongRange(min = 0, max = 300_000) long fee,
			@ForAll @IntRange(min = 0, max = 3) int stage) {
		var order = order(price);
		payments.forEach(order::receivePayment);
		var path = OrderStatus.path(FulfillmentType.PICKUP);
		for (int i = 1; i <= stage; i++) {
			order.moveTo(path.get(i), AT, "process");
		}
		long paid = order.paidFen();
		long refund = order.cancel("customer changed plans", fee, AT, "clerk");
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.cancellationFeeFen()).as("the fee keeps at most what was paid").isEqualTo(Math.min(fee, paid));
		assertThat(refund).isEqualTo(paid - order.cancellationFeeFen()).isNotNegative();
		assertThat(order.refundedFen()).isEqualTo(refund);
		assertThat(order.paidFen() - order.refundedFen()).as("paid - refunded is the fee the shop keeps").isEqualTo(order.cancellationFeeFen());
	}

	@Test
	void aFinishedOrderNeverMovesAgainNorIsCancelledTwice() {
		var order = order(16_800);
		assertThat(order.moveTo(OrderStatus.AWAITING_DEPOSIT, AT, "process")).isTrue();
		assertThat(order.moveTo(OrderStatus.AWAITING_DEPOSIT, AT, "process")).as("already there").isFalse();
		order.cancel("no deposit", 0, AT, "process");
		assertThat(order.moveTo(OrderStatus.BAKING, AT, "process")).isFalse();
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThatThrownBy(() -> order.cancel("again", 0, AT, "clerk")).isInstanceOf(IllegalStateException.class);
		assertThat(order.timeline()).extracting(OrderEvent::type).containsExactly(com.cakeflow.order.TimelineType.STATUS_CHANGED,
				com.cakeflow.order.TimelineType.STATUS_CHANGED);
		assertThat(order.timeline().get(0).details()).containsEntry("from", "RECEIVED").containsEntry("to", "AWAITING_DEPOSIT");
	}

	@Test
	void thePickupCodeMatchesOnlyItselfTrimmed() {
		var order = order(16_800);
		assertThat(order.pickupCodeMatches(" 123456 ")).isTrue();
		assertThat(order.pickupCodeMatches("123457")).isFalse();
		assertThat(order.pickupCodeMatches(null)).isFalse();
	}
}
