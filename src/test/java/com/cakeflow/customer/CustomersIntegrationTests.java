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
	void concurrentFirstOrdersFromOnePhoneCreateOneCustomerAndEveryCompletionCounts() throws Exception {
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

		var done = new CountDownLatch(1);
		var completions = new ArrayList<java.util.concurrent.Future<?>>();
		for (int i = 0; i < 6; i++) {
			completions.add(pool.submit(() -> {
				done.await();
				customers.recordCompletedOrder(id, 10000, com.cakeflow.TestStock.demoStore(jdbc));
				return null;
			}));
		}
		done.countDown();
		for (var future : completions) {
			future.get();
		}
		pool.shutdown();
		var history = customers.history(id).orElseThrow();
		assertThat(history.completedOrders()).isEqualTo(6);
		assertThat(history.totalSpentFen()).isEqualTo(60000);
	}
}
