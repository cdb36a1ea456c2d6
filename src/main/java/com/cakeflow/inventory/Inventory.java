package com.cakeflow.inventory;

import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.inventory.StockMovement.Type;
import com.cakeflow.inventory.internal.InventoryRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock of each store as an append-only ledger with balances derived in the same transaction: reserve what an
 * order needs (all or nothing, never overselling under concurrency), consume it when baked (first-expiring lots
 * first), release it on cancel.
 * <p>
 * Longer than our 350 lines on purpose: every movement (receive, reserve, consume, release, waste, count) locks the
 * same balance rows in the same order and decides the reorder alert after the balance is written; keeping them in one
 * class keeps that one rule in one place.
 */
@Service
@Transactional
public class Inventory {

	private final InventoryRepository repository;
	private final Recipes recipes;
	private final Alerts alerts;
	private final Clock clock;

	Inventory(InventoryRepository repository, Recipes recipes, Alerts alerts, Clock clock) {
		this.alerts = alerts;
		this.repository = repository;
		this.recipes = recipes;
		this.clock = clock;
	}

	/**
	 * Reserves everything the cakes need, or nothing: every need checked against what is available, and only then
	 * reserved. Returns the shortages when anything is missing. The balances change at the commit, where their
	 * constraint refuses a reservation that lost a race for the last stock ({@link InventoryProblems.StockChanged}: the
	 * whole transaction rolls back and may be tried again), so overselling cannot happen. The reservation is needed by
	 * the order's due time (what the forecast of confirmed orders counts by day).
	 */
	public Reservation reserve(long storeId, long orderId, java.time.Instant neededBy, List<CakeLine> cakes, String actor) {
		var needs = new TreeMap<>(recipes.needs(storeId, cakes));
		var available = repository.available(storeId, needs.keySet());
		var shortages = shortages(storeId, needs, available);
		if (!shortages.isEmpty()) {
			return new Reservation(Map.of(), shortages);
		}
		var now = clock.instant();
		needs.forEach((code, need) -> {
			repository.addToBalanceAtCommit(storeId, code, 0, need);
			repository.move(storeId, code, Type.RESERVE, need, null, orderId, actor, "order needs", now);
		});
		repository.needBy(orderId, storeId, neededBy);
		checkReorderPoints(storeId, needs.keySet(), actor, false); // a reservation only lowers what is available
		return new Reservation(Map.copyOf(needs), List.of());
	}

	/**
	 * An order that holds a reservation changed its cakes: reserves what the new cakes need beyond what it holds and
	 * releases what they no longer need — all or nothing, like the first reservation. An order without a reservation
	 * (not confirmed yet, or waiting on a shortage) is left alone: the process reserves when it gets there. The result's
	 * {@code reserved} is the change per item (negative: released).
	 */
	public Reservation reserveDifference(long orderId, List<CakeLine> cakes, String actor) {
		var held = repository.outstanding(orderId);
		if (held.isEmpty()) {
			return new Reservation(Map.of(), List.of());
		}
		long storeId = repository.storeOfOrder(orderId).orElseThrow();
		var needs = recipes.needs(storeId, cakes);
		var delta = new TreeMap<String, Long>();
		needs.forEach((code, need) -> delta.put(code, need - held.getOrDefault(code, 0L)));
		held.forEach((code, quantity) -> delta.putIfAbsent(code, -quantity));
		delta.values().removeIf(d -> d == 0);
		var available = repository.available(storeId, delta.keySet());
		var more = new TreeMap<String, Long>();
		delta.forEach((code, d) -> {
			if (d > 0) {
				more.put(code, d);
			}
		});
		var shortages = shortages(storeId, more, available);
		if (!shortages.isEmpty()) {
			return new Reservation(Map.of(), shortages);
		}
		var now = clock.instant();
		delta.forEach((code, d) -> {
			repository.addToBalanceAtCommit(storeId, code, 0, d);
			repository.move(storeId, code, d > 0 ? Type.RESERVE : Type.RELEASE, Math.abs(d), null, orderId, actor, "order changed", now);
		});
		checkReorderPoints(storeId, delta.keySet(), actor);
		return new Reservation(Map.copyOf(delta), List.of());
	}

	/** The order's due time moved: its reservation is now needed by then. */
	public void reschedule(long orderId, java.time.Instant neededBy) {
		repository.storeOfOrder(orderId).ifPresent(storeId -> repository.needBy(orderId, storeId, neededBy));
	}

