package com.cakeflow.order;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.CustomerRef;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.OrderProblems.OrderNotFound;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderSearch;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders for screens and the API: one order with its timeline, or a page of orders filtered and searched. */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

	private final CakeOrderRepository orders;
	private final Customers customers;
	private final Catalog catalog;
	private final Stores stores;
	private final CurrentActor actor;
	private final OrderSearch search;
	private final TimelineText text;

	OrderQueries(CakeOrderRepository orders, Customers customers, Catalog catalog, Stores stores, CurrentActor actor, OrderSearch search,
			TimelineText text) {
		this.search = search;
		this.text = text;
		this.orders = orders;
		this.customers = customers;
		this.catalog = catalog;
		this.stores = stores;
		this.actor = actor;
	}

	public OrderView find(String number, Locale locale) {
		// an API key of one store does not see the others' orders, not even that they exist
		var order = orders.findByNumber(number).filter(o -> actor.actsFor(o.storeId())).orElseThrow(() -> new OrderNotFound(number));
		var store = stores.byId(order.storeId()).orElseThrow();
		var customer = customers.byId(order.customerId()).orElseThrow();
		var items = order.items().stream().map(item -> new OrderView.ItemPart(item.lineNo(), item.sizeInches(), item.flavorCode(),
				catalog.flavor(item.flavorCode()).map(f -> f.name(locale)).orElse(item.flavorCode()), item.inscription(), item.quantity(),
				item.addOns().stream().map(a -> a.addOnCode()).toList(), item.basePriceFen(), item.flavorSurchargeFen(), item.addOnsFen(),
				item.lineTotalFen(), item.inscriptionProofedAt() == null ? null : new OrderView.InscriptionProof(
						item.inscriptionProofedAt().atZone(store.zone()).toOffsetDateTime(), item.inscriptionProofedBy(), item.inscriptionProofMethod())))
			.toList();
		var timeline = order.timeline().stream().map(e -> new OrderView.TimelineEntry(e.at(), e.type(), e.actor(),
				text.line(e.type(), e.details(), locale, store.zone()), text.heading(e.type(), locale), e.details())).toList();
		return new OrderView(order.number(), store.code(), order.status(), order.totalFen(), order.depositFen(), order.paidFen(),
				order.balanceFen(), order.channel().name(),
				new OrderView.CustomerPart(customer.name(), customer.phone()), items,
				new OrderView.FulfillmentPart(order.fulfillmentType(), order.dueAt().atZone(store.zone()).toOffsetDateTime(), order.address()),
				order.notes(), order.urgent(),
				new OrderView.PricePart(order.totalFen(), order.depositFen(), order.paidFen(), order.balanceFen(), order.refundedFen(),
						order.cancellationFeeFen()),
				order.pickupCode(), order.cancelReason(), order.createdAt().atZone(store.zone()).toOffsetDateTime(), order.createdBy(), timeline);
	}

	/**
	 * Orders by status and due-time range; q matches the order number (whole, or a part with a digit from three
	 * characters on), the customer's phone (whole, or a part from three digits) or name (its start; any part from three
	 * characters). Newest due first; the total stops at {@link OrderSearch#COUNT_CAP}.
	 */
	public Page<OrderSummary> search(OrderStatus status, Instant from, Instant to, String q, int page, int size) {
		return search(null, status, from, to, q, page, size);
	}

	/**
	 * The same, of the store {@code storeCode} names (one of the caller's), or when it names none of every store for
	 * callers who act for all and of the current store for everyone else.
	 */
	public Page<OrderSummary> search(String storeCode, OrderStatus status, Instant from, Instant to, String q, int page, int size) {
		var text = q == null || q.isBlank() ? null : q.strip();
		var customerIds = text == null ? null : customers.idsMatching(text, 500);
		var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		// none named: every store for those who act for all, the caller's current store for the others
		var store = stores.scope(storeCode, "store").orElse(null);
		Long storeId = store != null ? Long.valueOf(store.id()) : null;
		var found = search.find(new OrderSearch.Criteria(storeId, status, from, to, text, customerIds),
				(int) Math.min(pageable.getOffset(), Integer.MAX_VALUE), pageable.getPageSize());
		var zone = store != null ? store.zone() : stores.current().zone();
		var byId = customers.byIds(found.orders().stream().map(CakeOrder::customerId).collect(java.util.stream.Collectors.toSet()));
		var lines = com.cakeflow.order.internal.CakeLines.of(catalog, org.springframework.context.i18n.LocaleContextHolder.getLocale());
		return new PageImpl<>(found.orders().stream().map(order -> summary(order, byId.get(order.customerId()), zone, lines)).toList(), pageable,
				found.total());
	}

	/** The zone dates in queries are read in (the caller's current store's). */
	public java.time.ZoneId zone() {
		return stores.current().zone();
	}

	/** The zone of the store a query names (one of the caller's), else {@link #zone()}. */
	public java.time.ZoneId zone(String storeCode) {
		return stores.named(storeCode, "store").zone();
	}

	private OrderSummary summary(CakeOrder order, CustomerRef customer, java.time.ZoneId zone, com.cakeflow.order.internal.CakeLines lines) {
		return new OrderSummary(order.number(), order.status(), customer.name(), customer.phone(), order.fulfillmentType(),
				order.dueAt().atZone(zone).toOffsetDateTime(), order.totalFen(), order.urgent(), lines.describe(order));
	}

}
