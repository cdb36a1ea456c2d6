package com.cakeflow.order;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.internal.CakeLines;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderSearch;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order board: a store's orders due in a range of days, by status column, filtered by channel, fulfillment,
 * urgency and a search (number, phone, name). Bounded to {@link #LIMIT} cards, earliest due first, on the
 * (status, due_at) and (due_at) indexes.
 */
@Service
@Transactional(readOnly = true)
public class OrderBoard {

	public static final int LIMIT = 400;

	/** What the board shows; {@code null} fields do not filter. */
	public record Filter(LocalDate from, LocalDate to, String storeCode, Channel channel, FulfillmentType fulfillment, Boolean urgent, String q) {
	}

	/** One card: enough to recognise the order at a glance and to know what it waits for. */
	public record Card(String orderNumber, OrderStatus status, String customerName, String customerPhone, Channel channel,
			FulfillmentType fulfillment, OffsetDateTime dueAt, String cakes, long totalFen, long balanceFen, boolean urgent,
			boolean inscriptionToConfirm) {
	}

	/** The columns in the order a cake moves through them; {@code truncated} when more orders matched than are shown. */
	public record Columns(StoreInfo store, Map<OrderStatus, List<Card>> byStatus, int total, boolean truncated) {
	}

	private final CakeOrderRepository orders;
	private final Customers customers;
	private final Catalog catalog;
	private final Stores stores;

	OrderBoard(CakeOrderRepository orders, Customers customers, Catalog catalog, Stores stores) {
		this.orders = orders;
		this.customers = customers;
		this.catalog = catalog;
		this.stores = stores;
	}

	public Columns columns(Filter filter, Locale locale) {
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
		var page = orders.findAll(spec, PageRequest.of(0, LIMIT, Sort.by("dueAt").and(Sort.by("id"))));
		var people = customers.byIds(page.map(CakeOrder::customerId).toSet());
		var lines = CakeLines.of(catalog, locale);
		var byStatus = new EnumMap<OrderStatus, List<Card>>(OrderStatus.class);
		for (var status : OrderStatus.values()) {
			byStatus.put(status, new ArrayList<>());
		}
		for (var order : page) {
			var customer = people.get(order.customerId());
			byStatus.get(order.status()).add(new Card(order.number(), order.status(), customer.name(), customer.phone(), order.channel(),
					order.fulfillmentType(), order.dueAt().atZone(store.zone()).toOffsetDateTime(), lines.describe(order), order.totalFen(), order.balanceFen(),
					order.urgent(), !order.inscriptionsProofed()));
		}
		return new Columns(store, byStatus, (int) page.getTotalElements(), page.getTotalElements() > LIMIT);
	}
}