	/**
	 * Moves available stock to another store of the chain, lot by lot (first-expiring first, lot code and expiry kept),
	 * as a TRANSFER_OUT here and a TRANSFER_IN there. Stock reserved by orders does not move.
	 */
	public StockItem transfer(long fromStoreId, long toStoreId, String itemCode, long quantity, String reason, String actor) {
		var item = repository.item(fromStoreId, itemCode).orElseThrow(() -> new InventoryProblems.UnknownItem(itemCode));
		if (fromStoreId == toStoreId) {
			throw new InventoryProblems.SameStore();
		}
		// both balance rows locked, lower store first, so two opposite transfers cannot deadlock
		long available = 0;
		for (long store : new long[] { Math.min(fromStoreId, toStoreId), Math.max(fromStoreId, toStoreId) }) {
			var locked = repository.lockAvailable(store, List.of(itemCode));
			if (store == fromStoreId) {
				available = locked.getOrDefault(itemCode, 0L);
			}
		}
		if (quantity > available) {
			throw new InventoryProblems.NotEnoughStock(itemCode, quantity, available);
		}
		var now = clock.instant();
		repository.addToBalance(fromStoreId, itemCode, -quantity, 0);
		repository.addToBalance(toStoreId, itemCode, quantity, 0);
		for (var piece : takeFefo(fromStoreId, itemCode, quantity)) {
			Long newLot = piece.lot() == null ? null
					: repository.newLot(toStoreId, itemCode, piece.lot().lotCode(), piece.quantity(), piece.lot().expiresOn(), now);
			repository.move(fromStoreId, itemCode, Type.TRANSFER_OUT, piece.quantity(), piece.lotId(), null, toStoreId, actor, reason, now);
			repository.move(toStoreId, itemCode, Type.TRANSFER_IN, piece.quantity(), newLot, null, fromStoreId, actor, reason, now);
		}
		checkReorderPoints(fromStoreId, List.of(itemCode), actor);
		checkReorderPoints(toStoreId, List.of(itemCode), actor);
		return repository.item(fromStoreId, item.code()).orElseThrow();
	}

	/** What an order holds in which store; none when it holds nothing (its balances change at the commit). */
	private java.util.Optional<Held> held(long orderId) {
		var items = repository.outstanding(orderId);
		if (items.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new Held(repository.storeOfOrder(orderId).orElseThrow(), items));
	}

	private record Held(long storeId, Map<String, Long> items) {
	}

	private List<Shortage> shortages(long storeId, Map<String, Long> needs, Map<String, Long> available) {
		var missing = new TreeMap<String, Long>();
		needs.forEach((code, need) -> {
			if (available.getOrDefault(code, 0L) < need) {
				missing.put(code, need);
			}
		});
		if (missing.isEmpty()) {
			return List.of();
		}
		var items = repository.items(storeId).stream().collect(java.util.stream.Collectors.toMap(StockItem::code, item -> item));
		return missing.entrySet().stream().map(e -> new Shortage(e.getKey(), items.get(e.getKey()).nameZh(), items.get(e.getKey()).unit(),
				e.getValue(), available.getOrDefault(e.getKey(), 0L))).toList();
	}

	/**
	 * What to make ahead for a day's cakes: per semi-finished item the cakes use, what they need, what their orders
	 * already hold reserved, what is free in stock, and what is left to make (never negative), with the ingredients that
	 * takes. Needs are rounded up to whole units.
	 */
	@Transactional(readOnly = true)
	public List<PrepLine> prepList(long storeId, java.time.LocalDate day, java.time.ZoneId zone, List<CakeLine> cakes) {
		var needed = Recipes.roundUp(recipes.semiFinished(storeId, cakes));
		if (needed.isEmpty()) {
			return List.of();
		}
		var held = repository.reservedByDay(storeId, zone, day, day.plusDays(1)).getOrDefault(day, Map.of());
		var items = repository.items(storeId).stream().collect(java.util.stream.Collectors.toMap(StockItem::code, item -> item));
		return needed.entrySet().stream().map(e -> {
			var item = items.get(e.getKey());
			long reserved = Math.min(e.getValue(), held.getOrDefault(e.getKey(), 0L));
			long free = Math.max(0, item.available());
			long toMake = Math.max(0, e.getValue() - reserved - free);
			var ingredients = toMake == 0 ? Map.<String, java.math.BigDecimal>of()
					: recipes.toMake(storeId, e.getKey(), java.math.BigDecimal.valueOf(toMake));
			return new PrepLine(e.getKey(), item.nameZh(), item.nameEn(), item.unit(), e.getValue(), reserved, free, toMake,
					ingredients.entrySet().stream().map(i -> new PrepLine.Ingredient(i.getKey(), items.get(i.getKey()).nameZh(),
							items.get(i.getKey()).unit(), Recipes.plain(i.getValue().setScale(0, java.math.RoundingMode.CEILING)))).toList());
		}).toList();
	}

