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
		var code = "T" + ORDERS.incrementAndGet() % 100_000_000;
		jdbc.sql("insert into store (code, name, zone_id, currency) values (?, '测试店', 'Asia/Shanghai', 'CNY')").param(code).update();
		store = jdbc.sql("select id from store where code = ?").param(code).query(Long.class).single();
		for (var item : List.of("FLOUR", "SUGAR", "EGG", "BUTTER", "MILK", "CREAM", "BOX_8", "BOX_6")) {
			receive(item, 100_000, null);
		}
	}

	@Test
	void explodesARecipeIntoWhatItIsMadeOf() {
		var recipe = new ApiClient(port, "manager").get("/api/inventory/recipes?flavor=MANGO&sizeInches=8").body();
		var lines = recipe.get("ingredients");
		// cost: flour 120 g × ¥8/kg = 96 fen, 4 eggs × ¥1.20 = 480, sugar 140 g × ¥9/kg = 126, butter 30 g × ¥90/kg = 270,
		// milk 50 ml × ¥12/l = 60, cream 400 ml × ¥55/l = 2200, mango 250 g × ¥70/kg = 1750, box ¥5 = 500
		assertThat(recipe.get("costFen").asLong()).isEqualTo(96 + 480 + 126 + 270 + 60 + 2200 + 1750 + 500);
		assertThat(recipe.get("priceFen").asLong()).isEqualTo(19800 + 2000);
		assertThat(recipe.get("marginFen").asLong()).isEqualTo(21800 - 5482);
		var byItem = new java.util.HashMap<String, Long>();
		lines.forEach(l -> byItem.put(l.get("itemCode").asText(), l.get("quantity").asLong()));
		assertThat(byItem).containsEntry("FLOUR", 120L).containsEntry("EGG", 4L).containsEntry("SUGAR", 140L)
			.containsEntry("MANGO_PUREE", 250L).containsEntry("CREAM", 400L).containsEntry("BOX_8", 1L).doesNotContainKey("SPONGE_8");
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
		var reservation = inventory.reserve(store, nextOrder(), List.of(new CakeLine("DURIAN", 8, 2)), "test");
		assertThat(reservation.isShort()).isTrue();
		assertThat(reservation.shortages()).singleElement().satisfies(s -> {
			assertThat(s.itemCode()).isEqualTo("DURIAN_PULP");
			assertThat(s.needed()).isEqualTo(600);
			assertThat(s.available()).isEqualTo(400);
			assertThat(s.missing()).isEqualTo(200);
		});
		assertThat(stock("FLOUR").reserved()).isZero();
		assertThat(stock("DURIAN_PULP").reserved()).isZero();

		var one = inventory.reserve(store, nextOrder(), List.of(new CakeLine("DURIAN", 8, 1)), "test");
		assertThat(one.isShort()).isFalse();
		assertThat(stock("DURIAN_PULP").available()).isEqualTo(100);
		assertThat(stock("FLOUR").reserved()).isEqualTo(120);
	}

	@Test
	void semiFinishedBasesComeFromStockBeforeBeingMade() {
		receive("SPONGE_8", 1, null);
		receive("MANGO_PUREE", 1000, null);
		var needs = recipes.needs(store, List.of(new CakeLine("MANGO", 8, 2)));
		assertThat(needs).containsEntry("SPONGE_8", 1L).containsEntry("FLOUR", 120L).containsEntry("EGG", 4L);
	}

	@Test
	void bakingConsumesFirstExpiringLotsAndCancellingReleases() {
		receive("STRAWBERRY", 500, LocalDate.now().plusDays(5));
		receive("STRAWBERRY", 500, LocalDate.now().plusDays(1));
		long baked = nextOrder();
		inventory.reserve(store, baked, List.of(new CakeLine("STRAWBERRY", 8, 1)), "test"); // 300 g
		inventory.consume(baked, "baker1");
		assertThat(stock("STRAWBERRY").onHand()).isEqualTo(700);
		var lots = inventory.item(store, "STRAWBERRY").lots();
		assertThat(lots).extracting(StockLot::quantity).containsExactly(200L, 500L); // the sooner-expiring lot was used first
		assertThat(inventory.consume(baked, "baker1")).isEmpty(); // nothing consumed twice

		long cancelled = nextOrder();
		inventory.reserve(store, cancelled, List.of(new CakeLine("STRAWBERRY", 8, 2)), "test");
		assertThat(stock("STRAWBERRY").available()).isEqualTo(100);
		assertThat(inventory.release(cancelled, "clerk", "cancelled")).containsEntry("STRAWBERRY", 600L);
		assertThat(stock("STRAWBERRY").available()).isEqualTo(700);
		assertThat(stock("STRAWBERRY").reserved()).isZero();
	}

	@Test
	void wasteNeedsAReasonAndCannotTakeReservedStock() {
		receive("CREAM_CHEESE", 1000, LocalDate.now().plusDays(10));
		inventory.reserve(store, nextOrder(), List.of(new CakeLine("CHEESE", 8, 2)), "test"); // 800 g reserved
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
			assertThat(inventory.reserve(store, nextOrder(), List.of(new CakeLine("TIRAMISU", 8, 1)), "test").isShort()).isFalse();
		}
		var open = alerts.recent("OPEN", null, 500).stream().filter(a -> a.type() == com.cakeflow.alerting.AlertType.LOW_STOCK
				&& "COFFEE".equals(a.stage())).toList();
		assertThat(open).hasSize(1);
		assertThat(open.get(0).detail()).contains("available 190 g < reorder point 200");
		receive("COFFEE", 500, null);
		assertThat(alerts.recent("OPEN", null, 500)).noneMatch(a -> a.type() == com.cakeflow.alerting.AlertType.LOW_STOCK
				&& "COFFEE".equals(a.stage()));
	}

	/** Stock for 3 matcha cakes, 8 orders at once: exactly 3 reservations, 5 shortages, nothing negative. */
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
				return inventory.reserve(store, order, List.of(new CakeLine("MATCHA", 8, 1)), "test");
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
