package com.cakeflow.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderQueries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * Kitchen capacity with a store of its own: one baker 08:00–10:30, one decorator and one front-desk person 08:00–18:00,
 * and nobody before {@code day} (a manager's adjustment takes everyone away until then), so what fits is certain.
 */
@CakeFlowIntegrationTest
class CapacityIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final AtomicLong STORES = new AtomicLong(System.nanoTime() % 1_000_000);
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Capacity capacity;
	@Autowired
	WorkMinutes workMinutes;
	@Autowired
	OrderManagement orders;
	@Autowired
	OrderQueries queries;
	@Autowired
	FinishForecast forecasts;

	String store;
	long storeId;
	LocalDate day;

	@Autowired
	org.camunda.bpm.engine.IdentityService identity;
	@Autowired
	com.cakeflow.identity.internal.StoreMembers members;
	/** Takes the orders: a clerk who works in the test's own stores too. */
	String clerk;

	@BeforeEach
	void storeWithThreePeople() {
		clerk = com.cakeflow.TestStores.clerkOfEveryStore(identity, members);
		store = "K" + STORES.incrementAndGet() % 10_000_000;
		storeId = com.cakeflow.TestStores.create(jdbc, store, "产能测试店");
		person("BAKER", "08:00", "10:30");
		person("DECORATOR", "08:00", "18:00");
		person("FRONTDESK", "08:00", "18:00");
		day = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(3);
		for (var station : Station.values()) {
			capacity.adjust(storeId, station, clock.instant().minusSeconds(3600), day.atStartOfDay(SHANGHAI).toInstant(), -5, "closed until then", "test");
		}
	}

	@Test
	void workMinutesComeFromTheDmnBySizeAndComplexity() {
		assertThat(workMinutes.of(List.of(new CakeWork(8, List.of(), null, 1))))
			.containsEntry(Station.BAKE, 50).containsEntry(Station.DECORATE, 35).containsEntry(Station.PACK, 10);
		assertThat(workMinutes.of(List.of(new CakeWork(8, List.of("FONDANT_TOPPER", "GIFT_BOX"), "生日快乐", 2))))
			.containsEntry(Station.BAKE, 100).containsEntry(Station.DECORATE, 2 * (35 + 40 + 5)).containsEntry(Station.PACK, 2 * (10 + 5));
		assertThat(workMinutes.of(List.of(new CakeWork(12, List.of("EXTRA_LAYER"), null, 1))))
			.containsEntry(Station.BAKE, 75 + 20).containsEntry(Station.DECORATE, 60 + 15);
	}

	@Autowired
	org.camunda.bpm.engine.RepositoryService repository;

	/** A manager edits the table in Modeler and deploys it: the next order is sized by the new table, no restart. */
	@Test
	void aDeployedWorkMinutesTableIsUsedAtOnce() throws Exception {
		var packaged = java.nio.file.Files.readString(java.nio.file.Path.of("processes/work-minutes.dmn"));
		var edited = packaged.replace("<outputEntry id=\"LiteralExpression_Size8_Bake\"><text>50</text>",
				"<outputEntry id=\"LiteralExpression_Size8_Bake\"><text>70</text>"); // 8-inch cakes now bake 70 minutes
		assertThat(edited).isNotEqualTo(packaged);
		try {
			repository.createDeployment().name("manager edit").addString("work-minutes.dmn", edited).deploy();
			assertThat(workMinutes.of(List.of(new CakeWork(8, List.of(), null, 1)))).containsEntry(Station.BAKE, 70);
			orders.place(request(day + "T15:00:00", false), null);
			assertThat(booked(Station.BAKE)).isEqualTo(70);
		}
		finally { // the packaged table is the latest again for the other tests
			repository.createDeployment().name("restore packaged").addString("work-minutes.dmn", packaged).deploy();
		}
		assertThat(workMinutes.of(List.of(new CakeWork(8, List.of(), null, 1)))).containsEntry(Station.BAKE, 50);
	}

	@Test
	void refusesAnOrderThatDoesNotFitAndNamesTheEarliestDueTimesThatDo() {
		// nobody works before 08:00 that day: for 10:00, packing would be at 09:00 and decorating at 08:00, leaving no
		// hour to bake in; 11:00 is the first due time with baking at 08:00, decorating at 09:00, packing at 10:00
		var early = new ApiClient(port, clerk).post("/api/orders", order(day + "T10:00:00", false));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.contentType()).startsWith("application/problem+json");
		assertThat(early.body().get("earliestDueTimes")).extracting(JsonNode::asText)
			.containsExactly(day + "T11:00:00", day + "T12:00:00", day + "T13:00:00");
		assertThat(early.body().at("/errors/0/field").asText()).isEqualTo("fulfillment.dueAt");
		assertThat(early.body().at("/errors/0/message").asText()).contains(day + "T11:00:00");
		assertThat(jdbc.sql("select count(*) from cake_order where store_id = ?").param(storeId).query(Long.class).single()).isZero();
	}

	@Test
	void aManagerCanOverrideForAnUrgentOrderAndAClerkCannot() {
		var byClerk = new ApiClient(port, clerk).post("/api/orders", order(day + "T10:00:00", true));
		assertThat(byClerk.status()).isEqualTo(422);
		assertThat(byClerk.body().at("/errors/0/field").asText()).isEqualTo("capacityOverride");
		var manager = new ApiClient(port, "manager").post("/api/orders", order(day + "T10:00:00", true));
		assertThat(manager.status()).isEqualTo(201);
		var view = queries.find(manager.body().get("orderNumber").asText(), java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(view.timeline()).extracting(e -> e.type()).contains(com.cakeflow.order.TimelineType.CAPACITY_OVERRIDDEN);
		var bake = capacity.day(storeId, day).stations().stream().filter(s -> s.station() == Station.BAKE).findFirst().orElseThrow();
		assertThat(bake.booked()).isEqualTo(50);
	}

	@Test
	void showsCapacityBookedAndFreeMinutesPerStationAndHour() {
		assertThat(new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", false)).status()).isEqualTo(201);
		var view = new ApiClient(port, clerk).get("/api/capacity?date=" + day + "&store=" + store).body();
		JsonNode bake = null;
		for (var station : view.get("stations")) {
			if (station.get("station").asText().equals("BAKE")) {
				bake = station;
			}
		}
		assertThat(bake.get("capacity").asInt()).isEqualTo(150); // 08:00–10:30
		assertThat(bake.get("booked").asInt()).isEqualTo(50);
		assertThat(bake.get("hours")).extracting(h -> h.get("hour").asText() + " " + h.get("capacity").asInt() + "/" + h.get("booked").asInt()
				+ "/" + h.get("free").asInt()).containsExactly("08:00:00 60/0/60", "09:00:00 60/20/40", "10:00:00 30/30/0");
		assertThat(new ApiClient(port, clerk).get("/api/capacity?date=tomorrow").status()).isEqualTo(422);
	}

	@Test
	void cancellingOrMovingAnOrderFreesOrMovesItsMinutes() {
		var placed = orders.place(request(day + "T15:00:00", false), null);
		assertThat(booked(Station.BAKE)).isEqualTo(50);
		orders.change(placed.orderNumber(), new OrderChangeRequest(day.plusDays(1) + "T15:00:00", null, null, null, null));
		assertThat(booked(Station.BAKE)).isZero(); // moved to the next day
		assertThat(capacity.day(storeId, day.plusDays(1)).stations().get(0).booked()).isEqualTo(50);
		var tooEarly = new ApiClient(port, clerk).patch("/api/orders/" + placed.orderNumber(), "{\"dueAt\":\"" + day + "T09:00:00\"}");
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(capacity.day(storeId, day.plusDays(1)).stations().get(0).booked()).isEqualTo(50); // nothing changed
		orders.cancel(placed.orderNumber(), "不要了");
		assertThat(capacity.day(storeId, day.plusDays(1)).stations().get(0).booked()).isZero();
	}

	/** The at-risk scan's forecast of all open orders from one read of the queue is each order's own forecast. */
	@Test
	void theStoreWideForecastIsEveryOrdersOwn() {
		var ids = new ArrayList<Long>();
		for (var due : List.of(day + "T15:00:00", day + "T16:00:00", day + "T17:00:00", day.plusDays(1) + "T15:00:00", day.plusDays(1) + "T16:00:00")) {
			var placed = orders.place(request(due, false), null);
			ids.add(jdbc.sql("select id from cake_order where number = ?").param(placed.orderNumber()).query(Long.class).single());
		}
		var all = forecasts.ofStore(storeId, ids);

		assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(ids);
		for (var id : ids) {
			var own = forecasts.of(id).orElseThrow();
			var together = all.get(id);
			assertThat(together.stations()).extracting(FinishForecast.StationForecast::station, FinishForecast.StationForecast::aheadMinutes,
					FinishForecast.StationForecast::minutes)
				.containsExactlyElementsOf(own.stations().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.station(), f.aheadMinutes(), f.minutes())).toList());
			assertThat(together.finish()).isCloseTo(own.finish(), org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
		}
		assertThat(all.values().stream().mapToInt(f -> f.stations().get(0).aheadMinutes()).sum()).as("cakes queue behind each other").isPositive();
		assertThat(forecasts.ofStore(storeId, List.of(ids.get(0)))).containsOnlyKeys(ids.get(0));
	}

	/** Baking minutes for exactly three 8-inch cakes (150); eight intakes at once: three taken, five refused, none overbooked. */
	@Test
	void concurrentIntakeNeverOverbooks() throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		var results = new ArrayList<Future<Integer>>();
		for (int i = 0; i < 8; i++) {
			var body = order(day + "T16:00:00", false);
			results.add(pool.submit(() -> {
				start.await();
				return new ApiClient(port, clerk).post("/api/orders", body).status();
			}));
		}
		start.countDown();
		var statuses = new ArrayList<Integer>();
		for (var result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
		assertThat(booked(Station.BAKE)).isEqualTo(150);
		assertThat(capacity.day(storeId, day).stations().get(0).hours()).allSatisfy(hour -> assertThat(hour.free()).isNotNegative());
	}

	/**
	 * One calligrapher for one hour (10:00–11:00) besides the plain decorator: the first Chinese inscription takes 40 of
	 * their 60 minutes, the second does not fit that day (and is offered the next day), while a plain cake and an English
	 * inscription still fit with the other decorator. The calendar shows the calligraphy pool under its station.
	 */
	@Test
	void aChineseInscriptionMustFitTheCalligraphersMinutesNotJustTheStations() {
		person("DECORATOR", "10:00", "11:00", "cal", "CALLIGRAPHY");
		var first = new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", "妈妈生日快乐"));
		assertThat(first.status()).isEqualTo(201);
		var view = queries.find(first.body().get("orderNumber").asText(), java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(view.timeline()).filteredOn(e -> e.type() == com.cakeflow.order.TimelineType.CAPACITY_BOOKED).singleElement().satisfies(e -> {
			assertThat(slots(e.details())).contains("DECORATE 40 @" + day.atTime(10, 0).atZone(SHANGHAI).toInstant() + " [CALLIGRAPHY]");
			assertThat(e.detail()).contains("裱花 " + day.toString().substring(5) + " 10:00 40 分钟（书法写字）");
		});

		var second = new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", "爸爸生日快乐"));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body().get("earliestDueTimes").get(0).asText()).isEqualTo(day.plusDays(1) + "T12:00:00");
		assertThat(new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", null)).status()).isEqualTo(201);
		assertThat(new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", "Happy Bday")).status()).isEqualTo(201);

		var decorate = capacity.day(storeId, day).stations().stream().filter(s -> s.station() == Station.DECORATE).findFirst().orElseThrow();
		assertThat(decorate.booked()).isEqualTo(40 + 35 + 40);
		assertThat(decorate.skills()).singleElement().satisfies(pool -> {
			assertThat(pool.skill()).isEqualTo("CALLIGRAPHY");
			assertThat(pool.capacity()).isEqualTo(60);
			assertThat(pool.hours()).extracting(h -> h.hour() + " " + h.booked() + "/" + h.capacity()).containsExactly("10:00 40/60");
		});
		orders.cancel(first.body().get("orderNumber").asText(), "不要了");
		assertThat(capacity.day(storeId, day).stations().get(1).skills().get(0).booked()).isZero();
		assertThat(new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", "爸爸生日快乐")).status()).isEqualTo(201);
	}

	/**
	 * One decorator writes calligraphy and works fondant, 10:00–12:00: an inscription takes 40 minutes of their 11:00
	 * hour, so a fondant topper gets only the 20 left there (not the whole hour, as a fondant pool alone would say) and
	 * the rest at 10:00; a second inscription then finds 5 minutes of that person and is refused.
	 */
	@Test
	void aPersonWithTwoSkillsIsNotBookedTwiceInTheSameHour() {
		person("DECORATOR", "10:00", "12:00", "both", "CALLIGRAPHY");
		jdbc.sql("insert into staff_skill (staff_id, skill) select id, 'FONDANT' from staff where username = ?")
			.param(store.toLowerCase() + "decoratorboth").update();
		assertThat(new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", "妈妈生日快乐")).status()).isEqualTo(201);
		var fondant = new ApiClient(port, clerk).post("/api/orders", JSON.valueToTree(new NewOrderRequest("PHONE",
				new NewOrderRequest.Customer("产能", TestOrders.freshPhone()), List.of(new NewOrderRequest.Item(8, "CHOCOLATE", null, 1,
						List.of("FONDANT_TOPPER"))), new NewOrderRequest.Fulfillment("PICKUP", day + "T15:00:00", null), null, false, store, false)));
		assertThat(fondant.status()).isEqualTo(201);
		var booked = queries.find(fondant.body().get("orderNumber").asText(), java.util.Locale.SIMPLIFIED_CHINESE).timeline().stream()
			.filter(e -> e.type() == com.cakeflow.order.TimelineType.CAPACITY_BOOKED).findFirst().orElseThrow().details();
		assertThat(slots(booked)).contains("DECORATE 20 @" + day.atTime(11, 0).atZone(SHANGHAI).toInstant() + " [FONDANT]",
				"DECORATE 55 @" + day.atTime(10, 0).atZone(SHANGHAI).toInstant() + " [FONDANT]");
		assertThat(new ApiClient(port, clerk).post("/api/orders", order(day + "T15:00:00", "爸爸生日快乐")).status()).isEqualTo(409);
		var decorate = capacity.day(storeId, day).stations().get(1);
		assertThat(decorate.skills()).extracting(pool -> pool.skill() + " " + pool.booked() + "/" + pool.capacity())
			.containsExactly("CALLIGRAPHY 40/120", "FONDANT 75/120");
	}

	private int booked(Station station) {
		return capacity.day(storeId, day).stations().stream().filter(s -> s.station() == station).findFirst().orElseThrow().booked();
	}

	private void person(String role, String from, String to) {
		person(role, from, to, "", null);
	}

	private void person(String role, String from, String to, String suffix, String skill) {
		com.cakeflow.TestStores.person(jdbc, store, storeId, role, from, to, suffix, skill);
	}

	private NewOrderRequest request(String due, boolean override) {
		return new NewOrderRequest("PHONE", new NewOrderRequest.Customer("产能", TestOrders.freshPhone()),
				List.of(new NewOrderRequest.Item(8, "CHOCOLATE", null, 1, List.of())), new NewOrderRequest.Fulfillment("PICKUP", due, null), null, false,
				store, override);
	}

	private JsonNode order(String due, boolean override) {
		return JSON.valueToTree(request(due, override));
	}

	private JsonNode order(String due, String inscription) {
		return JSON.valueToTree(new NewOrderRequest("PHONE", new NewOrderRequest.Customer("产能", TestOrders.freshPhone()),
				List.of(new NewOrderRequest.Item(8, "CHOCOLATE", inscription, 1, List.of())), new NewOrderRequest.Fulfillment("PICKUP", due, null), null,
				false, store, false));
	}

	/** A booking's hours as the timeline keeps them, one line each: "DECORATE 40 @2026-…Z [CALLIGRAPHY]". */
	private static List<String> slots(java.util.Map<String, Object> details) {
		return ((List<?>) details.get("slots")).stream().map(slot -> (java.util.Map<?, ?>) slot)
			.map(slot -> slot.get("station") + " " + slot.get("minutes") + " @" + slot.get("at") + " " + slot.get("skills")).toList();
	}
}