	/** Gives back what an order still holds (cancelled, or changed before re-reserving). */
	public Map<String, Long> release(long orderId, String actor, String reason) {
		var locked = held(orderId);
		if (locked.isEmpty()) {
			return Map.of();
		}
		long storeId = locked.get().storeId();
		var held = locked.get().items();
		var now = clock.instant();
		held.forEach((code, quantity) -> {
			repository.addToBalanceAtCommit(storeId, code, 0, -quantity);
			repository.move(storeId, code, Type.RELEASE, quantity, null, orderId, actor, reason, now);
		});
		checkReorderPoints(storeId, held.keySet(), actor);
		return held;
	}

	/** Baking is done: the reservation becomes consumption, taken from the first-expiring lots. */
	public Map<String, Long> consume(long orderId, String actor) {
		var locked = held(orderId);
		if (locked.isEmpty()) {
			return Map.of();
		}
		long storeId = locked.get().storeId();
		var held = locked.get().items();
		var now = clock.instant();
		held.forEach((code, quantity) -> {
			repository.addToBalanceAtCommit(storeId, code, -quantity, -quantity);
			takeFefo(storeId, code, quantity).forEach(piece -> repository.move(storeId, code, Type.CONSUME, piece.quantity(), piece.lotId(), orderId,
					actor, "baked", now));
		});
		return held;
	}

