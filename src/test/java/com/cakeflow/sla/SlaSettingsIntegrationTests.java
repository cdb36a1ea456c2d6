package com.cakeflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cakeflow.ApiClient;
import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.PlacedOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Managers change the store's time limits in the app; timers started afterwards use them, without a redeploy. */
@CakeFlowIntegrationTest
class SlaSettingsIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	RuntimeService runtime;
	@Autowired
	ManagementService management;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToTheDefaults() { // the other tests expect the configured limits
		jdbc.sql("delete from sla_setting").update();
	}

	static Map<String, Object> limits(String reminder) {
		return Map.of("depositReminderAfter", reminder, "depositCancelAfter", "PT24H", "noShowAfter", "PT2H",
				"overdue", Map.of("BAKE", "PT90M", "DECORATE", "PT60M", "PACK", "PT20M", "DELIVER", "PT90M"));
	}

	@Test
	void aChangedDepositReminderAppliesToTheNextOrdersTimerWithoutRedeployingAndNotToRunningOnes() {
		var manager = new ApiClient(port, "manager");
		var defaults = manager.get("/api/settings/sla");
		assertThat(defaults.body().get("depositReminderAfter").asText()).isEqualTo("PT2H");
		assertThat(defaults.body().get("updatedBy").isNull()).isTrue();
		long deployments = jdbc.sql("select count(*) from act_re_deployment").query(Long.class).single();

		var changed = manager.put("/api/settings/sla", limits("PT10M"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("depositReminderAfter").asText()).isEqualTo("PT10M");
		assertThat(changed.body().get("updatedBy").asText()).isEqualTo("manager");
		assertThat(changed.body().at("/overdue/PACK").asText()).isEqualTo("PT20M");
		var first = reminderDue(orders.place(TestOrders.pickup("PHONE", 8), null));
		assertThat(first).isCloseTo(clock.instant().plus(10, ChronoUnit.MINUTES), within(1, ChronoUnit.MINUTES));

		manager.put("/api/settings/sla", limits("PT3H"));
		var secondOrder = orders.place(TestOrders.pickup("PHONE", 8), null);
		assertThat(reminderDue(secondOrder)).isCloseTo(clock.instant().plus(3, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
		assertThat(jdbc.sql("select count(*) from act_re_deployment").query(Long.class).single()).as("nothing redeployed").isEqualTo(deployments);
		assertThat(new ApiClient(port, "clerk").get("/api/settings/sla").body().get("depositReminderAfter").asText()).isEqualTo("PT3H");
	}

	private Instant reminderDue(PlacedOrder placed) {
		assertThat(placed.status()).isEqualTo(OrderStatus.AWAITING_DEPOSIT);
		var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(placed.orderNumber()).singleResult();
		return management.createJobQuery().processInstanceId(instance.getId()).activityId("TimerEvent_DepositReminder").singleResult().getDuedate()
			.toInstant();
	}

	@Test
	void refusesBadLimitsNamingEachFieldAndOnlyManagersChangeThem() {
		var manager = new ApiClient(port, "manager");
		var bad = manager.put("/api/settings/sla", Map.of("depositReminderAfter", "PT30H", "depositCancelAfter", "PT24H", "noShowAfter", "soon",
				"overdue", Map.of("BAKE", "PT0M", "DECORATE", "PT60M", "DELIVER", "PT8D", "FROST", "PT1H")));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("noShowAfter", "overdue.BAKE",
				"overdue.PACK", "overdue.DELIVER", "overdue.FROST", "depositReminderAfter");
		assertThat(bad.body().get("errors")).extracting(JsonNode::toString).anyMatch(e -> e.contains("提醒必须早于自动取消"));
		assertThat(manager.get("/api/settings/sla").body().get("updatedBy").isNull()).as("nothing stored").isTrue();
		assertThat(new ApiClient(port, "clerk").put("/api/settings/sla", limits("PT1H")).status()).isEqualTo(403);
	}

	@Test
	void theAtRiskCheckLimitsMayBeLeftOutAndTheCustomerIsToldOnlyAfterTheCheckStarts() {
		var manager = new ApiClient(port, "manager");
		var defaults = manager.get("/api/settings/sla").body();
		assertThat(defaults.get("atRiskCheckEvery").asText()).isEqualTo("PT10M");
		assertThat(defaults.get("atRiskLookahead").asText()).isEqualTo("PT6H");
		assertThat(defaults.get("lateNoticeBefore").asText()).isEqualTo("PT2H");

		var withCheck = new java.util.HashMap<String, Object>(limits("PT2H"));
		withCheck.putAll(Map.of("atRiskCheckEvery", "PT5M", "atRiskLookahead", "PT8H", "lateNoticeBefore", "PT3H"));
		assertThat(manager.put("/api/settings/sla", withCheck).body().get("atRiskLookahead").asText()).isEqualTo("PT8H");
		var leftOut = manager.put("/api/settings/sla", limits("PT1H")).body();
		assertThat(leftOut.get("atRiskCheckEvery").asText()).as("left out: unchanged").isEqualTo("PT5M");
		assertThat(leftOut.get("lateNoticeBefore").asText()).isEqualTo("PT3H");

		withCheck.putAll(Map.of("atRiskLookahead", "PT2H", "lateNoticeBefore", "PT4H", "atRiskCheckEvery", "often"));
		var bad = manager.put("/api/settings/sla", withCheck);
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("atRiskCheckEvery", "lateNoticeBefore");
		assertThat(manager.get("/api/settings/sla").body().get("atRiskLookahead").asText()).as("nothing stored").isEqualTo("PT8H");
	}

	@Test
	void aManagerSetsTheLimitsInMinutesOnThePage() {
		var browser = BrowserSession.login(port, "manager");
		var page = browser.get("/settings/sla");
		assertThat(page.selectFirst("#depositReminderAfter").val()).isEqualTo("120");
		assertThat(page.selectFirst("#overdue\\.BAKE").val()).isEqualTo("90");
		assertThat(page.selectFirst("#atRiskLookahead").val()).isEqualTo("360");
		var form = new java.util.HashMap<String, String>(Map.of("depositReminderAfter", "45", "depositCancelAfter", "600", "noShowAfter", "90",
				"overdue.BAKE", "120", "overdue.DECORATE", "60", "overdue.PACK", "0", "overdue.DELIVER", "90"));
		form.putAll(Map.of("atRiskCheckEvery", "15", "atRiskLookahead", "240", "lateNoticeBefore", "60"));
		var refused = browser.post("/settings/sla", page, form);
		assertThat(refused.selectFirst("#overdue\\.PACK").hasClass("is-invalid")).isTrue();
		assertThat(refused.selectFirst("#overdue\\.PACK").val()).as("what was typed stays").isEqualTo("0");
		assertThat(refused.select(".invalid-feedback").text()).contains("必须在 1 分钟到 7 天之间");
		form.put("overdue.PACK", "25");
		var saved = browser.post("/settings/sla", refused, form);
		assertThat(saved.select(".alert-success")).hasSize(1);
		assertThat(saved.select("#changed").text()).contains("manager");
		assertThat(new ApiClient(port, "manager").get("/api/settings/sla").body().at("/overdue/PACK").asText()).isEqualTo("PT25M");
		assertThat(new ApiClient(port, "manager").get("/api/settings/sla").body().get("atRiskLookahead").asText()).isEqualTo("PT4H");
		assertThat(BrowserSession.login(port, "clerk").getStatus("/settings/sla")).isEqualTo(403);
	}
}
