package com.cakeflow.order;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.internal.CakeLines;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.OrderSearch;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order board: a store's orders due in a range of days, by status column, filtered by channel, fulfillment,
 * urgency and a search (number, phone, name). Each column of open orders shows at most {@link #PER_COLUMN} cards,
 * each column of finished ones (completed, cancelled) at most {@link #PER_FINISHED_COLUMN}, earliest due first, and
 * every column counts all of its orders (one grouped count): a past day of a busy store (1,400 orders, all completed)
 * still leaves the columns of the day's open orders on the board, no column grows past what a screen can show, and
 * the finished orders beyond the first few are one link away in the order list, where they can be paged.
 */
@Service
@Transactional(readOnly = true)
public class OrderBoard {

	public static final int PER_COLUMN = 80;
	/**
	 * Cards in a column of finished orders: the board is for the work still to do; a past day's 1,400 completed orders
	 * are counted and listed in the order list, and rendering them as cards cost most of the board's time.
	 */
	public static final int PER_FINISHED_COLUMN = 20;

	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
	private static final java.time.format.DateTimeFormatter DAY_AND_TIME = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm");

	/** What the board shows; {@code null} fields do not filter. */
	public record Filter(LocalDate from, LocalDate to, String storeCode, Channel channel, FulfillmentType fulfillment, Boolean urgent, String q) {
	}

	/**
	 * One card: enough to recognise the order at a glance and to know what it waits for. What the card shows is worked
	 * out here once ({@code dueLabel}, {@code phoneEnd}, the badges), not by expressions in the page for each card.
	 */
	public record Card(String orderNumber, OrderStatus status, String customerName, String customerPhone, Channel channel,
			FulfillmentType fulfillment, OffsetDateTime dueAt, String cakes, long totalFen, long balanceFen, boolean urgent,
			boolean inscriptionToConfirm, String dueLabel) {

		/** The phone's last four digits (尾号), as the shop calls the customer by. */
		public String phoneEnd() {
			return customerPhone.length() > 4 ? customerPhone.substring(customerPhone.length() - 4) : customerPhone;
		}

		/** The inscription badge: an open order whose inscription nobody has confirmed yet. */
		public boolean inscriptionBadge() {
			return inscriptionToConfirm && !status.isTerminal();
		}

		/** What is still to pay, for the badge; {@code null} when nothing is (or the order is cancelled). */
		public String owes() {
			return balanceFen > 0 && status != OrderStatus.CANCELLED ? com.cakeflow.shared.Money.yuan(balanceFen) : null;
		}
	}

	/**
	 * The columns in the order a cake moves through them, each with how many orders it has (more than its cards when
	 * it has more than {@link #PER_COLUMN}); {@code truncated} when a column shows fewer cards than it has orders.
	 */
	public record Columns(StoreInfo store, Map<OrderStatus, List<Card>> byStatus, Map<OrderStatus, Long> counts, long total, boolean truncated) {
	}

	private final OrderSearch search;
	private final Customers customers;
	private final Catalog catalog;
	private final Stores stores;

	OrderBoard(OrderSearch search, Customers customers, Catalog catalog, Stores stores) {
		this.search = search;
		this.customers = customers;
		this.catalog = catalog;
		this.stores = stores;
	}

	public Columns columns(Filter filter, Locale locale) {
		return columns(filter, locale, PER_COLUMN, PER_FINISHED_COLUMN);
	}

	/** The board with at most {@code perColumn} cards in each open column and {@code perFinishedColumn} in a finished one. */
	public Columns columns(Filter filter, Locale locale, int perColumn, int perFinishedColumn) {
		var store = stores.named(filter.storeCode(), "store");
		var from = filter.from().atStartOfDay(store.zone()).toInstant();
		var to = filter.to().plusDays(1).atStartOfDay(store.zone()).toInstant();
		var q = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
		// the same matching as the order list (OrderSearch): index-friendly on a year of orders
		var criteria = new OrderSearch.Criteria(store.id(), null, from, to, q, q == null ? null : customers.idsMatching(q, 500),
				filter.channel(), filter.fulfillment(), Boolean.TRUE.equals(filter.urgent()));
		var counts = new EnumMap<OrderStatus, Long>(OrderStatus.class);
		counts.putAll(search.countsByStatus(criteria));
		var shown = search.firstDueByStatus(criteria, counts.keySet(), status -> status.isTerminal() ? perFinishedColumn : perColumn);
		var people = customers.byIds(shown.stream().map(CakeOrder::customerId).collect(java.util.stream.Collectors.toSet()));
		var lines = CakeLines.of(catalog, locale);
		var byStatus = new EnumMap<OrderStatus, List<Card>>(OrderStatus.class);
		for (var status : OrderStatus.values()) {
			byStatus.put(status, new ArrayList<>());
			counts.putIfAbsent(status, 0L);
		}
		var label = filter.from().equals(filter.to()) ? TIME : DAY_AND_TIME;
		for (var order : shown) {
			var customer = people.get(order.customerId());
			var due = order.dueAt().atZone(store.zone()).toOffsetDateTime();
			byStatus.get(order.status()).add(new Card(order.number(), order.status(), customer.name(), customer.phone(), order.channel(),
					order.fulfillmentType(), due, lines.describe(order), order.totalFen(), order.balanceFen(), order.urgent(),
					!order.inscriptionsProofed(), label.format(due)));
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new Columns(store, byStatus, counts, total, total > shown.size());
	}
}
