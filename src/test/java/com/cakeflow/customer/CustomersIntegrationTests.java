package com.cakeflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customers are found or created by phone exactly once, and concurrent completed orders all count. */
@CakeFlowIntegrationTest
class CustomersIntegrationTests {

	@Autowired
	Customers customers;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void concurrentFirstOrdersFromOnePhoneCreateOneCustomerAndEveryCompletedOrderCountsOnce() throws Exception {
		var phone = new PhoneNumber(TestOrders.freshPhone());
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(6);
		var created = new ArrayList<java.util.concurrent.Future<CustomerRef>>();
		for (int i = 0; i < 6; i++) {
			created.add(pool.submit((Callable<CustomerRef>) () -> {
				start.await();
				return customers.findOrCreate(phone, "周先生");
			}));
		}
		start.countDown();
		var ids = new java.util.HashSet<Long>();
		for (var future : created) {
			ids.add(future.get().id());
		}
		assertThat(ids).hasSize(1);
		long id = ids.iterator().next();

		// six orders completing at once, and one more order whose event is delivered six times at once
		long firstOrder = -System.nanoTime() % 1_000_000_000L - 1_000_000_000L; // ids no real order has
		long twice = firstOrder - 6;
		var done = new CountDownLatch(1);
		var completions = new ArrayList<java.util.concurrent.Future<Boolean>>();
		for (int i = 0; i < 12; i++) {
			long order = i < 6 ? firstOrder - i : twice;
			completions.add(pool.submit(() -> {
				done.await();
				return customers.countCompletedOrder(order, id, 10000, com.cakeflow.TestStock.demoStore(jdbc));
			}));
		}
		done.countDown();
		int counted = 0;
		for (var future : completions) {
			counted += future.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(counted).isEqualTo(7);
		var history = customers.history(id).orElseThrow();
		assertThat(history.completedOrders()).isEqualTo(7);
		assertThat(history.totalSpentFen()).isEqualTo(70000);
		assertThat(customers.countCompletedOrder(twice, id, 10000, com.cakeflow.TestStock.demoStore(jdbc))).as("delivered once more").isFalse();
	}
}
