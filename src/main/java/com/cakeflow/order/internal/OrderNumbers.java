package com.cakeflow.order.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out order numbers like {@code CF-20261118-0042}: one counter per day for the whole chain (numbers are unique
 * across stores; the counter row has store id 0). Each number is taken in its own short transaction so intake never
 * waits on another intake's counter lock; a rolled-back intake leaves a gap.
 */
@Component
class OrderNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;
	private final TransactionTemplate newTransaction;

	OrderNumbers(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/** The counter row shared by all stores. */
	static final long CHAIN = 0;

	String next(long storeId, LocalDate day) {
		return "CF-" + day.format(DAY) + "-" + String.format("%04d", increment(CHAIN, day));
	}

	private int increment(long storeId, LocalDate day) {
		for (int attempt = 0; attempt < 5; attempt++) {
			try {
				// a failed insert aborts a PostgreSQL transaction, so each attempt gets its own
				return newTransaction.execute(tx -> {
					int updated = jdbc.sql("update order_day_counter set last_value = last_value + 1 where store_id = ? and order_day = ?")
						.params(storeId, day).update();
					if (updated == 0) {
						jdbc.sql("insert into order_day_counter (store_id, order_day, last_value) values (?, ?, 1)").params(storeId, day).update();
						return 1;
					}
					return jdbc.sql("select last_value from order_day_counter where store_id = ? and order_day = ?").params(storeId, day)
						.query(Integer.class).single();
				});
			}
			catch (DuplicateKeyException raced) {
				// another intake created today's counter first: increment it instead
			}
		}
		throw new IllegalStateException("could not take an order number for store " + storeId + " on " + day);
	}
}
