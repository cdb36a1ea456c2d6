package com.cakeflow.order;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.internal.CakeLines;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderSearch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order board: a store's orders due in a range of days, by status column, filtered by channel, fulfillment,
 * urgency and a search (number, phone, name). Each column shows at most {@link #PER_COLUMN} cards, earliest due
 * first, and counts all of its orders (one grouped count): a past day of a busy store (1,400 orders, all completed)
 * still leaves the columns of the day's open orders on the board, and no column grows past what a screen can show.
 */
@Service
@Transactional(readOnly = true)
public class OrderBoard {

	public static final int PER_COLUMN = 80;

	/** What the board shows; {@code null} fields do not filter. */
	public record Filter(LocalDate from, LocalDate to, String storeCode, Channel channel, FulfillmentType fulfillment, Boolean urgent, String q) {
	}

	/** One card: enough to recognise the order at a glance and to know what it waits for. */
	public record Card(String orderNumber, OrderStatus status, String customerName, String customerPhone, Channel channel,
			FulfillmentType fulfillment, OffsetDateTime dueAt, String cakes, long totalFen, long balanceFen, boolean urgent,
			boolean inscriptionToConfirm) {
	}

	/**
	 * The columns in the order a cake moves through them, each with how many orders it has (more than its cards when
	 * it has more than {@link #PER_COLUMN}); {@code truncated} when a column shows fewer cards than it has orders.
	 */
	public record Columns(StoreInfo store, Map<OrderStatus, List<Card>> byStatus, Map<OrderStatus, Long> counts, long total, boolean truncated) {
	}

	private final CakeOrderRepository orders;
	private final Customers customers;
	private final Catalog catalog;
	private final Stores stores;
	private final EntityManager entities;

	OrderBoard(CakeOrderRepository orders, Customers customers, Catalog catalog, Stores stores, EntityManager entities) {
		this.entities = entities;
		this.orders = orders;
		this.customers = customers;
		this.catalog = catalog;
		this.stores = stores;
	}

	public Columns columns(Filter filter, Locale locale) {
		return columns(filter, locale, PER_COLUMN);
	}

	/** The board with at most {@code perColumn} cards in each column. */
	public Columns columns(Filter filter, Locale locale, int perColumn) {
		var store = stores.named(filter.storeCode(), "store");
		var from = filter.from().atStartOfDay(store.zone()).toInstant();
		var to = filter.to().plusDays(1).atStartOfDay(store.zone()).toInstant();
		var q = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
		var customerIds = q == null ? null : customers.idsMatching(q, 500);
		Specification<CakeOrder> spec = (root, query, cb) -> {
			var where = new ArrayList<Predicate>();
			where.add(cb.equal(root.get("storeId"), store.id()));
			where.add(cb.greaterThanOrEqualTo(root.get("dueAt"), from));
			where.add(cb.lessThan(root.get("dueAt"), to));
			if (filter.channel() != null) {
				where.add(cb.equal(root.get("channel"), filter.channel()));
			}
			if (filter.fulfillment() != null) {
				where.add(cb.equal(root.get("fulfillmentType"), filter.fulfillment()));
			}
			if (Boolean.TRUE.equals(filter.urgent())) {
				where.add(cb.isTrue(root.get("urgent")));
			}
			if (customerIds != null) { // the same matching as the order search (OrderSearch): index-friendly on a year of orders
				var any = new ArrayList<Predicate>();
				var number = OrderSearch.NumberMatch.of(q);
				if (number.equalTo() != null) {
					any.add(cb.equal(root.get("number"), number.equalTo()));
				}
				if (number.containing() != null) {
					any.add(cb.like(root.get("number"), number.containing(), '\\'));
				}
				if (!customerIds.isEmpty()) {
					any.add(root.get("customerId").in(customerIds));
				}
				where.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var counts = countsByStatus(spec);
		var sort = Sort.by("dueAt").and(Sort.by("id"));
		var shown = new ArrayList<CakeOrder>();
		counts.forEach((status, count) -> shown.addAll(orders.findBy(spec.and((root, query, cb) -> cb.equal(root.get("status"), status)),
				fetch -> fetch.sortBy(sort).limit(perColumn).all())));
		var people = customers.byIds(shown.stream().map(CakeOrder::customerId).collect(java.util.stream.Collectors.toSet()));
		var lines = CakeLines.of(catalog, locale);
		var byStatus = new EnumMap<OrderStatus, List<Card>>(OrderStatus.class);
		for (var status : OrderStatus.values()) {
			byStatus.put(status, new ArrayList<>());
			counts.putIfAbsent(status, 0L);
		}
		for (var order : shown) {
			var customer = people.get(order.customerId());
			byStatus.get(order.status()).add(new Card(order.number(), order.status(), customer.name(), customer.phone(), order.channel(),
					order.fulfillmentType(), order.dueAt().atZone(store.zone()).toOffsetDateTime(), lines.describe(order), order.totalFen(), order.balanceFen(),
					order.urgent(), !order.inscriptionsProofed()));
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new Columns(store, byStatus, counts, total, total > shown.size());
	}

	/** How many orders the filter matches in each status: one grouped count over the same predicates. */
	private EnumMap<OrderStatus, Long> countsByStatus(Specification<CakeOrder> spec) {
		var cb = entities.getCriteriaBuilder();
		var query = cb.createTupleQuery();
		var root = query.from(CakeOrder.class);
		var status = root.<OrderStatus>get("status");
		query.multiselect(status, cb.count(root)).where(spec.toPredicate(root, query, cb)).groupBy(status);
		var counts = new EnumMap<OrderStatus, Long>(OrderStatus.class);
		for (Tuple row : entities.createQuery(query).getResultList()) {
			counts.put(row.get(0, OrderStatus.class), row.get(1, Long.class));
		}
		return counts;
	}
}
