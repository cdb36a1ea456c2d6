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

	/**
	 * How a search text matches order numbers: a whole number exactly; four digits as the end of one (its running
	 * number, as a phone's 尾号); another part of one (with a digit, 3+ chars) anywhere; or not at all.
	 */
	public record NumberMatch(String equalTo, String like) {

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
			if (!part) {
				return new NumberMatch(null, null);
			}
			var literal = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			boolean lastDigits = t.length() == com.cakeflow.customer.Customers.LAST_DIGITS && t.chars().allMatch(Character::isDigit);
			return new NumberMatch(null, lastDigits ? literal : literal + "%");
		}

		public boolean none() {
			return equalTo == null && like == null;
		}
	}

	/** What to find; {@code null} filters nothing. With a {@code text}, orders match by number or by one of {@code customerIds}. */
	public record Criteria(Long storeId, OrderStatus status, Instant from, Instant to, String text, Collection<Long> customerIds,
			com.cakeflow.order.Channel channel, com.cakeflow.order.FulfillmentType fulfillment, boolean urgentOnly) {

		public Criteria(Long storeId, OrderStatus status, Instant from, Instant to, String text, Collection<Long> customerIds) {
			this(storeId, status, from, to, text, customerIds, null, null, false);
		}
	}

	/** A WHERE clause (empty, or starting with " where") and its named parameters. */
	private record Where(String sql, Map<String, Object> params) {
	}

	public record Found(List<CakeOrder> orders, long total) {
	}

	private static Where where(Criteria criteria) {
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
			if (number.like() != null) {
				any.add("o.number like :numberPart escape '\\'");
				params.put("numberPart", number.like());
			}
			if (criteria.customerIds() != null && !criteria.customerIds().isEmpty()) {
				any.add("o.customer_id in (:customers)");
				params.put("customers", criteria.customerIds());
			}
			where.add(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
		}
		if (criteria.channel() != null) {
			where.add("o.channel = :channel");
			params.put("channel", criteria.channel().name());
		}
		if (criteria.fulfillment() != null) {
			where.add("o.fulfillment_type = :fulfillment");
			params.put("fulfillment", criteria.fulfillment().name());
		}
		if (criteria.urgentOnly()) {
			where.add("o.urgent = true");
		}
		return new Where(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
	}

	/**
	 * How many orders match in each status, in one grouped count. {@code count(*)}: the index (store_id, due_at, status)
	 * answers a board's day without reading its order rows.
	 */
	public Map<OrderStatus, Long> countsByStatus(Criteria criteria) {
		var where = where(criteria);
		var counts = new java.util.EnumMap<OrderStatus, Long>(OrderStatus.class);
		jdbc.sql("select o.status, count(*) as n from cake_order o" + where.sql() + " group by o.status").params(where.params())
			.query((rs, row) -> Map.entry(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2))).list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/**
	 * The orders due first in each of {@code statuses}, at most {@code limit.applyAsInt(status)} of each, earliest due
	 * first: a short indexed read of ids per status (it stops at the limit: the index on (status, due_at) hands them out in
	 * order), then one read of all the orders.
	 */
	public List<CakeOrder> firstDueByStatus(Criteria criteria, Collection<OrderStatus> statuses, java.util.function.ToIntFunction<OrderStatus> limit) {
		var ids = new ArrayList<Long>();
		for (var status : statuses) {
			var where = where(new Criteria(criteria.storeId(), status, criteria.from(), criteria.to(), criteria.text(), criteria.customerIds(),
					criteria.channel(), criteria.fulfillment(), criteria.urgentOnly()));
			ids.addAll(jdbc.sql("select o.id from cake_order o" + where.sql() + " order by o.due_at, o.id limit :limit").params(where.params())
				.param("limit", limit.applyAsInt(status)).query(Long.class).list());
		}
		var found = new ArrayList<>(orders.findAllById(ids));
		found.sort(Comparator.comparing(CakeOrder::dueAt).thenComparing(CakeOrder::id));
		return found;
	}

	public Found find(Criteria criteria, int offset, int limit) {
		var where = where(criteria);
		var condition = where.sql();
		var params = where.params();
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
