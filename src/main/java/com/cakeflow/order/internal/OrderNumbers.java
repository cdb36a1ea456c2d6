package com.cakeflow.order.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out order numbers like {@code CF-20261118-0042}: the store's business day and a running number from the
 * database sequence {@code order_number_seq}, unique across the chain. A sequence is taken in the intake's own
 * transaction without a lock (no counter row every intake waits on, no second connection); a rolled-back intake leaves
 * a gap. The running number does not start again each day: it grows to 999999 and then wraps, so a number repeats
 * only if one day took a million orders.
 */
@Component
class OrderNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	OrderNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(LocalDate day) {
		long value = jdbc.sql("select nextval('order_number_seq')").query(Long.class).single();
		return "CF-" + day.format(DAY) + "-" + String.format("%04d", value);
	}
}
