package com.cakeflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.TestStock;
import com.cakeflow.customer.Customers;
import com.cakeflow.shared.PhoneNumber;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An order's events reach the other modules after the commit, through the event publication registry: delivered
 * once they are committed, kept while a listener has not succeeded, sent again, and counted once however often they
 * arrive.
 */
@CakeFlowIntegrationTest
class OrderEventsIntegrationTests {

	/** Order ids no real order has (the listeners do not read the order). */
	static final AtomicLong ORDER_IDS = new AtomicLong(-2_000_000_000L - System.nanoTime() % 1_000_000_000L);

	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	Customers customers;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void aCompletedOrderCountsIntoItsCustomersHistoryAfterTheCommitAndOnlyOnce() {
		long customer = customers.findOrCreate(new PhoneNumber(TestOrders.freshPhone()), "钱女士").id();
		var completed = new OrderCompleted(ORDER_IDS.decrementAndGet(), "CF-TEST", TestStock.demoStore(jdbc), customer, 18800);
		var tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			events.publishEvent(completed);
			assertThat(completedOrders(customer)).as("nothing before the commit").isZero();
		});
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> completedOrders(customer) == 1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> publications(completed) == 0); // done, so deleted

		tx.executeWithoutResult(status -> events.publishEvent(completed)); // the same event once more (a restart resending it)
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> publications(completed) == 0);
		assertThat(completedOrders(customer)).isEqualTo(1);
		assertThat(jdbc.sql("select total_spent_fen from customer where id = ?").param(customer).query(Long.class).single()).isEqualTo(18800);
	}

	@Test
	void anEventWhoseListenerFailedIsKeptAndSentAgainUntilItSucceeds() {
		long customer = ORDER_IDS.decrementAndGet(); // no such customer yet: counting fails on its foreign key
		var completed = new OrderCompleted(ORDER_IDS.decrementAndGet(), "CF-TEST", TestStock.demoStore(jdbc), customer, 9900);
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(completed));
		Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).until(() -> publications(completed) == 1);

		// the cause is mended (here: the customer's row appears), and what is outstanding is sent again
		jdbc.sql("insert into customer (id, phone, name, created_at, completed_orders, total_spent_fen, version) values (?, ?, '孙先生', current_timestamp, 0, 0, 0)")
			.params(customer, TestOrders.freshPhone()).update();
		incomplete.resubmitIncompletePublications(publication -> completed.equals(publication.getEvent()));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> completedOrders(customer) == 1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> publications(completed) == 0);
	}

	private int completedOrders(long customer) {
		return jdbc.sql("select completed_orders from customer where id = ?").param(customer).query(Integer.class).optional().orElse(0);
	}

	/** The registry's rows still holding this event (its order id is in the serialized event). */
	private int publications(OrderCompleted event) {
		return jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
			.params(OrderCompleted.class.getName(), "%" + event.orderId() + "%").query(Integer.class).single();
	}
}
