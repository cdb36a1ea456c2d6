package com.cakeflow.order.internal;

import com.cakeflow.order.OrderStatus;
import com.cakeflow.shared.PhoneNumber;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds orders for lists on a year of history and more: a page of ids, newest due first, with predicates the indexes
 * serve (the order number whole or, from three characters with a digit, contained; customers by id), and a count
 * that stops at {@link #COUNT_CAP} instead of counting a million rows for a page number nobody scrolls to.
 */
@Component
public class OrderSearch {

	/** Beyond this many matches the total is reported as this many. */
	public static final int COUNT_CAP = 10_000;

	private static final Pattern WHOLE_NUMBER = Pattern.compile("CF-\\d{8}-\\d{4,6}");

	private final JdbcClient jdbc;
	private final CakeOrderRepository orders;

	OrderSearch(JdbcClient jdbc, CakeOrderRepository orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	/** How a search text matches order numbers: a whole number exactly, a part of one (with a digit, 3+ chars), or not at all. */
	public record NumberMatch(String equalTo, String containing) {

		public static NumberMatch of(String text) {
			if (text == null || text.isBlank()) {
				return new NumberMatch(null, null);
			}
			var t = text.strip().toUpperCase(Locale.ROOT);
			if (WHOLE_NUMBER.matcher(t).matches()) {
				return new NumberMatch(t, null);
			}
			// a mobile number is a customer, never part of an order number; a name has no digits
			boolean part = t.length() >= 3 && t.chars().anyMatch(Character::isDigit) && PhoneNumber.parse(t).isEmpty();
			return new NumberMatch(null, part ? "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" : null);
		}

		public boolean none() {
			return equalTo == null && containing == null;
		}
	}

	/** What to find; {@code null} filters nothing. With a {@code text}, orders match by number or by one of {@code customerIds}. */
	public record Criteria(Long storeId, OrderStatus status, Instant from, Instant to, String text, Collection<Long> customerIds) {
	}

	public record Found(List<CakeOrder> orders, long total) {
	}

	public Found find(Criteria criteria, int offset, int limit) {
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (criteria.storeId() != null) {
			where.add("o.store_id = :store");
			params.put("store", criteria.storeId());
		}
		if (criteria.status() != null) {
			where.add("o.status = :status");
			params.put("status", criteria.status().name());
		}
		if (criteria.from() != null) {
			where.add("o.due_at >= :from");
			params.put("from", Timestamp.from(criteria.from()));
		}
		if (criteria.to() != null) {
			where.add("o.due_at < :to");
			params.put("to", Timestamp.from(criteria.to()));
		}
		if (criteria.text() != null && !criteria.text().isBlank()) {
			var any = new ArrayList<String>();
			var number = NumberMatch.of(criteria.text());
			if (number.equalTo() != null) {
				any.add("o.number = :number");
				params.put("number", number.equalTo());
			}
			if (number.containing() != null) {
				any.add("o.number like :numberPart escape '\\'");
				params.put("numberPart", number.containing());
			}
			if (criteria.customerIds() != null && !criteria.customerIds().isEmpty()) {
				any.add("o.customer_id in (:customers)");
				params.put("customers", criteria.customerIds());
			}
			where.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
		}
		var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		var ids = jdbc.sql("select o.id from cake_order o" + condition + " order by o.due_at desc, o.id limit :limit offset :offset")
			.params(params).param("limit", limit).param("offset", offset).query(Long.class).list();
		long total;
		if (!ids.isEmpty() && ids.size() < limit || ids.isEmpty() && offset == 0) {
			total = offset + ids.size(); // the last page (or nothing at all): no count needed
		}
		else {
			total = jdbc.sql("select count(*) from (select 1 from cake_order o" + condition + " limit " + (COUNT_CAP + 1) + ") c")
				.params(params).query(Long.class).single();
			// past the cap the total says "at least": as far as this page reaches
			total = ids.isEmpty() ? Math.min(total, COUNT_CAP) : Math.max(Math.min(total, COUNT_CAP), offset + ids.size());
		}
		Map<Long, Integer> position = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			position.put(ids.get(i), i);
		}
		var found = new ArrayList<>(orders.findAllById(ids));
		found.sort(Comparator.comparing(o -> position.get(o.id())));
		return new Found(found, total);
	}
}
