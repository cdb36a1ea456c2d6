package com.cakeflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.LoadClients;
import com.cakeflow.TestOrders;
import com.cakeflow.TestStores;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.kitchen.Station;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.shared.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A holiday rush: 200 clients at once for a minute (on PostgreSQL; 20 s on H2) placing orders in a store of the test's
 * own, now and then reading capacity and an order, authenticating as a channel does (the store's API key on every
 * request). Every answer is an order (201), a full kitchen (409) or the intake's
 * fast 503 with Retry-After, never another 5xx or a client timeout; the pools never time out; health answers all along
 * and after; and every 201 is one order with one process.
 */
@CakeFlowIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeUnderLoadIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final AtomicLong STORES = new AtomicLong(System.nanoTime() % 1_000_000);
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final int CLIENTS = 200;

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Capacity capacity;
	@Autowired
	DataSource dataSource;

	@Test
	void twoHundredClientsGetAnOrderAFullKitchenOrAFast503AndEveryOrderExistsOnceWithItsProcess(CapturedOutput log) throws Exception {
		var store = "L" + STORES.incrementAndGet() % 10_000_000;
		long storeId = TestStores.create(jdbc, store, "压测店");
		for (var role : List.of("BAKER", "DECORATOR", "FRONTDESK")) {
			TestStores.person(jdbc, store, storeId, role, "08:00", "20:00", "", null);
		}
		for (var station : Station.values()) {
			capacity.adjust(storeId, station, clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(40)), 100, "rush", "test");
		}
		var seconds = Database.of(dataSource) == Database.POSTGRESQL ? 60 : 20;
		var today = LocalDate.now(clock.withZone(SHANGHAI));
		var placed = new CopyOnWriteArrayList<String>();
		Function<Integer, LoadClients.Call> next = client -> {
			var random = ThreadLocalRandom.current();
			int dice = random.nextInt(10);
			if (dice == 0) {
				return new LoadClients.Call("GET", "/api/capacity?date=" + today.plusDays(2 + random.nextInt(30)) + "&store=" + store, null);
			}
			if (dice == 1 && !placed.isEmpty()) {
				return new LoadClients.Call("GET", "/api/orders/" + placed.get(random.nextInt(placed.size())), null);
			}
			var due = today.plusDays(2 + random.nextInt(30)) + String.format("T%02d:00:00", 10 + random.nextInt(10));
			var body = new NewOrderRequest("PHONE", new NewOrderRequest.Customer("高峰", TestOrders.freshPhone()),
					List.of(new NewOrderRequest.Item(8 + 2 * random.nextInt(3), "CHOCOLATE", "Happy Birthday", 1, List.of())),
					new NewOrderRequest.Fulfillment("PICKUP", due, null), null, false, store);
			return new LoadClients.Call("POST", "/api/orders", write(body));
		};

		var health = new CopyOnWriteArrayList<Integer>();
		var healthChecks = Executors.newSingleThreadScheduledExecutor();
		var plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		healthChecks.scheduleWithFixedDelay(() -> health.add(healthStatus(plain)), 0, 500, TimeUnit.MILLISECONDS);
		var key = new com.cakeflow.ApiClient(port, "manager").post("/api/admin/api-keys", java.util.Map.of("name", "rush-" + store, "store", store,
				"scopes", List.of("orders:write", "orders:read", "capacity:read")));
		assertThat(key.status()).as(key.body().toString()).isEqualTo(201);
		var clients = new LoadClients(port, "clerk").withApiKey(key.body().get("secret").asText()).onAnswer(answer -> {
			if (answer.status() == 201) {
				placed.add(read(answer.body(), "orderNumber"));
			}
		});
		List<LoadClients.Answer> answers;
		try {
			answers = clients.run(CLIENTS, Duration.ofSeconds(seconds), next::apply);
		}
		finally {
			healthChecks.shutdownNow();
		}

		var statuses = answers.stream().collect(Collectors.groupingBy(LoadClients.Answer::status, Collectors.counting()));
		var created = answers.stream().filter(a -> a.status() == 201).toList();
		System.out.printf("load: %d clients, %d s: %s; 201 p50 %d ms, p99 %d ms%n", CLIENTS, seconds, statuses,
				LoadClients.percentileMillis(created, 50), LoadClients.percentileMillis(created, 99));
		assertThat(answers).filteredOn(a -> a.status() == 0).as("client timeouts or broken connections").isEmpty();
		assertThat(answers).filteredOn(a -> !List.of(200, 201, 409, 503).contains(a.status())).as("answers other than 200, 201, 409 and 503")
			.extracting(a -> a.status() + " " + a.call().path() + " " + a.body()).isEmpty();
		assertThat(created).as("orders taken").hasSizeGreaterThan(CLIENTS);
		assertThat(answers).filteredOn(a -> a.status() == 503).allSatisfy(a -> assertThat(a.body()).contains("intake.busy"));
		assertThat(health).as("health checks during the rush").isNotEmpty().containsOnly(200);
		assertThat(healthStatus(plain)).as("health after the rush").isEqualTo(200);
		assertThat(log.getAll()).doesNotContain("Connection is not available");

		var acknowledged = created.stream().map(a -> read(a.body(), "orderNumber")).collect(Collectors.toSet());
		assertThat(acknowledged).as("distinct order numbers").hasSameSizeAs(created);
		var stored = jdbc.sql("select number from cake_order where store_id = ?").param(storeId).query(String.class).list();
		assertThat(stored).as("every acknowledged order stored once, and no order nobody was told about").hasSameSizeAs(acknowledged)
			.containsExactlyInAnyOrderElementsOf(acknowledged);
		var processes = jdbc.sql("""
				select o.number, count(p.id_) from cake_order o left join act_hi_procinst p on p.business_key_ = o.number and p.proc_def_key_ = 'cakeOrder'
				where o.store_id = ? group by o.number having count(p.id_) <> 1""").param(storeId).query((rs, i) -> rs.getString(1) + ": " + rs.getLong(2)).list();
		assertThat(processes).as("orders without exactly one process").isEmpty();
		// thousands of order confirmations would stand in the shared outbox ahead of the next tests' notices
		jdbc.sql("delete from notification where order_number in (select number from cake_order where store_id = ?)").param(storeId).update();
	}

	private int healthStatus(HttpClient client) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException | InterruptedException unanswered) {
			return 0;
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String read(String body, String field) {
		try {
			return JSON.readTree(body).get(field).asText();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
			throw new IllegalStateException(body, notJson);
		}
	}
}
