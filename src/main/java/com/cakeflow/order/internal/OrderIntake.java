package com.cakeflow.order.internal;

import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.PlacedOrder;
import com.cakeflow.order.TimelineType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an order: validates and prices it, has {@link NewOrders} store it and start its {@code cakeOrder} process in
 * one transaction (both commit or neither), and with an Idempotency-Key makes a repeat — also a concurrent one —
 * return the first order.
 */
@Component
public class OrderIntake {

	private static final int STOCK_RACE_ATTEMPTS = 3;

	private final IntakeValidator validator;
	private final IdempotencyKeys idempotency;
	private final CakeOrderRepository orders;
	private final NewOrders newOrders;
	private final TransactionTemplate transaction;
	private final IntakeGate gate;

	OrderIntake(IntakeValidator validator, IdempotencyKeys idempotency, CakeOrderRepository orders, NewOrders newOrders,
			PlatformTransactionManager transactionManager, IntakeGate gate) {
		this.validator = validator;
		this.idempotency = idempotency;
		this.orders = orders;
		this.newOrders = newOrders;
		this.transaction = new TransactionTemplate(transactionManager);
		this.gate = gate;
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
			.orElseGet(() -> new IdempotencyKeys.Attempt(newOrders.create(valid, key, hash, actor), false))));
	}

	private CakeOrder createRetryingOnStockRace(ValidOrder valid, String idempotencyKey, String requestHash, String actor) {
		return retryingOnStockRace(() -> newOrders.create(valid, idempotencyKey, requestHash, actor));
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

	/** The order's cakes as the kitchen sizes their work. */
	public static java.util.List<com.cakeflow.kitchen.CakeWork> kitchenWork(CakeOrder order) {
		return order.items().stream().map(item -> new com.cakeflow.kitchen.CakeWork(item.sizeInches(),
				item.addOns().stream().map(OrderItem.ItemAddOn::addOnCode).toList(), item.inscription(), item.quantity())).toList();
	}

	static PlacedOrder placed(CakeOrder order, boolean replayed) {
		return new PlacedOrder(order.number(), order.status(), order.totalFen(), order.depositFen(), order.pickupCode(), replayed);
	}
}
