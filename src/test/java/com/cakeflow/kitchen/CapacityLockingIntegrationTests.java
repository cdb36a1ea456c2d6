package com.cakeflow.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.LoadClients;
import com.cakeflow.TestOrders;
import com.cakeflow.TestStores;
import com.cakeflow.order.NewOrderRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking locks only the hours it books: two intakes for different days go on side by side (one holds its transaction
 * open while the other commits), two for the same hour take turns, and sixty at once for one due time book exactly
 * what the same sixty booked one after another book in a twin store — never a minute beyond an hour's capacity, and
 * every one refused is offered the earliest times that fit.
 */
@CakeFlowIntegrationTest
class CapacityLockingIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final AtomicLong STORES = new AtomicLong(System.nanoTime() % 1_000_000);
	private static final AtomicLong ORDER_IDS = new AtomicLong(-1_000_000 - System.nanoTime() % 1_000_000);
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Capacity capacity;
	@Autowired
	PlatformTransactionManager transactions;

	LocalDate day;

	@Autowired
	org.camunda.bpm.engine.IdentityService identity;
	@Autowired
	com.cakeflow.identity.internal.StoreMembers members;
	/** Takes the orders: a clerk who works in the test's own stores too. */
	String clerk;

	@BeforeEach
	void threeDaysAhead() {
		clerk = com.cakeflow.TestStores.clerkOfEveryStore(identity, members);
		day = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(3);
	}

	@Test
	void intakesForDifferentDaysGoOnSideBySideAndForTheSameHourTakeTurns() throws Exception {
		var store = store();
		var cakes = List.of(new CakeWork(8, List.of(), null, 1));
		var holding = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var first = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			capacity.book(store.id, ORDER_IDS.decrementAndGet(), due(day, 15), cakes, false, "dueAt");
			holding.countDown();
			await(release);
		}));
		assertThat(holding.await(20, TimeUnit.SECONDS)).as("first booking made, its transaction open").isTrue();
		try {
			var otherDay = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
				.executeWithoutResult(tx -> capacity.book(store.id, ORDER_IDS.decrementAndGet(), due(day.plusDays(1), 15), cakes, false, "dueAt")));
			otherDay.get(20, TimeUnit.SECONDS); // committed while the first still holds its hours

			var sameHour = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
				.executeWithoutResult(tx -> capacity.book(store.id, ORDER_IDS.decrementAndGet(), due(day, 15), cakes, false, "dueAt")));
			Awaitility.await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> !sameHour.isDone());
			release.countDown();
			sameHour.get(20, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			first.get(20, TimeUnit.SECONDS);
		}
		assertThat(booked(store.id, Station.BAKE, day)).isEqualTo(2 * 50);
		assertThat(booked(store.id, Station.BAKE, day.plusDays(1))).isEqualTo(50);
	}

	@Test
	void sixtyIntakesAtOnceForOneDueTimeBookExactlyWhatFitsOneAfterAnother() {
		var rush = store();
		var twin = store();
		var due = day + "T16:00:00";

		int oneByOne = 0;
		for (int i = 0; i < 60; i++) {
			oneByOne += new com.cakeflow.ApiClient(port, clerk).post("/api/orders", order(twin.code, due)).status() == 201 ? 1 : 0;
		}
		var calls = new ArrayList<LoadClients.Call>();
		for (int i = 0; i < 60; i++) {
			calls.add(new LoadClients.Call("POST", "/api/orders", order(rush.code, due).toString()));
		}
		var answers = new LoadClients(port, clerk).each(calls);

		assertThat(answers).extracting(LoadClients.Answer::status).containsOnly(201, 409);
		assertThat(answers).filteredOn(a -> a.status() == 201).as("taken at once vs one after another").hasSize(oneByOne);
		assertThat(oneByOne).as("some fit, some do not").isBetween(1, 59);
		assertThat(answers).filteredOn(a -> a.status() == 409)
			.allSatisfy(a -> assertThat(json(a.body()).get("earliestDueTimes")).as("alternatives offered").isNotEmpty());
		for (var station : Station.values()) {
			assertThat(capacity.day(rush.id, day).stations().stream().filter(s -> s.station() == station).findFirst().orElseThrow().hours())
				.as("no hour beyond capacity at " + station).allSatisfy(hour -> assertThat(hour.free()).isNotNegative());
			assertThat(booked(rush.id, station, day)).as("the same minutes as one after another at " + station).isEqualTo(booked(twin.id, station, day));
		}
		var totalsAgreeWithBookings = jdbc.sql("""
				select count(*) from capacity_slot s where s.store_id = ? and s.booked <> (select coalesce(sum(b.minutes), 0) from capacity_booking b
				  where b.store_id = s.store_id and b.station = s.station and b.slot_start = s.slot_start)""").param(rush.id).query(Long.class).single();
		assertThat(totalsAgreeWithBookings).as("hour totals that differ from their bookings").isZero();
		jdbc.sql("delete from notification where order_number in (select number from cake_order where store_id in (?, ?))").params(rush.id, twin.id).update();
	}

	/** A store with one baker, one decorator 08:00–16:00 and one front-desk person until 18:00, closed until {@code day}. */
	private TestStore store() {
		var code = "X" + STORES.incrementAndGet() % 10_000_000;
		long id = TestStores.create(jdbc, code, "锁测试店");
		TestStores.person(jdbc, code, id, "BAKER", "08:00", "16:00", "", null);
		TestStores.person(jdbc, code, id, "DECORATOR", "08:00", "16:00", "", null);
		TestStores.person(jdbc, code, id, "FRONTDESK", "08:00", "18:00", "", null);
		for (var station : Station.values()) {
			capacity.adjust(id, station, clock.instant().minusSeconds(3600), day.atStartOfDay(SHANGHAI).toInstant(), -5, "closed until then", "test");
		}
		return new TestStore(code, id);
	}

	private record TestStore(String code, long id) {
	}

	private JsonNode order(String store, String due) {
		return JSON.valueToTree(new NewOrderRequest("PHONE", new NewOrderRequest.Customer("抢单", TestOrders.freshPhone()),
				List.of(new NewOrderRequest.Item(12, "CHOCOLATE", null, 1, List.of())), new NewOrderRequest.Fulfillment("PICKUP", due, null), null, false,
				store));
	}

	private int booked(long storeId, Station station, LocalDate date) {
		return capacity.day(storeId, date).stations().stream().filter(s -> s.station() == station).findFirst().orElseThrow().booked();
	}

	private static Instant due(LocalDate date, int hour) {
		return date.atTime(hour, 0).atZone(SHANGHAI).toInstant();
	}

	private static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
			throw new IllegalStateException(body, notJson);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
