package com.cakeflow.customer.internal;

import com.cakeflow.customer.CustomerRef;
import com.cakeflow.shared.Database;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds or creates a customer by phone in the caller's transaction with one upsert, so intake needs no second
 * connection. Two first orders from one phone at once: PostgreSQL's {@code on conflict do nothing} waits for the other
 * insert and then does nothing, and the next statement sees the row; H2 refuses the second insert with a duplicate
 * key without spoiling the transaction, and the row is read again.
 */
@Component
public class CustomerRows {

	private final JdbcClient jdbc;
	private final Database database;

	CustomerRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.database = Database.of(dataSource);
	}

	/**
	 * Notes that a completed order has been counted into its customer's history; false when it had been before (its
	 * event delivered again), also when another delivery of it is noting it at the same moment.
	 */
	public boolean firstCount(long orderId, long customerId, Instant now) {
		var insert = "insert into customer_completed_order (order_id, customer_id, counted_at) values (?, ?, ?)";
		try {
			// PostgreSQL: a concurrent second delivery waits for the first and then inserts nothing, its transaction intact
			return jdbc.sql(database == Database.POSTGRESQL ? insert + " on conflict (order_id) do nothing" : insert)
				.params(orderId, customerId, Timestamp.from(now)).update() == 1;
		}
		catch (DuplicateKeyException countedBefore) {
			return false; // H2: refused without spoiling the transaction
		}
	}

	public CustomerRef findOrCreate(String phone, String name, Instant now) {
		var existing = byPhone(phone);
		if (existing.isPresent()) {
			return existing.get();
		}
		var row = new Customer(phone, name, now);
		var insert = "insert into customer (phone, name, created_at, completed_orders, total_spent_fen, marketing_consent, version) "
				+ "values (?, ?, ?, 0, 0, false, 0)";
		try {
			jdbc.sql(database == Database.POSTGRESQL ? insert + " on conflict (phone) do nothing" : insert)
				.params(phone, row.name(), Timestamp.from(now)).update();
		}
		catch (DuplicateKeyException raced) {
			// H2: another intake created this customer a moment ago
		}
		return byPhone(phone).orElseThrow(() -> new IllegalStateException("customer " + phone + " neither found nor created"));
	}

	private Optional<CustomerRef> byPhone(String phone) {
		return jdbc.sql("select id, name, phone from customer where phone = ?").param(phone)
			.query((rs, i) -> new CustomerRef(rs.getLong("id"), rs.getString("name"), rs.getString("phone"))).optional();
	}
}
