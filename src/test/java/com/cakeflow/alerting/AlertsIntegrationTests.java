package com.cakeflow.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The alert lifecycle OPEN → ACKNOWLEDGED → RESOLVED over the service, the API and the alert centre page. */
@CakeFlowIntegrationTest
class AlertsIntegrationTests {

	private static final AtomicLong ORDERS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

	@LocalServerPort
	int port;
	@Autowired
	Alerts alerts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transactions;

	long storeId;

	private Alerts.Subject order() {
		storeId = jdbc.sql("select id from store where code = 'SH01'").query(Long.class).single();
		long id = ORDERS.incrementAndGet();
		return new Alerts.Subject(id, "T-" + id, null);
	}

	@Test
	void raisesOneUnresolvedAlertPerCauseAndANewOneOnlyAfterItIsResolved() {
		var order = order();
		var first = alerts.raise(AlertType.OVERDUE_STAGE, storeId, order, "BAKE", "烘焙超时");
		assertThat(alerts.raise(AlertType.OVERDUE_STAGE, storeId, order, "BAKE", "again").id()).isEqualTo(first.id());
		assertThat(alerts.raise(AlertType.OVERDUE_STAGE, storeId, order, "DECORATE", "other stage").id()).isNotEqualTo(first.id());
		alerts.acknowledge(first.id(), "manager", "我去看看");
		assertThat(alerts.raise(AlertType.OVERDUE_STAGE, storeId, order, "BAKE", "while on it").id()).as("acknowledged is still unresolved")
			.isEqualTo(first.id());
		alerts.resolve(first.id(), "manager", "已催烘焙");
		var next = alerts.raise(AlertType.OVERDUE_STAGE, storeId, order, "BAKE", "late again");
		assertThat(next.id()).isNotEqualTo(first.id());
		assertThat(next.status()).isEqualTo(AlertStatus.OPEN);
		alerts.resolveForOrder(order.orderId(), "system");
		assertThat(alerts.search((AlertStatus) null, null, order.orderNumber(), null, 10)).allSatisfy(a -> assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED));
	}

	/** Eight raises of the same cause at once, each in its own transaction: exactly one alert, guaranteed by the database. */
	@Test
	void concurrentRaisesOfOneCauseLeaveOneAlert() throws Exception {
		var order = order();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		var results = new ArrayList<Future<Long>>();
		for (int i = 0; i < 8; i++) {
			results.add(pool.submit(() -> {
				start.await();
				try {
					return transactions.execute(tx -> alerts.raise(AlertType.AT_RISK, storeId, order, "BAKE", "at risk").id());
				}
				catch (org.springframework.dao.DataIntegrityViolationException lostTheRace) {
					return -1L; // a timer job would be retried and find the alert
				}
			}));
		}
		start.countDown();
		var ids = new java.util.HashSet<Long>();
		for (var result : results) {
			ids.add(result.get());
		}
		pool.shutdown();
		ids.remove(-1L);
		assertThat(ids).hasSize(1);
		assertThat(jdbc.sql("select count(*) from alert where order_id = ?").param(order.orderId()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void staffAcknowledgeAndResolveOverTheApiWithWhoWhenAndComment() {
		var order = order();
		var alert = alerts.raise(AlertType.NO_SHOW, storeId, order, "PICKUP", "未取货");
		var manager = new ApiClient(port, "manager");
		var listed = manager.get("/api/alerts?status=OPEN&type=NO_SHOW&orderNumber=" + order.orderNumber());
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).extracting(a -> a.get("id").asLong()).containsExactly(alert.id());
		assertThat(manager.get("/api/alerts?store=SH01&orderNumber=" + order.orderNumber()).body()).hasSize(1);
		assertThat(manager.get("/api/alerts?store=SH02&orderNumber=" + order.orderNumber()).body()).isEmpty();

		var acked = new ApiClient(port, "clerk").post("/api/alerts/" + alert.id() + "/ack", Map.of("comment", "打电话给顾客"));
		assertThat(acked.status()).isEqualTo(200);
		assertThat(acked.body().get("status").asText()).isEqualTo("ACKNOWLEDGED");
		assertThat(acked.body().get("acknowledgedBy").asText()).isEqualTo("clerk");
		assertThat(acked.body().get("acknowledgeComment").asText()).isEqualTo("打电话给顾客");
		assertThat(acked.body().get("acknowledgedAt").isNull()).isFalse();
		var again = manager.post("/api/alerts/" + alert.id() + "/ack", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");

		var noComment = manager.post("/api/alerts/" + alert.id() + "/resolve", Map.of("comment", " "));
		assertThat(noComment.status()).isEqualTo(422);
		assertThat(noComment.body().at("/errors/0/field").asText()).isEqualTo("comment");
		var resolved = manager.post("/api/alerts/" + alert.id() + "/resolve", Map.of("comment", "顾客明天来取"));
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.body().get("status").asText()).isEqualTo("RESOLVED");
		assertThat(resolved.body().get("resolvedBy").asText()).isEqualTo("manager");
		assertThat(resolved.body().get("resolveComment").asText()).isEqualTo("顾客明天来取");
		assertThat(manager.post("/api/alerts/" + alert.id() + "/resolve", Map.of("comment", "x")).status()).isEqualTo(409);

		assertThat(manager.post("/api/alerts/999999999/ack", null).status()).isEqualTo(404);
		assertThat(manager.get("/api/alerts?status=DONE").status()).isEqualTo(422);
		assertThat(manager.get("/api/alerts?type=FIRE").body().at("/errors/0/field").asText()).isEqualTo("type");
		assertThat(new ApiClient(port, "baker1").get("/api/alerts").status()).isEqualTo(403);
	}

	@Test
	void theAlertCentreListsFiltersAcknowledgesAndResolvesAndEveryStaffPageShowsABannerForUrgentOnes() {
		var order = order();
		var alert = alerts.raise(AlertType.OVERDUE_STAGE, storeId, new Alerts.Subject(order.orderId(), order.orderNumber(), "pi-1"), "DECORATE",
				"裱花超时 30 分钟");
		var browser = BrowserSession.login(port, "manager");
		assertThat(browser.get("/orders").select("#alert-banner").text()).matches("⚠ \\d+ 条紧急提醒待处理");

		var page = browser.get("/alerts?q=" + order.orderNumber());
		var row = page.selectFirst("#alerts [data-id=" + alert.id() + "]");
		assertThat(row.text()).contains("环节超时").contains("新提醒").contains(order.orderNumber()).contains("裱花超时 30 分钟");
		assertThat(row.selectFirst("a.cockpit").attr("href")).isEqualTo("/camunda/app/cockpit/default/#/process-instance/pi-1/runtime");

		var acked = browser.post("/alerts/" + alert.id() + "/ack", page, Map.of("comment", "在催了", "status", "UNRESOLVED", "q", order.orderNumber()));
		assertThat(acked.select(".alert-success").text()).isEqualTo("提醒 " + alert.id() + " 已接手");
		assertThat(acked.selectFirst("#alerts [data-id=" + alert.id() + "]").attr("data-status")).isEqualTo("ACKNOWLEDGED");
		assertThat(acked.selectFirst("#alerts [data-id=" + alert.id() + "]").text()).contains("manager").contains("在催了");

		var refused = browser.post("/alerts/" + alert.id() + "/resolve", acked, Map.of("comment", "", "q", order.orderNumber()));
		assertThat(refused.select(".alert-danger").text()).isEqualTo("请写明做了什么处理");
		var resolved = browser.post("/alerts/" + alert.id() + "/resolve", refused, Map.of("comment", "已交付", "q", order.orderNumber()));
		assertThat(resolved.select(".alert-success").text()).isEqualTo("提醒 " + alert.id() + " 已解决");
		assertThat(resolved.select("#alerts [data-id=" + alert.id() + "]")).as("no longer among the unresolved").isEmpty();
		var all = browser.get("/alerts?status=ALL&q=" + order.orderNumber());
		assertThat(all.selectFirst("#alerts [data-id=" + alert.id() + "]").text()).contains("已解决").contains("已交付");
		assertThat(BrowserSession.login(port, "baker1").getStatus("/alerts")).isEqualTo(403);
	}
}
