package com.cakeflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment ledger on its own: its module's beans with a clock of the test's, and nothing of the order module that
 * calls it. Paid minus refunded adds up per method; a ledger line is only written inside the caller's transaction
 * (the order's lock). Like the catalog's module test it shares the suite's database, runs no jobs and is closed after.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=false", "spring.quartz.auto-startup=false" })
@Import(PaymentModuleTests.FixedClock.class)
@DirtiesContext
class PaymentModuleTests {

	static final Instant NOON = Instant.parse("2026-12-04T04:00:00Z");

	@TestConfiguration
	static class FixedClock {
		@Bean
		Clock clock() {
			return Clock.fixed(NOON, ZoneOffset.UTC);
		}
	}

	@Autowired
	Payments payments;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	ApplicationContext context;

	@Test
	void paidMinusRefundedAddsUpPerMethodWithoutTheOrderModule() {
		long order = -System.nanoTime() % 1_000_000_000L - 3_000_000_000L; // an id no real order has
		var tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			payments.receive(order, 5000, PaymentMethod.CASH, "clerk");
			payments.receive(order, 800, PaymentMethod.ONLINE, "api-key:meituan", "key-1", "hash-1");
			payments.refund(order, 800, PaymentMethod.ONLINE, "manager", "cancelled at CONFIRMED");
			payments.receive(order, 12000, PaymentMethod.CARD, "frontdesk1");
		});

		var ledger = payments.ledger(order);
		assertThat(ledger).extracting(PaymentRecord::kind).containsExactly("PAYMENT", "PAYMENT", "REFUND", "PAYMENT");
		assertThat(ledger).extracting(PaymentRecord::at).containsOnly(NOON);
		var net = ledger.stream().collect(Collectors.groupingBy(PaymentRecord::method,
				Collectors.summingLong(p -> "REFUND".equals(p.kind()) ? -p.amountFen() : p.amountFen())));
		assertThat(net).containsEntry(PaymentMethod.CASH, 5000L).containsEntry(PaymentMethod.ONLINE, 0L).containsEntry(PaymentMethod.CARD, 12000L);
		java.util.Optional<Payments.KeyedPayment> keyed = tx.execute(status -> payments.keyed(order, "key-1"));
		assertThat(keyed).get().extracting(Payments.KeyedPayment::requestHash).isEqualTo("hash-1");

		assertThatThrownBy(() -> payments.receive(order, 100, PaymentMethod.CASH, "clerk")).as("outside the caller's transaction")
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> payments.refund(order, 0, PaymentMethod.CASH, "manager", "nothing")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(payments.ledger(order)).hasSize(4);
		assertThat(context.getBeanNamesForType(com.cakeflow.order.OrderManagement.class)).as("the order module is not started").isEmpty();
	}
}
