package com.cakeflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stock ledger: exploded recipes, all-or-nothing reservation, FEFO consumption, release, adjustments, no overselling. */
@CakeFlowIntegrationTest
class InventoryIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final AtomicLong ORDERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	Inventory inventory;
	@Autowired
	Recipes recipes;
	@Autowired
	JdbcClient jdbc;
	@LocalServerPort
	int port;

	long store;

	/** Each test gets a store of its own with plenty of everything but what the test is about. */
	@BeforeEach
	void newStore() {
		store = newStoreId();
		for (var item : List.of("FLOUR", "SUGAR", "EGG", "BUTTER", "MILK", "CREAM", "BOX_8", "BOX_6")) {
			receive(item, 100_000, null);
		}
	}

	@Test
	void explodesARecipeIntoWhatItIsMadeOf() {
		var recipe = new ApiClient(port, "manager").get("/api/inventory/recipes?flavor=MANGO&sizeInches=8").body();
		var lines = recipe.get("ingredients");
		// the sponge batch (4 bases) is written in kg/l with 2 % lost in the bowl, eggs by weight (50 g each):
		// flour 0.48 kg ÷ 0.98 ÷ 4 = 122.45 g, sugar 0.4 kg ÷ 0.98 ÷ 4 + 40 g = 142.04 g, butter 120 g ÷ 0.98 ÷ 4 = 30.61 g,
		// milk 0.2 l ÷ 0.98 ÷ 4 = 51.02 ml, eggs 800 g × 0.02 ÷ 4 = 4
		var byItem = new java.util.HashMap<String, java.math.BigDecimal>();
		lines.forEach(l -> byItem.put(l.get("itemCode").asText(), l.get("quantity").decimalValue()));
		assertThat(byItem).containsEntry("FLOUR", new java.math.BigDecimal("122.45")).containsEntry("EGG", new java.math.BigDecimal("4"))
			.containsEntry("SUGAR", new java.math.BigDecimal("142.04")).containsEntry("BUTTER", new java.math.BigDecimal("30.61"))
			.containsEntry("MILK", new java.math.BigDecimal("51.02")).containsEntry("MANGO_PUREE", new java.math.BigDecimal("250"))
			.containsEntry("CREAM", new java.math.BigDecimal("400")).containsEntry("BOX_8", java.math.BigDecimal.ONE).doesNotContainKey("SPONGE_8");
		// cost: flour 122.45 g × ¥8/kg = 98 fen, 4 eggs × ¥1.20 = 480, sugar 142.04 g × ¥9/kg = 128, butter 30.61 g × ¥90/kg = 276,
		// milk 51.02 ml × ¥12/l = 61, cream 400 ml × ¥55/l = 2200, mango 250 g × ¥70/kg = 1750, box ¥5 = 500
		long cost = 98 + 480 + 128 + 276 + 61 + 2200 + 1750 + 500;
		assertThat(recipe.get("costFen").asLong()).isEqualTo(cost);
		assertThat(recipe.get("priceFen").asLong()).isEqualTo(19800 + 2000);
		assertThat(recipe.get("marginFen").asLong()).isEqualTo(21800 - cost);
		assertThat(recipe.get("yield").decimalValue()).isEqualByComparingTo("1");
		assertThat(recipe.get("lines")).extracting(l -> l.get("itemCode").asText()).contains("SPONGE_8", "MANGO_PUREE");
		for (var flavor : List.of("CHOCOLATE", "STRAWBERRY", "MANGO", "MATCHA", "VANILLA", "TIRAMISU", "BLACK_FOREST", "RED_VELVET", "DURIAN",
				"TARO", "CHEESE", "FRUIT")) {
			for (int size : new int[] { 6, 8, 10, 12 }) {
				assertThat(recipes.exploded(store, flavor, size)).as(flavor + " " + size).isNotEmpty();
			}
		}
	}

	@Test
	void reservesEverythingOrNothingAndNamesWhatIsShort() {
		receive("DURIAN_PULP", 400, null);
		var reservation = inventory.reserve(store, nextOrder(), clock.instant(), List.of(new CakeLine("DURIAN", 8, 2)), "test");
		assertThat(reservation.isShort()).isTrue();
		assertThat(reservation.shortages()).singleElement().satisfies(s -> {
			assertThat(s.itemCode()).isEqualTo("DURIAN_PULP");
			assertThat(s.needed()).isEqualTo(600);
			assertThat(s.available()).isEqualTo(400);
			assertThat(s.missing()).isEqualTo(200);
		});
		assertThat(stock("FLOUR").reserved()).isZero();
		assertThat(stock("DURIAN_PULP").reserved()).isZero();

		var one = inventory.reserve(store, nextOrder(), clock.instant(), List.of(new CakeLine("DURIAN", 8, 1)), "test");
		assertThat(one.isShort()).isFalse();
		assertThat(stock("DURIAN_PULP").available()).isEqualTo(100);
		assertThat(stock("FLOUR").reserved()).isEqualTo(123); // 122.45 g rounded up
	}

	@Test
	void semiFinishedBasesComeFromStockBeforeBeingMade() {
		receive("SPONGE_8", 1, null);
		receive("MANGO_PUREE", 1000, null);
		var needs = recipes.needs(store, List.of(new CakeLine("MANGO", 8, 2)));
		assertThat(needs).containsEntry("SPONGE_8", 1L).containsEntry("FLOUR", 123L).containsEntry("EGG", 4L);
	}

	@Test
	void bakingConsumesFirstExpiringLotsAndCancellingReleases() {
		receive("STRAWBERRY", 500, java.time.LocalDate.now(clock).plusDays(5));
		receive("STRAWBERRY", 500, java.time.LocalDate.now(clock).plusDays(1));
		long baked = nextOrder();
		inventory.reserve(store, baked, clock.instant(), List.of(new CakeLine("STRAWBERRY", 8, 1)), "test"); // 300 g hulled = 334 g bought
		inventory.consume(baked, "baker1");
		assertThat(stock("STRAWBERRY").onHand()).isEqualTo(666);
		var lots = inventory.item(store, "STRAWBERRY").lots();
		assertThat(lots).extracting(StockLot::quantity).containsExactly(166L, 500L); // the sooner-expiring lot was used first
		assertThat(inventory.consume(baked, "baker1")).isEmpty(); // nothing consumed twice

		long cancelled = nextOrder();
		inventory.reserve(store, cancelled, clock.instant(), List.of(new CakeLine("STRAWBERRY", 8, 1)), "test");
		assertThat(stock("STRAWBERRY").available()).isEqualTo(332);
		assertThat(inventory.release(cancelled, "clerk", "cancelled")).containsEntry("STRAWBERRY", 334L);
		assertThat(stock("STRAWBERRY").available()).isEqualTo(666);
		assertThat(stock("STRAWBERRY").reserved()).isZero();
	}

	@Test
	void recipesConvertUnitsAndApplyYieldAndLossRates() {
		var sponge = recipes.recipe("SPONGE_8", 0);
		assertThat(sponge.yield()).isEqualByComparingTo("4");
		assertThat(sponge.lines()).filteredOn(l -> l.itemCode().equals("FLOUR")).singleElement().satisfies(l -> {
			assertThat(l.unit()).isEqualTo("kg");
			assertThat(l.quantity()).isEqualByComparingTo("0.48");
			assertThat(l.lossRate()).isEqualByComparingTo("0.02");
		});
		var vanilla = recipes.explodedQuantities("VANILLA", 8); // 2 tsp of extract = 10 ml
		assertThat(vanilla.get("VANILLA_EXTRACT")).isEqualByComparingTo("10");
		assertThat(vanilla.get("EGG")).isEqualByComparingTo("4"); // 800 g of egg ÷ 50 g per egg ÷ 4 bases
		assertThat(recipes.explodedQuantities("FRUIT", 8).get("MIXED_FRUIT").setScale(2, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo("444.44"); // 400 g after 10 % trimming loss
		// eleven cakes need 11 × 122.449 g = 1,346.94 g of flour: rounded up once per order, not per cake
		assertThat(recipes.needs(store, List.of(new CakeLine("VANILLA", 8, 11)))).containsEntry("FLOUR", 1347L);

		jdbc.sql("insert into recipe (product_code, size_inches) values ('TEST_CUP', 0)").update();
		jdbc.sql("insert into recipe_line (product_code, size_inches, item_code, quantity, unit) values ('TEST_CUP', 0, 'FLOUR', 1, 'cup')").update();
		assertThatThrownBy(() -> recipes.explodedQuantities("TEST_CUP", 0)).hasMessageContaining("no unit conversion from cup to g for FLOUR");
		jdbc.sql("delete from recipe_line where product_code = 'TEST_CUP'").update();
		jdbc.sql("delete from recipe where product_code = 'TEST_CUP'").update();
	}

	@Test
	void transfersMoveLotsWithTheirExpiryToAnotherStore() {
		long other = newStoreId();
		receive("MANGO_PUREE", 300, java.time.LocalDate.now(clock).plusDays(2));
		receive("MANGO_PUREE", 500, java.time.LocalDate.now(clock).plusDays(9));
		inventory.reserve(store, nextOrder(), clock.instant(), List.of(new CakeLine("MANGO", 8, 1)), "test"); // 250 g held here
		assertThatThrownBy(() -> inventory.transfer(store, other, "MANGO_PUREE", 600, "too much", "manager"))
			.isInstanceOf(InventoryProblems.NotEnoughStock.class); // 800 on hand, 550 available: reserved stock stays
		var after = inventory.transfer(store, other, "MANGO_PUREE", 400, "静安店缺芒果", "manager");
		assertThat(after.onHand()).isEqualTo(400);
		assertThat(after.reserved()).isEqualTo(250);
		var there = inventory.item(other, "MANGO_PUREE");
		assertThat(there.item().onHand()).isEqualTo(400);
		assertThat(there.lots()).extracting(StockLot::quantity, StockLot::expiresOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(300L, java.time.LocalDate.now(clock).plusDays(2)), org.assertj.core.groups.Tuple.tuple(100L, java.time.LocalDate.now(clock).plusDays(9)));
		assertThat(there.movements()).extracting(StockMovement::type).containsOnly("TRANSFER_IN");
		assertThat(inventory.item(store, "MANGO_PUREE").movements()).filteredOn(m -> m.type().equals("TRANSFER_OUT"))
			.extracting(StockMovement::quantity).containsExactlyInAnyOrder(300L, 100L);
		var storeCode = jdbc.sql("select code from store where id = ?").param(store).query(String.class).single();
		assertThat(there.movements()).allSatisfy(m -> assertThat(m.peerStore()).isEqualTo(storeCode));
	}

	@Test
	void transfersOverRestAreValidated() {
		long other = newStoreId();
		var from = jdbc.sql("select code from store where id = ?").param(store).query(String.class).single();
		var to = jdbc.sql("select code from store where id = ?").param(other).query(String.class).single();
		var api = new ApiClient(port, "manager");
		var moved = api.post("/api/inventory/transfers?store=" + from, "{\"itemCode\":\"cream\",\"quantity\":1500,\"toStore\":\"" + to + "\"}");
		assertThat(moved.status()).isEqualTo(201);
		assertThat(moved.body().get("onHand").asLong()).isEqualTo(100_000 - 1500);
		assertThat(api.get("/api/inventory/items/CREAM?store=" + to).body().get("onHand").asLong()).isEqualTo(1500);
		var bad = api.post("/api/inventory/transfers?store=" + from, "{\"itemCode\":\"CREAM\",\"quantity\":0,\"toStore\":\"NOWHERE\"}");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body().at("/errors/0/field").asText()).isEqualTo("quantity");
		var unknown = api.post("/api/inventory/transfers?store=" + from, "{\"itemCode\":\"CREAM\",\"quantity\":5,\"toStore\":\"NOWHERE\"}");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body().at("/errors/0/field").asText()).isEqualTo("toStore");
		var same = api.post("/api/inventory/transfers?store=" + from, "{\"itemCode\":\"CREAM\",\"quantity\":5,\"toStore\":\"" + from + "\"}");
		assertThat(same.status()).isEqualTo(422);
		var tooMuch = api.post("/api/inventory/transfers?store=" + from, "{\"itemCode\":\"CREAM\",\"quantity\":999999,\"toStore\":\"" + to + "\"}");
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(api.get("/api/inventory/items/CREAM?store=" + to).body().get("onHand").asLong()).isEqualTo(1500); // nothing half-moved
		assertThat(new ApiClient(port, "baker1").post("/api/inventory/transfers?store=" + from,
				"{\"itemCode\":\"CREAM\",\"quantity\":5,\"toStore\":\"" + to + "\"}").status()).isEqualTo(403);
	}

	@Test
	void listsLotsThatExpireSoonestFirst() {
		receive("STRAWBERRY", 100, java.time.LocalDate.now(clock).plusDays(2));
		receive("MIXED_FRUIT", 100, java.time.LocalDate.now(clock));
		receive("CREAM_CHEESE", 100, java.time.LocalDate.now(clock).plusDays(20));
		var expiring = inventory.expiring(store, java.time.LocalDate.now(clock), 3);
		assertThat(expiring).extracting(ExpiringLot::itemCode).containsExactly("MIXED_FRUIT", "STRAWBERRY");
	}

	@Test
	void wasteNeedsAReasonAndCannotTakeReservedStock() {
		receive("CREAM_CHEESE", 1000, java.time.LocalDate.now(clock).plusDays(10));
		inventory.reserve(store, nextOrder(), clock.instant(), List.of(new CakeLine("CHEESE", 8, 2)), "test"); // 800 g reserved
		assertThatThrownBy(() -> inventory.adjust(store, new Inventory.Adjustment("CREAM_CHEESE", -300, "WASTE dropped", null, null), "baker1"))
			.isInstanceOf(InventoryProblems.NotEnoughStock.class);
		var after = inventory.adjust(store, new Inventory.Adjustment("CREAM_CHEESE", -200, "WASTE dropped", null, null), "baker1");
		assertThat(after.onHand()).isEqualTo(800);
		assertThat(after.available()).isZero();
		assertThat(inventory.item(store, "CREAM_CHEESE").movements()).extracting(StockMovement::type).contains("WASTE", "RESERVE", "RECEIVE");
	}

	@Test
	void adjustmentsOverRestAreValidated() {
		var api = new ApiClient(port, "manager");
		var missingReason = api.post("/api/inventory/adjustments", "{\"itemCode\":\"FLOUR\",\"quantity\":-10}");
		assertThat(missingReason.status()).isEqualTo(422);
		assertThat(missingReason.body().at("/errors/0/field").asText()).isEqualTo("reason");
		assertThat(api.post("/api/inventory/adjustments", "{\"itemCode\":\"NOPE\",\"quantity\":10}").status()).isEqualTo(404);
		var received = api.post("/api/inventory/adjustments", "{\"itemCode\":\"CANDLE\",\"quantity\":50,\"lot\":\"C-1\",\"expiresOn\":\"2030-01-01\"}");
		assertThat(received.status()).isEqualTo(201);
		assertThat(api.get("/api/inventory/items/CANDLE").body().get("lots").size()).isPositive();
		assertThat(new ApiClient(port, "clerk").post("/api/inventory/adjustments", "{\"itemCode\":\"CANDLE\",\"quantity\":5}").status())
			.isEqualTo(403);
	}

	@Autowired
	com.cakeflow.alerting.Alerts alerts;

	@Test
	void fallingUnderTheReorderPointRaisesOneLowStockAlertUntilRestocked() {
		receive("CREAM_CHEESE", 10_000, null);
		receive("COCOA", 10_000, null);
		receive("COFFEE", 230, null); // reorder point 200 g; a tiramisu 8 寸 takes 20 g
		for (int i = 0; i < 3; i++) { // 210 g, then 190 g (alert), then 170 g (the same alert)
			assertThat(inventory.reserve(store, nextOrder(), clock.instant(), List.of(new CakeLine("TIRAMISU", 8, 1)), "test").isShort()).isFalse();
		}
		var open = alerts.recent("OPEN", null, 500).stream().filter(a -> a.type() == com.cakeflow.alerting.AlertType.LOW_STOCK
				&& "COFFEE".equals(a.stage()) && a.storeId() == store).toList();
		assertThat(open).hasSize(1);
		assertThat(open.get(0).detail()).contains("available 190 g < reorder point 200");
		receive("COFFEE", 500, null);
		assertThat(alerts.recent("OPEN", null, 500)).noneMatch(a -> a.type() == com.cakeflow.alerting.AlertType.LOW_STOCK
				&& "COFFEE".equals(a.stage()) && a.storeId() == store);
	}

	/**
	 * 16 orders at once take coffee below its reorder point: every one is reserved (none fails on the alert that another
	 * is raising at the same moment) and one LOW_STOCK alert is open.
	 */
	@Test
	void ordersCrossingTheReorderPointAtOnceRaiseOneAlertAndAllGoThrough() throws Exception {
		receive("CREAM_CHEESE", 10_000, null);
		receive("COCOA", 10_000, null);
		receive("COFFEE", 330, null); // reorder point 200 g, 20 g per tiramisu 8 寸: low from the 7th order on, 10 g left after 16
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(16);
		var results = new ArrayList<Future<Reservation>>();
		for (int i = 0; i < 16; i++) {
			long order = nextOrder();
			results.add(pool.submit(() -> {
				start.await();
				for (int attempt = 1;; attempt++) {
					try {
						return inventory.reserve(store, order, clock.instant(), List.of(new CakeLine("TIRAMISU", 8, 1)), "test");
					}
					catch (com.cakeflow.inventory.InventoryProblems.StockChanged lostTheRace) {
						assertThat(attempt).as("attempts").isLessThan(16);
					}
				}
			}));
		}
		start.countDown();
		for (var result : results) {
			assertThat(result.get().isShort()).isFalse();
		}
		pool.shutdown();
		assertThat(stock("COFFEE").available()).isEqualTo(10);
		assertThat(alerts.recent("OPEN", null, 500)).filteredOn(a -> a.type() == com.cakeflow.alerting.AlertType.LOW_STOCK
				&& "COFFEE".equals(a.stage()) && a.storeId() == store).hasSize(1);
	}

	/**
	 * Stock for 3 matcha cakes, 8 orders at once, each trying again when its reservation lost the race for the last
	 * stock at commit (as intake does): exactly 3 reservations, 5 shortages, nothing negative.
	 */
	@Test
	void concurrentOrdersNeverOversell() throws Exception {
		receive("MATCHA_POWDER", 75, null); // 25 g per 8-inch cake
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		var results = new ArrayList<Future<Reservation>>();
		for (int i = 0; i < 8; i++) {
			long order = nextOrder();
			results.add(pool.submit(() -> {
				start.await();
				for (int attempt = 1;; attempt++) {
					try {
						return inventory.reserve(store, order, clock.instant(), List.of(new CakeLine("MATCHA", 8, 1)), "test");
					}
					catch (com.cakeflow.inventory.InventoryProblems.StockChanged lostTheRace) {
						assertThat(attempt).as("attempts").isLessThan(8);
					}
				}
			}));
		}
		start.countDown();
		int reserved = 0;
		int short_ = 0;
		for (var result : results) {
			if (result.get().isShort()) {
				short_++;
			}
			else {
				reserved++;
			}
		}
		pool.shutdown();
		assertThat(reserved).isEqualTo(3);
		assertThat(short_).isEqualTo(5);
		assertThat(stock("MATCHA_POWDER").reserved()).isEqualTo(75);
		assertThat(stock("MATCHA_POWDER").available()).isZero();
	}

	private long newStoreId() {
		var code = "T" + ORDERS.incrementAndGet() % 100_000_000;
		jdbc.sql("insert into store (code, name, zone_id, currency) values (?, '测试店', 'Asia/Shanghai', 'CNY')").param(code).update();
		return jdbc.sql("select id from store where code = ?").param(code).query(Long.class).single();
	}

	private void receive(String item, long quantity, LocalDate expiresOn) {
		inventory.adjust(store, new Inventory.Adjustment(item, quantity, "test stock", null, expiresOn), "test");
	}

	private StockItem stock(String item) {
		return inventory.item(store, item).item();
	}

	private static long nextOrder() {
		return ORDERS.incrementAndGet();
	}
}