	/**
	 * A stock adjustment: a positive quantity receives a new lot; a negative one is waste or a count correction (a reason
	 * is required) and may not take stock that orders have reserved.
	 */
	public StockItem adjust(long storeId, Adjustment adjustment, String actor) {
		var item = repository.item(storeId, adjustment.itemCode()).orElseThrow(() -> new InventoryProblems.UnknownItem(adjustment.itemCode()));
		var now = clock.instant();
		if (adjustment.quantity() > 0) {
			var lotCode = adjustment.lot() == null || adjustment.lot().isBlank() ? "R" + now.toEpochMilli() : adjustment.lot().strip();
			long lotId = repository.newLot(storeId, item.code(), lotCode, adjustment.quantity(), adjustment.expiresOn(), now);
			repository.lockAvailable(storeId, List.of(item.code()));
			repository.addToBalance(storeId, item.code(), adjustment.quantity(), 0);
			repository.move(storeId, item.code(), Type.RECEIVE, adjustment.quantity(), lotId, null, actor, adjustment.reason(), now);
		}
		else {
			long quantity = -adjustment.quantity();
			long available = repository.lockAvailable(storeId, List.of(item.code())).getOrDefault(item.code(), 0L);
			if (quantity > available) {
				throw new InventoryProblems.NotEnoughStock(item.code(), quantity, available);
			}
			var type = adjustment.reason() != null && adjustment.reason().toUpperCase().startsWith("COUNT") ? Type.COUNT_ADJUST : Type.WASTE;
			repository.addToBalance(storeId, item.code(), -quantity, 0);
			takeFefo(storeId, item.code(), quantity).forEach(piece -> repository.move(storeId, item.code(), type, piece.quantity(), piece.lotId(), null,
					actor, adjustment.reason(), now));
		}
		checkReorderPoints(storeId, List.of(item.code()), actor);
		return repository.item(storeId, item.code()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<StockItem> items(long storeId) {
		return repository.items(storeId);
	}

	/**
	 * Which of several alternative sets of cakes (the same order in other flavors, say) the store could reserve now,
	 * nothing locked or reserved; items and recipes are read once for all of them.
	 */
	@Transactional(readOnly = true)
	public <K> java.util.Set<K> reservable(long storeId, Map<K, List<CakeLine>> alternatives) {
		var keys = List.copyOf(alternatives.keySet());
		var needs = recipes.needsEach(storeId, keys.stream().map(alternatives::get).toList());
		var available = new java.util.HashMap<String, Long>();
		repository.items(storeId).forEach(item -> available.put(item.code(), item.available()));
		var reservable = new java.util.LinkedHashSet<K>();
		for (int i = 0; i < keys.size(); i++) {
			if (needs.get(i).filter(need -> need.entrySet().stream().allMatch(e -> available.getOrDefault(e.getKey(), 0L) >= e.getValue())).isPresent()) {
				reservable.add(keys.get(i));
			}
		}
		return reservable;
	}

	/** Lots that expire within the given days (today included), soonest first. */
	@Transactional(readOnly = true)
	public List<ExpiringLot> expiring(long storeId, java.time.LocalDate today, int days) {
		return repository.expiringBy(storeId, today.plusDays(days));
	}

	@Transactional(readOnly = true)
	public ItemDetail item(long storeId, String code) {
		var item = repository.item(storeId, code).orElseThrow(() -> new InventoryProblems.UnknownItem(code));
		return new ItemDetail(item, repository.lots(storeId, code), repository.movements(storeId, code, 50));
	}

	/**
	 * Every item of the store against its reorder point (the nightly scan: stock also goes low by expiry and counts
	 * between movements); raises or resolves LOW_STOCK alerts and returns the items that are low.
	 */
	public List<StockItem> scanLowStock(long storeId, String actor) {
		var items = repository.items(storeId);
		checkReorderPoints(storeId, items.stream().map(StockItem::code).toList(), actor);
		return items.stream().filter(StockItem::low).toList();
	}

	/** Raises a LOW_STOCK alert (one open per item) when available falls under the reorder point; resolves it once restocked. */
	private void checkReorderPoints(long storeId, java.util.Collection<String> codes, String actor) {
		checkReorderPoints(storeId, codes, actor, true);
	}

	/**
	 * Raises LOW_STOCK for the items below their reorder point and, when what is available may have risen, resolves it
	 * for the others (an item cannot climb back above its reorder point by a reservation, so intake skips that).
	 */
	private void checkReorderPoints(long storeId, java.util.Collection<String> codes, String actor, boolean mayHaveRisen) {
		java.util.function.Consumer<StockItem> decide = item -> {
			if (item.low()) {
				alerts.raise(AlertType.LOW_STOCK, storeId, item.code(), item.nameZh() + " (" + item.code() + "): available " + item.available() + " "
						+ item.unit() + " < reorder point " + item.reorderPoint() + "; supplier " + item.supplier() + ", lead time "
						+ item.leadTimeDays() + " d");
			}
			else if (mayHaveRisen) {
				alerts.resolve(AlertType.LOW_STOCK, storeId, item.code(), actor);
			}
		};
		// a balance written at commit is decided on after it is written, under its row lock, read again: what this
		// transaction saw before is stale when other orders took the same item meanwhile (16 orders at once each saw
		// the stock above the reorder point and none raised), and two orders taking it below at once raise one alert
		// (the second waits for the first's row, then finds its alert) instead of failing on its unique cause
		var atCommit = repository.writtenAtCommit(storeId, codes);
		if (!atCommit.isEmpty()) {
			repository.afterBalancesWritten(() -> repository.items(storeId).stream().filter(item -> atCommit.contains(item.code())).forEach(decide));
		}
		if (atCommit.size() < codes.size()) {
			for (var item : repository.items(storeId)) { // one query for the store's items, not one per touched item
				if (codes.contains(item.code()) && !atCommit.contains(item.code())) {
					decide.accept(item);
				}
			}
		}
	}

	/**
	 * Takes a quantity from the item's lots, first-expiring first; what no lot holds (stock booked without a lot, e.g.
	 * made in-house) comes back as a piece without a lot, so the ledger still records all of it.
	 */
	private List<Piece> takeFefo(long storeId, String code, long quantity) {
		var pieces = new ArrayList<Piece>();
		long left = quantity;
		for (var lot : repository.lockLotsFefo(storeId, code)) {
			if (left == 0) {
				break;
			}
			long take = Math.min(left, lot.quantity());
			repository.takeFromLot(lot.id(), take);
			pieces.add(new Piece(lot, take));
			left -= take;
		}
		if (left > 0) {
			pieces.add(new Piece(null, left));
		}
		return pieces;
	}

	/** A quantity taken from one lot (or from no lot). */
	private record Piece(StockLot lot, long quantity) {

		Long lotId() {
			return lot == null ? null : lot.id();
		}
	}

	/** A stock adjustment as the API takes it. */
	public record Adjustment(String itemCode, long quantity, String reason, String lot, java.time.LocalDate expiresOn) {
	}

	/** An item with its lots and latest movements. */
	public record ItemDetail(StockItem item, List<StockLot> lots, List<StockMovement> movements) {
	}
}
