package com.cakeflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * CakeFlow killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) once during an 8-client intake and once
 * during the lifecycle, started again each time on the same database (an H2 file, or PostgreSQL under
 * {@code postgres-test}), the clients retrying what failed with the same Idempotency-Key. Afterwards every
 * acknowledged order exists once with one process, running or finished; no payment is lost or doubled; no task is
 * completed twice; every notification reaches the SMTP server (GreenMail, in this JVM, so it outlives the node) or
 * the text log, a second time only for a row whose attempt the kill cut off. The app runs as a child JVM from the
 * test classpath. bench/kill-test.sh is the same on a larger scale.
 */
@EnabledOnOs(OS.LINUX)
class KillNineIntegrationTests {

	/** The app under test is another JVM on this machine: it reads the machine's clock, so the test does too. */
	private static final java.time.Clock CHILD_CLOCK = java.time.Clock.systemUTC();

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int ORDERS = 48;
	private static final int CLIENTS = 8;

	private final boolean postgres = System.getProperty("spring.profiles.active", "").contains("postgres");
	private final String run = Long.toHexString(System.nanoTime());
	/**
	 * The suite's PostgreSQL server with a database of this run's own: the suite's database is shared with this JVM's
	 * application context, whose outbox sender and Quartz would send the child's mail and count in its outbox (and
	 * leave notifications of other tests waiting in it).
	 */
	private final String serverUrl = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5432/cakeflow_test");
	private final String database = "cakeflow_kill9_" + run;
	private final String url = postgres ? serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database + "$1")
			: "jdbc:h2:file:" + new File("target/kill9/" + java.util.UUID.randomUUID() + "/cakeflow").getAbsolutePath() + ";WRITE_DELAY=0"; // as application.yml
	private final Path log = Path.of("target", "kill9-" + run + ".log");
	private final int port = freePort();
	private final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	private Process app;

	@AfterEach
	void stopAll() throws Exception {
		if (app != null) {
			app.destroyForcibly();
			app.waitFor(30, TimeUnit.SECONDS);
		}
		smtp.stop();
		if (postgres) {
			postgresAdmin("drop database if exists " + database + " with (force)");
		}
	}

	private void postgresAdmin(String statement) throws java.sql.SQLException {
		try (var db = DriverManager.getConnection(serverUrl, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
				System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")); var st = db.createStatement()) {
			st.execute(statement);
		}
	}

	@Test
	void losesOrDoublesNothingAcknowledgedWhenKilledDuringIntakeAndLifecycle() throws Exception {
		var started = CHILD_CLOCK.instant().minusSeconds(1);
		if (postgres) {
			postgresAdmin("create database " + database);
		}
		smtp.start();
		start();
		var manager = new ApiClient(port, "manager");
		plentyOfStockAndCapacity(manager);
		var key = manager.post("/api/admin/api-keys", Map.of("name", "kill9-" + run, "store", "SH01", "scopes", List.of("orders:write")));
		assertThat(key.status()).isEqualTo(201);
		var channel = ApiClient.withKey(port, key.body().get("secret").asText());

		// intake: 8 clients, killed once a third is acknowledged
		var acked = new ConcurrentHashMap<Integer, JsonNode>();
		var kills = new AtomicInteger();
		parallel(ORDERS, i -> {
			var body = order(i); // once: a retry sends the very same request
			var answer = retrying(() -> channel.header("Idempotency-Key", "kill9-" + run + "-" + i).post("/api/orders", body));
			assertThat(answer.status()).as("intake %d: %s", i, answer.body()).isIn(200, 201);
			acked.put(i, answer.body());
		}, acked::size, ORDERS / 3, kills);

		// lifecycle: deposit under a key, every task; killed once a third of the orders are done
		var paid = new ConcurrentHashMap<String, List<JsonNode>>();
		var completedTasks = new CopyOnWriteArrayList<String>();
		var done = new AtomicInteger();
		var orders = new ArrayList<>(acked.values());
		parallel(orders.size(), i -> {
			lifecycle(manager, orders.get(i), paid, completedTasks);
			done.incrementAndGet();
		}, done::get, orders.size() / 3, kills);
		assertThat(kills).hasValue(2);

		// the outbox drains (a row an interrupted attempt left SENDING comes back after its 8 s lease)
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
			.until(() -> waiting(manager, "PENDING") + waiting(manager, "SENDING") == 0);
		app.destroy();
		assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

		try (var db = postgres ? DriverManager.getConnection(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
				System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "")) : DriverManager.getConnection(url, "sa", "")) {
			var sql = new Sql(db);
			var numbers = orders.stream().map(o -> o.get("orderNumber").asText()).toList();
			// every acknowledged order once, under its key and the number it was acknowledged with, with one live or finished process
			for (var entry : acked.entrySet()) {
				var rows = sql.rows("select number, status from cake_order where idempotency_key = ?", "kill9-" + run + "-" + entry.getKey());
				assertThat(rows).as("order %d", entry.getKey()).hasSize(1);
				assertThat(rows.get(0).get(0)).isEqualTo(entry.getValue().get("orderNumber").asText());
				assertThat(rows.get(0).get(1)).as("status of %s", rows.get(0).get(0)).isEqualTo("COMPLETED");
			}
			for (var number : numbers) {
				var processes = sql.rows("select state_, end_time_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = 'cakeOrder'", number);
				assertThat(processes).as("processes of %s", number).hasSize(1);
				assertThat(processes.get(0).get(0)).as("state of the process of %s", number).isEqualTo("COMPLETED");
				assertThat(processes.get(0).get(1)).as("end of the process of %s", number).isNotNull();
			}
			// payments: each acknowledged one stored, no order paid twice, every deposit paid exactly
			var acknowledgedPayments = 0;
			for (var order : orders) {
				var number = order.get("orderNumber").asText();
				var stored = sql.rows("select p.id, p.amount_fen from payment p join cake_order o on o.id = p.order_id where o.number = ? and p.kind = 'PAYMENT'",
						number);
				var answers = paid.getOrDefault(number, List.of());
				acknowledgedPayments += answers.size();
				assertThat(stored).as("payments of %s", number).hasSize(order.get("depositFen").asLong() > 0 ? 1 : 0);
				for (var answer : answers) {
					assertThat(stored.get(0).get(0)).as("acknowledged payment of %s stored", number).isEqualTo(answer.get("paymentId").asText());
				}
				if (!stored.isEmpty()) {
					assertThat(stored.get(0).get(1)).isEqualTo(order.get("depositFen").asText());
				}
			}
			assertThat(acknowledgedPayments).isPositive();
			// tasks: none completed twice, every acknowledged completion in history
			var completions = new HashMap<String, Integer>();
			var completedIds = new java.util.HashSet<String>();
			for (var number : numbers) {
				for (var row : sql.rows("select t.id_, t.task_def_key_ from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
						+ " where p.business_key_ = ? and t.delete_reason_ = 'completed'", number)) {
					completions.merge(number + "/" + row.get(1), 1, Integer::sum);
					completedIds.add(row.get(0));
				}
			}
			assertThat(completions).as("task completions per order and task").allSatisfy((task, count) -> assertThat(count).as(task).isEqualTo(1));
			assertThat(completedIds).containsAll(completedTasks);
			// notifications: each row created or sent while the app ran is sent, and delivered once (twice only when interrupted)
			var rows = sql.rows("select id, channel, status from notification where created_at >= ? or sent_at >= ?", Timestamp.from(started),
					Timestamp.from(started));
			assertThat(rows).isNotEmpty();
			var mails = new HashMap<String, Integer>();
			for (var message : smtp.getReceivedMessages()) {
				var id = message.getHeader("Message-ID")[0].replaceAll("^<notification-(\\d+)@.*$", "$1");
				mails.merge(id, 1, Integer::sum);
			}
			var appLog = Files.readString(log);
			var texts = new HashMap<String, Integer>();
			Pattern.compile("text message #(\\d+) to").matcher(appLog).results().forEach(m -> texts.merge(m.group(1), 1, Integer::sum));
			var interrupted = Pattern.compile("notification #(\\d+): an earlier attempt was interrupted").matcher(appLog).results()
				.map(m -> m.group(1)).toList();
			var known = rows.stream().map(r -> r.get(0)).toList();
			assertThat(mails.keySet()).as("every mail is one of the notifications").isSubsetOf(known);
			assertThat(mails).as("mails").isNotEmpty();
			for (var row : rows) {
				assertThat(row.get(2)).as("notification %s", row.get(0)).isEqualTo("SENT");
				int deliveries = (row.get(1).equals("EMAIL") ? mails : texts).getOrDefault(row.get(0), 0);
				assertThat(deliveries).as("deliveries of notification %s (%s)", row.get(0), row.get(1)).isBetween(1, interrupted.contains(row.get(0)) ? 2 : 1);
			}
		}
	}

	private void start() throws IOException {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.cakeflow.CakeFlowApplication",
				"--server.port=" + port, "--spring.profiles.active=" + (postgres ? "postgres,demo" : "demo"), "--spring.datasource.url=" + url,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(), "--cakeflow.notifications.sender.cron=0/2 * * * * ?",
				"--cakeflow.notifications.lease=PT8S", "--logging.level.root=WARN", "--logging.level.com.cakeflow.alerting.internal=INFO"));
		Files.createDirectories(log.getParent());
		app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
		var health = new ApiClient(port, null);
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(300)).ignoreException(UncheckedIOException.class).until(() -> {
			assertThat(app.isAlive()).as("the app runs (log: %s)", log).isTrue();
			return health.get("/actuator/health").status() == 200;
		});
	}

	/** Runs work(0..n-1) on 8 threads; once progress reaches killAt, kills the app with SIGKILL and starts it again. */
	private void parallel(int n, java.util.function.IntConsumer work, IntSupplier progress, int killAt, AtomicInteger kills) throws Exception {
		var pool = Executors.newFixedThreadPool(CLIENTS);
		var futures = new ArrayList<java.util.concurrent.Future<?>>();
		for (int i = 0; i < n; i++) {
			int item = i;
			futures.add(pool.submit(() -> work.accept(item)));
		}
		pool.shutdown();
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> progress.getAsInt() >= killAt || pool.isTerminated());
		app.destroyForcibly().waitFor(); // SIGKILL on Linux
		kills.incrementAndGet();
		start();
		for (var future : futures) {
			future.get(5, TimeUnit.MINUTES);
		}
	}

	/** A call sent again, unchanged (so with the same Idempotency-Key), while the node is down or answers 503 or a concurrent-change 409. */
	private static ApiClient.Response retrying(java.util.function.Supplier<ApiClient.Response> call) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(180).toNanos();
		while (true) {
			try {
				var response = call.get();
				// 503: back-pressure; 409 concurrent change: nothing was written, try again (docs/api.md)
				if (response.status() != 503 && !(response.status() == 409 && response.body().path("type").asText().endsWith("/concurrent-change"))) {
					return response;
				}
			}
			catch (UncheckedIOException refusedOrCut) {
				if (System.nanoTime() - deadline > 0) {
					throw refusedOrCut;
				}
			}
			sleep(200); // the client's pause before it tries again, as a channel's retry would
		}
	}

	private static void lifecycle(ApiClient manager, JsonNode order, Map<String, List<JsonNode>> paid, List<String> completed) {
		var number = order.get("orderNumber").asText();
		if (order.get("depositFen").asLong() > 0) {
			var payment = retrying(() -> manager.header("Idempotency-Key", "pay-" + number).post("/api/orders/" + number + "/payments",
					Map.of("amountFen", order.get("depositFen").asLong(), "method", "CASH")));
			assertThat(payment.status()).as("payment of %s: %s", number, payment.body()).isIn(200, 201);
			paid.computeIfAbsent(number, n -> new CopyOnWriteArrayList<>()).add(payment.body());
		}
		var complete = JSON.createObjectNode();
		complete.putObject("variables").putObject("pickupCode").put("value", order.path("pickupCode").asText(""));
		for (int round = 0; round < 12; round++) {
			var tasks = retrying(() -> manager.get("/engine-rest/task?processInstanceBusinessKey=" + number));
			assertThat(tasks.status()).isEqualTo(200);
			if (tasks.body().isEmpty()) {
				return;
			}
			var task = tasks.body().get(0).get("id").asText();
			// a completion cut off by the kill may have happened or not: either way the next round reads the tasks again
			if (retrying(() -> manager.post("/engine-rest/task/" + task + "/complete", complete)).status() == 204) {
				completed.add(task);
			}
		}
		throw new AssertionError(number + " still has tasks after 12 rounds");
	}

	private static int waiting(ApiClient manager, String status) {
		return retrying(() -> manager.get("/api/notifications?status=" + status + "&limit=1")).body().size();
	}

	private static ObjectNode order(int i) {
		var zone = ZoneId.of("Asia/Shanghai");
		var due = LocalDateTime.of(LocalDate.now(CHILD_CLOCK.withZone(zone)).plusDays(3 + i % 20), java.time.LocalTime.of(10 + i % 9, 0, 0));
		var order = JSON.createObjectNode().put("channel", i % 2 == 0 ? "PHONE" : "MEITUAN");
		var customer = order.putObject("customer").put("name", "Kill Nine").put("phone", TestOrders.freshPhone());
		if (i % 2 == 0) {
			customer.put("email", "kill9-" + i + "@cakeflow.example");
		}
		order.putArray("items").addObject().put("sizeInches", 6 + 2 * (i % 3)).put("flavor", "CHOCOLATE").put("inscription", "Happy Birthday")
			.put("quantity", 1);
		order.putObject("fulfillment").put("type", "PICKUP").put("dueAt", due.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")));
		return order;
	}

	private static void plentyOfStockAndCapacity(ApiClient manager) {
		for (var item : manager.get("/api/inventory/items").body()) {
			manager.post("/api/inventory/adjustments", Map.of("itemCode", item.get("code").asText(), "quantity", 100000, "reason", "kill -9 test"));
		}
		var hour = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:00:00");
		var from = LocalDateTime.now(CHILD_CLOCK);
		for (var station : List.of("BAKE", "DECORATE", "PACK")) {
			assertThat(manager.post("/api/capacity/adjustments", Map.of("station", station, "from", from.format(hour), "to",
					from.plusDays(30).format(hour), "extraStaff", 50, "reason", "kill -9 test")).status()).isEqualTo(201);
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Rows of a query as strings. */
	private record Sql(java.sql.Connection db) {
		List<List<String>> rows(String query, Object... params) throws SQLException {
			try (var statement = db.prepareStatement(query)) {
				for (int i = 0; i < params.length; i++) {
					statement.setObject(i + 1, params[i]);
				}
				try (var result = statement.executeQuery()) {
					var rows = new ArrayList<List<String>>();
					int columns = result.getMetaData().getColumnCount();
					while (result.next()) {
						var row = new ArrayList<String>();
						for (int c = 1; c <= columns; c++) {
							row.add(result.getString(c));
						}
						rows.add(row);
					}
					return rows;
				}
			}
		}
	}
}
