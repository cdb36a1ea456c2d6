package com.cakeflow.order.internal;

import com.cakeflow.customer.Customers;
import com.cakeflow.events.OrderPlaced;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.process.DepositPolicy;
import com.cakeflow.order.process.OrderProcess;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A new order as intake stores it, in the intake's transaction: its customer (found or created), number, pickup code,
 * priced items, deposit and first timeline entry; then its process start and, last before the commit, its kitchen
 * hours (the booking locks the store's days, so it is held for as short a time as possible).
 */
@Component
class NewOrders {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Customers customers;
	private final OrderNumbers numbers;
	private final DepositPolicy depositPolicy;
	private final CakeOrderRepository orders;
	private final OrderProcess process;
	private final Capacity capacity;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NewOrders(Customers customers, OrderNumbers numbers, DepositPolicy depositPolicy, CakeOrderRepository orders, OrderProcess process,
			Capacity capacity, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.numbers = numbers;
		this.depositPolicy = depositPolicy;
		this.orders = orders;
		this.process = process;
		this.capacity = capacity;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a validated order and starts its process, in the caller's transaction; books its kitchen hours last. */
	CakeOrder create(ValidOrder valid, String idempotencyKey, String requestHash, String actor) {
		var customer = customers.findOrCreate(valid.phone(), valid.customerName());
		customers.rememberEmail(customer.id(), valid.email());
		var now = clock.instant();
		var number = numbers.next(now.atZone(valid.store().zone()).toLocalDate());
		var pickupCode = valid.fulfillment() == FulfillmentType.PICKUP ? String.format("%06d", RANDOM.nextInt(1_000_000)) : null;
		var order = new CakeOrder(number, valid.store().id(), customer.id(), valid.channel(), valid.fulfillment(), valid.dueAt(),
				valid.address(), valid.notes(), valid.urgent(), pickupCode, idempotencyKey, requestHash, now, actor);
		for (var line : valid.lines()) {
			var quote = line.quote();
			order.addItem(quote.size().inches(), quote.flavor().code(), line.inscription(), quote.quantity(), quote.size().basePriceFen(),
					quote.flavor().surchargeFen(),
					quote.addOns().stream().map(a -> new OrderItem.ItemAddOn(a.code(), a.priceFen())).toList());
		}
		order.requireDeposit(depositPolicy.depositFen(valid.channel(), order.totalFen(), valid.urgent()));
		order.log(now, TimelineType.ORDER_PLACED, actor, TimelineType.details("channel", valid.channel().name(), "customer", customer.name(),
				"cakes", valid.lines().stream().map(l -> TimelineType.details("size", l.quote().size().inches(), "flavor", l.quote().flavor().code(),
						"quantity", l.quote().quantity())).toList(),
				"fulfillment", valid.fulfillment().name(), "total", order.totalFen(), "deposit", order.depositFen()));
		// flushed first: a concurrent repeat of the same Idempotency-Key blocks or fails here, before the process starts
		orders.saveAndFlush(order);
		process.start(order);
		// last before commit: booking locks the store's days, so the lock is held for as short a time as possible;
		// no room rolls back the order and its process start alike
		var booking = capacity.book(valid.store().id(), order.id(), valid.dueAt(), OrderIntake.kitchenWork(order), valid.capacityOverride(), "fulfillment.dueAt");
		order.log(now, booking.overridden() ? TimelineType.CAPACITY_OVERRIDDEN : TimelineType.CAPACITY_BOOKED, actor, OrderIntake.booked(booking));
		events.publishEvent(new OrderPlaced(order.id(), order.number(), order.storeId()));
		return order;
	}
}
