package com.cakeflow.order.internal;

import com.cakeflow.customer.Customers;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderPlaced;
import com.cakeflow.order.PlacedOrder;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.process.DepositPolicy;
import com.cakeflow.order.process.OrderProcess;
import com.cakeflow.shared.Money;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an order: validates and prices it, stores it and starts its {@code cakeOrder} process in one transaction
 * (both commit or neither), and with an Idempotency-Key makes a repeat — also a concurrent one — return the first order.
 */
@Component
public class OrderIntake {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int STOCK_RACE_ATTEMPTS = 3;

	private final IntakeValidator validator;
	private final IdempotencyKeys idempotency;
	private final CakeOrderRepository orders;
	private final OrderNumbers numbers;
	private final Customers customers;
	private final DepositPolicy depositPolicy;
	private final OrderProcess process;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final com.cakeflow.kitchen.Capacity capacity;
	private final IntakeGate gate;
	private final Clock clock;

	OrderIntake(IntakeValidator validator, IdempotencyKeys idempotency, CakeOrderRepository orders, OrderNumbers numbers,
			Customers customers, DepositPolicy depositPolicy, OrderProcess process, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, com.cakeflow.kitchen.Capacity capacity, IntakeGate gate, Clock clock) {
		this.capacity = capacity;
		this.gate = gate;
		this.validator = validator;
		this.idempotency = idempotency;
		this.orders = orders;
		this.numbers = numbers;
		this.customers = customers;
		this.depositPolicy = depositPolicy;
		this.process = process;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Takes an order when this node has a turn for it (else 503 with Retry-After, nothing done). */
	public PlacedOrder place(NewOrderRequest request, String idempotencyKey, String actor) {
		return gate.through(() -> placeNow(request, idempotencyKey, actor));
	}

	private PlacedOrder placeNow(NewOrderRequest request, String idempotencyKey, String actor) {
		var valid = validator.validate(request);
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return placed(createRetryingOnStockRace(valid, null, null, actor), false);
		}
		var key = idempotencyKey.strip();
		var hash = IdempotencyKeys.hash(request);
		return idempotency.once(key, hash, () -> retryingOnStockRace(() -> orders.findByIdempotencyKey(key)
			.map(existing -> new IdempotencyKeys.Attempt(existing, true))
			.orElseGet(() -> new IdempotencyKeys.Attempt(create(valid, key, hash, actor), false))));
	}

	private CakeOrder createRetryingOnStockRace(ValidOrder valid, String idempotencyKey, String requestHash, String actor) {
		return retryingOnStockRace(() -> create(valid, idempotencyKey, requestHash, actor));
	}

	/**
	 * Runs the work (storing the order and starting its process) in one transaction. A reservation that lost the race
	 * for the last stock fails at the commit (nothing stored); the work is then done again, and finds the shortage.
	 */
	private <T> T retryingOnStockRace(java.util.function.Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(tx -> work.get());
			}
			catch (com.cakeflow.inventory.InventoryProblems.StockChanged lostTheRace) {
				if (attempt == STOCK_RACE_ATTEMPTS) {
					throw lostTheRace;
				}
			}
		}
	}

	/** A booking as the timeline keeps it: minutes per station, and each hour they went to in time order (with the skills it needed). */
	public static java.util.Map<String, Object> booked(com.cakeflow.kitchen.Capacity.Booking booking) {
		var minutes = booking.minutes();
		return TimelineType.details("bake", minutes.getOrDefault(com.cakeflow.kitchen.Station.BAKE, 0),
				"decorate", minutes.getOrDefault(com.cakeflow.kitchen.Station.DECORATE, 0), "pack", minutes.getOrDefault(com.cakeflow.kitchen.Station.PACK, 0),
				"slots", booking.slots().stream()
					.sorted(java.util.Comparator.comparing(com.cakeflow.kitchen.Capacity.Slot::slotStart).thenComparing(com.cakeflow.kitchen.Capacity.Slot::station))
					.map(slot -> TimelineType.details("station", slot.station().name(), "at", slot.slotStart().toString(),
						"minutes", slot.minutes(), "skills", slot.skills().stream().sorted().toList(), "over", slot.over() ? Boolean.TRUE : null)).toList());
	}

	private CakeOrder create(ValidOrder valid, String idempotencyKey, String requestHash, String actor) {
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
		var booking = capacity.book(valid.store().id(), order.id(), valid.dueAt(), kitchenWork(order), valid.capacityOverride(), "fulfillment.dueAt");
		order.log(now, booking.overridden() ? TimelineType.CAPACITY_OVERRIDDEN : TimelineType.CAPACITY_BOOKED, actor, booked(booking));
		events.publishEvent(new OrderPlaced(order.id(), order.number(), order.storeId()));
		return order;
	}

	/** The order's cakes as the kitchen sizes their work. */
	public static java.util.List<com.cakeflow.kitchen.CakeWork> kitchenWork(CakeOrder order) {
		return order.items().stream().map(item -> new com.cakeflow.kitchen.CakeWork(item.sizeInches(),
				item.addOns().stream().map(OrderItem.ItemAddOn::addOnCode).toList(), item.inscription(), item.quantity())).toList();
	}

	static PlacedOrder placed(CakeOrder order, boolean replayed) {
		return new PlacedOrder(order.number(), order.status(), order.totalFen(), order.depositFen(), order.pickupCode(), replayed);
	}
}
