package com.cakeflow.order.process;

import com.cakeflow.alerting.Notice;
import com.cakeflow.alerting.NotificationKind;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.customer.Customers;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.internal.CakeOrder;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.shared.Money;
import org.springframework.stereotype.Component;

/**
 * What the customer is told about their order, through the notification outbox (by text message, and by mail when
 * they gave an address), each in their language and at most once per order: confirmed (with the pickup code and its
 * QR), deposit still open, ready for pickup, on its way, tomorrow's pickup, running late with the new time.
 */
@Component
public class CustomerNotices {

	private final CakeOrderRepository orders;
	private final Customers customers;
	private final Stores stores;
	private final Catalog catalog;
	private final Notifications notifications;

	CustomerNotices(CakeOrderRepository orders, Customers customers, Stores stores, Catalog catalog, Notifications notifications) {
		this.orders = orders;
		this.customers = customers;
		this.stores = stores;
		this.catalog = catalog;
		this.notifications = notifications;
	}

	/** In the intake's transaction: the confirmation is stored with the order, or neither is. */
	@org.springframework.context.event.EventListener
	void on(com.cakeflow.events.OrderPlaced placed) {
		confirmed(placed.orderId());
	}

	void confirmed(long orderId) {
		var order = orders.findById(orderId).orElseThrow();
		send(order, NotificationKind.ORDER_CONFIRMED, order.number(), order.pickupCode() != null);
	}

	void depositReminder(long orderId) {
		var order = orders.findById(orderId).orElseThrow();
		if (order.depositOutstandingFen() > 0) {
			send(order, NotificationKind.DEPOSIT_REMINDER, order.number(), false);
		}
	}

	void readyForPickup(long orderId) {
		var order = orders.findById(orderId).orElseThrow();
		send(order, NotificationKind.READY_FOR_PICKUP, order.number(), true);
	}

	void outForDelivery(long orderId) {
		var order = orders.findById(orderId).orElseThrow();
		send(order, NotificationKind.OUT_FOR_DELIVERY, order.number(), false);
	}

	/**
	 * Sorry, we are running late: the new time, in the store's zone. Once per order: a further slip is the store's call
	 * to make by phone, not a stream of messages.
	 */
	void runningLate(long orderId, java.time.Instant newEta) {
		var order = orders.findById(orderId).orElseThrow();
		var zone = stores.byId(order.storeId()).orElseThrow().zone();
		notifications.enqueue(notice(order, NotificationKind.RUNNING_LATE, order.number(), false).with("newEta", newEta.atZone(zone).toLocalDateTime()));
	}

	/** The day before a pickup; once per order and due time (a moved pickup gets its own reminder). */
	public int pickupReminder(long orderId) {
		var order = orders.findById(orderId).orElseThrow();
		return notifications.enqueue(notice(order, NotificationKind.PICKUP_REMINDER, order.number() + ":" + order.dueAt().getEpochSecond(), false));
	}

	private void send(CakeOrder order, NotificationKind kind, String key, boolean withCode) {
		notifications.enqueue(notice(order, kind, key, withCode));
	}

	private Notice notice(CakeOrder order, NotificationKind kind, String key, boolean withCode) {
		var store = stores.byId(order.storeId()).orElseThrow();
		var contact = customers.contact(order.customerId()).orElseThrow();
		var locale = contact.language();
		var cakes = order.items().stream().map(item -> new com.cakeflow.order.CustomerCake(item.sizeInches(),
				catalog.flavor(item.flavorCode()).map(f -> f.name(locale)).orElse(item.flavorCode()), item.quantity(), item.inscription(), item.inscriptionProofed())).toList();
		var notice = Notice.of(kind, kind + ":" + key).store(store.id()).order(order.number()).to(contact.email(), contact.phone(), locale)
			.with("customerName", contact.name()).with("storeName", store.name()).with("storePhone", store.phone())
			.with("storeAddress", store.address()).with("fulfillment", order.fulfillmentType().name())
			.with("address", order.fulfillmentType() == FulfillmentType.DELIVERY ? order.address() : null)
			.with("dueAt", order.dueAt().atZone(store.zone()).toLocalDateTime()).with("cakes", cakes).with("total", Money.yuan(order.totalFen()))
			.with("deposit", Money.yuan(order.depositOutstandingFen())).with("depositOpen", order.depositOutstandingFen() > 0)
			.with("balance", Money.yuan(order.balanceFen())).with("balanceOpen", order.balanceFen() > 0)
			.with("pickupCode", withCode ? order.pickupCode() : null)
			.with("inscriptionToConfirm", !order.inscriptionsProofed());
		return withCode && order.pickupCode() != null ? notice.qr(com.cakeflow.order.PickupQr.of(order.number(), order.pickupCode())) : notice;
	}
}
