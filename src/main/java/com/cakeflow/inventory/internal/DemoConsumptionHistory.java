package com.cakeflow.inventory.internal;

import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.Recipes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: ten weeks of past baking in the demo store's ledger (what the forecast learns from): a weekday
 * pattern with busy weekends and a seeded flavor and size mix. Each day's use is booked as received and consumed, so
 * today's balances stay as the demo data set them. Made once.
 */
@Component
@Profile("demo")
class DemoConsumptionHistory implements SmartInitializingSingleton {

	private static final Map<DayOfWeek, Integer> CAKES_PER_DAY = Map.of(DayOfWeek.MONDAY, 12, DayOfWeek.TUESDAY, 10, DayOfWeek.WEDNESDAY, 11,
			DayOfWeek.THURSDAY, 12, DayOfWeek.FRIDAY, 16, DayOfWeek.SATURDAY, 28, DayOfWeek.SUNDAY, 24);
	private static final String[] FLAVORS = { "CHOCOLATE", "CHOCOLATE", "STRAWBERRY", "STRAWBERRY", "MANGO", "MATCHA", "VANILLA", "TIRAMISU",
			"BLACK_FOREST", "RED_VELVET", "DURIAN", "TARO", "CHEESE", "FRUIT", "FRUIT" };
	private static final int[] SIZES = { 6, 6, 8, 8, 8, 8, 10, 10, 12 };

	private final InventoryRepository repository;
	private final Recipes recipeBook;
	private final Stores stores;
	private final TransactionTemplate transaction;
	private final Clock clock;

	DemoConsumptionHistory(InventoryRepository repository, Recipes recipeBook, Stores stores, TransactionTemplate transaction, Clock clock) {
		this.repository = repository;
		this.recipeBook = recipeBook;
		this.stores = stores;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		var store = stores.byCode("SH01").orElse(null);
		if (store == null) {
			return;
		}
		var today = clock.instant().atZone(store.zone()).toLocalDate();
		if (repository.hasConsumptionBefore(store.id(), today.atStartOfDay(store.zone()).toInstant())) {
			return;
		}
		var random = new Random(20261118);
		var perCake = new HashMap<String, Map<String, java.math.BigDecimal>>();
		var rows = new ArrayList<Object[]>();
		for (int d = 70; d >= 1; d--) {
			var day = today.minusDays(d);
			var exact = new HashMap<String, java.math.BigDecimal>();
			int cakes = CAKES_PER_DAY.get(day.getDayOfWeek()) + random.nextInt(5) - 2;
			for (int c = 0; c < cakes; c++) {
				var flavor = FLAVORS[random.nextInt(FLAVORS.length)];
				int size = SIZES[random.nextInt(SIZES.length)];
				perCake.computeIfAbsent(flavor + size, k -> recipeBook.explodedQuantities(flavor, size)).forEach((code, qty) -> exact.merge(code, qty, java.math.BigDecimal::add));
			}
			var use = Recipes.roundUp(exact);
			var received = Timestamp.from(day.atTime(LocalTime.of(7, 0)).atZone(store.zone()).toInstant());
			var baked = Timestamp.from(day.atTime(LocalTime.of(11, 0)).atZone(store.zone()).toInstant());
			use.forEach((code, qty) -> {
				rows.add(new Object[] { store.id(), code, "RECEIVE", qty, "demo history", received });
				rows.add(new Object[] { store.id(), code, "CONSUME", qty, "demo history", baked });
			});
		}
		transaction.executeWithoutResult(tx -> repository.moveAll(rows));
	}
}
