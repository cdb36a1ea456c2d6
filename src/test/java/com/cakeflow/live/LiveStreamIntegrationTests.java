package com.cakeflow.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.order.OrderManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Server-Sent Events over a real HTTP connection (on H2, and on PostgreSQL in CI): what staff screens receive when an
 * order moves, an alert is raised or acknowledged, a task is finished — and what another app node writes to the shared
 * table; a page reconnecting with Last-Event-ID gets what it missed — also events whose transactions commit after
 * later-numbered ones.
 */
@CakeFlowIntegrationTest
class LiveStreamIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final Duration WAIT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	Alerts alerts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LiveEvents live;
	@Autowired
	TransactionTemplate transactions;

	@Test
	void openPagesGetOrderStatusAlertsAndTasksAsTheyHappenAndEventsWrittenByAnotherNode() throws Exception {
		try (var stream = Stream.open(port, "clerk", null)) {
			var placed = orders.place(TestOrders.pickup("MEITUAN", 6), null);
			var confirmed = stream.next(e -> e.is("order-status", placed.orderNumber()) && e.data().contains("\"CONFIRMED\""));
			assertThat(confirmed.id()).containsOnlyDigits();
			stream.next(e -> e.is("order-status", placed.orderNumber()) && e.data().contains("\"BAKING\""));

			var manager = new ApiClient(port, "manager");
			assertThat(manager.post("/api/orders/" + placed.orderNumber() + "/cancel", Map.of("reason", "客人改期")).status()).isLessThan(300);
			stream.next(e -> e.is("order-status", placed.orderNumber()) && e.data().contains("\"CANCELLED\""));

			// another node on the same database: its events reach this node's pages through the shared table
			long storeId = jdbc.sql("select id from store where code = 'SH01'").query(Long.class).single();
			jdbc.sql("insert into live_event (store_id, type, data, created_at) values (?, 'alert', ?, ?)")
				.params(storeId, "{\"id\":-1,\"type\":\"LOW_STOCK\",\"status\":\"OPEN\",\"orderNumber\":\"from-node-2\"}", Timestamp.from(clock.instant()))
				.update();
			stream.next(e -> e.is("alert", "from-node-2"));
		}
	}

	@Test
	void aPageThatReconnectsWithLastEventIdGetsWhatItMissedAndTasksAndAlertsArePushed() throws Exception {
		String lastId;
		try (var stream = Stream.open(port, "frontdesk1", null)) {
			var seen = orders.place(TestOrders.pickup("MEITUAN", 6), null);
			lastId = stream.next(e -> e.is("order-status", seen.orderNumber())).id();
		}
		// while the page is away: an order moves on (a task finished) and an alert is raised
		var missed = orders.place(TestOrders.pickup("MEITUAN", 6), null);
		var task = jdbc.sql("select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ = ?")
			.param(missed.orderNumber()).query(String.class).single();
		assertThat(new ApiClient(port, "baker1").post("/engine-rest/task/" + task + "/complete", Map.of()).status()).isEqualTo(204);
		long orderId = jdbc.sql("select id from cake_order where number = ?").param(missed.orderNumber()).query(Long.class).single();
		long storeId = jdbc.sql("select store_id from cake_order where number = ?").param(missed.orderNumber()).query(Long.class).single();
		var raised = alerts.raise(com.cakeflow.alerting.AlertType.AT_RISK, storeId, new Alerts.Subject(orderId, missed.orderNumber(), null), null, "test");
		new ApiClient(port, "manager").post("/api/alerts/" + raised.id() + "/ack", Map.of("comment", "我来"));

		try (var again = Stream.open(port, "frontdesk1", lastId)) {
			var replayed = again.next(e -> e.is("order-status", missed.orderNumber()) && e.data().contains("\"CONFIRMED\""));
			assertThat(Long.parseLong(replayed.id())).as("a resume point never goes back").isGreaterThanOrEqualTo(Long.parseLong(lastId));
			again.next(e -> e.is("task-completed", missed.orderNumber()) && e.data().contains("Bake"));
			again.next(e -> e.is("alert", missed.orderNumber()) && e.data().contains("\"OPEN\""));
			again.next(e -> e.is("alert", missed.orderNumber()) && e.data().contains("\"ACKNOWLEDGED\""));
		}
	}

	@Test
	void deliversAnEventWhoseTransactionCommitsAfterALaterOne() throws Exception {
		var transactions = new LiveEventTransactions(this.transactions, live, jdbc);
		String early = LiveEventTransactions.marker("early");
		String late = LiveEventTransactions.marker("late");
		try (var stream = Stream.open(port, "clerk", null); var first = transactions.open(late)) {
			long earlyId = transactions.committed(early);
			assertThat(first.id()).as("the open transaction took the lower id").isLessThan(earlyId);

			var earlyEvent = stream.next(e -> e.is("alert", early));
			assertThat(Long.parseLong(earlyEvent.id())).as("the resume point stays below the open transaction's event").isLessThan(first.id());

			first.commit();
			var lateEvent = stream.next(e -> e.is("alert", late));
			assertThat(Long.parseLong(lateEvent.id())).isGreaterThanOrEqualTo(Long.parseLong(earlyEvent.id()));
			String last = LiveEventTransactions.marker("last");
			transactions.committed(last);
			stream.next(e -> e.is("alert", last));
			assertThat(stream.seen()).as("each event once").filteredOn(e -> e.is("alert", early) || e.is("alert", late)).hasSize(2);
		}
	}

	@Test
	void aPageReconnectingWithTheIdItHadBeforeALateCommitGetsTheLateEvent() throws Exception {
		var transactions = new LiveEventTransactions(this.transactions, live, jdbc);
		String early = LiveEventTransactions.marker("early");
		String late = LiveEventTransactions.marker("late");
		String lastId;
		try (var first = transactions.open(late)) {
			try (var stream = Stream.open(port, "frontdesk1", null)) {
				assertThat(first.id()).isLessThan(transactions.committed(early));
				lastId = stream.next(e -> e.is("alert", early)).id();
			}
			first.commit(); // while the page is away
		}
		try (var again = Stream.open(port, "frontdesk1", lastId)) {
			again.next(e -> e.is("alert", late));
		}
	}

	@Test
	void aRolledBackEventDoesNotHoldBackTheEventsAfterIt() throws Exception {
		var transactions = new LiveEventTransactions(this.transactions, live, jdbc);
		String after = LiveEventTransactions.marker("after");
		try (var stream = Stream.open(port, "clerk", null)) {
			long rolledBack = transactions.rolledBack(LiveEventTransactions.marker("refused"));
			assertThat(rolledBack).isLessThan(transactions.committed(after));
			var event = stream.next(e -> e.is("alert", after));
			assertThat(Long.parseLong(event.id())).as("until its grace has passed, the rolled-back id may still commit").isLessThan(rolledBack);
		}
	}

	@Test
	void aPageWithAnIdThisDatabaseNeverGaveIsToldToReload() throws Exception {
		try (var stream = Stream.open(port, "clerk", "999999999999")) {
			stream.next(e -> e.type().equals("reset"));
		}
	}

	@Test
	void theOrderBoardAndTheAlertCentreFollowTheStreamAndRefetchWhatTheyShowWithTheirFilters() {
		var browser = com.cakeflow.BrowserSession.login(port, "manager");
		var board = browser.get("/orders?status=BAKING&q=CF");
		assertThat(board.select("script[src*=htmx-ext-sse]")).hasSize(1);
		assertThat(board.selectFirst("#live").attr("sse-connect")).isEqualTo("/api/stream");
		var table = board.selectFirst("#live #order-table");
		assertThat(table.attr("hx-trigger")).isEqualTo("sse:order-status, sse:task-completed");
		assertThat(table.attr("hx-get")).contains("status=BAKING", "q=CF");
		assertThat(table.attr("hx-select")).isEqualTo("#order-table");

		var centre = browser.get("/alerts?status=OPEN&type=AT_RISK");
		var list = centre.selectFirst("#live #alert-list");
		assertThat(list.attr("hx-trigger")).isEqualTo("sse:alert");
		assertThat(list.attr("hx-get")).contains("status=OPEN", "type=AT_RISK");
		assertThat(centre.select("#alert-list input[name=comment]")).allMatch(input -> input.hasAttr("hx-preserve") && input.id().startsWith("comment-"));
	}

	@Test
	void theStreamNeedsALogin() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stream")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	/** One SSE event as the browser sees it. */
	record Event(String id, String type, String data) {

		boolean is(String type, String orderNumber) {
			return this.type.equals(type) && data.contains("\"" + orderNumber + "\"");
		}
	}

	/** An open /api/stream connection whose events are parsed on a reader thread. */
	static final class Stream implements AutoCloseable {

		private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		private final CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;
		private final List<Event> seen = new ArrayList<>();

		private Stream(CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response) {
			this.response = response;
		}

		static Stream open(int port, String user, String lastEventId) throws Exception {
			var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stream")).header("Accept", "text/event-stream")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
			if (lastEventId != null) {
				request.header("Last-Event-ID", lastEventId);
			}
			var future = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
			var stream = new Stream(future);
			var response = future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
			var reader = new Thread(() -> stream.read(response.body()), "sse-test-reader");
			reader.setDaemon(true);
			reader.start();
			return stream;
		}

		private void read(java.util.stream.Stream<String> lines) {
			var id = new String[1];
			var type = new String[1];
			var data = new StringBuilder();
			try {
				lines.forEach(line -> {
					if (line.isEmpty()) {
						if (type[0] != null) {
							events.add(new Event(id[0], type[0], data.toString()));
						}
						id[0] = null;
						type[0] = null;
						data.setLength(0);
					}
					else if (line.startsWith("id:")) {
						id[0] = line.substring(3).strip();
					}
					else if (line.startsWith("event:")) {
						type[0] = line.substring(6).strip();
					}
					else if (line.startsWith("data:")) {
						data.append(line.substring(5).strip());
					}
				});
			}
			catch (RuntimeException closed) { // the test closed the connection
			}
		}

		/** The next event (in order) that matches, within ten seconds. */
		Event next(Predicate<Event> wanted) throws InterruptedException {
			long deadline = System.nanoTime() + WAIT.toNanos(); // how long to wait, not what time it is
			while (System.nanoTime() - deadline < 0) {
				var event = events.poll(200, TimeUnit.MILLISECONDS);
				if (event != null) {
					seen.add(event);
					if (wanted.test(event)) {
						return event;
					}
				}
			}
			throw new AssertionError("no such event within " + WAIT + "; seen: " + seen);
		}

		/** The events read so far, in order. */
		List<Event> seen() {
			return List.copyOf(seen);
		}

		@Override
		public void close() {
			response.thenAccept(r -> r.body().close());
		}
	}
}
