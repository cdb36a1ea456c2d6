package com.cakeflow.planning;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderManagement;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tomorrow's plan, on a day of its own: three orders planned per person, the EDD comparison, the prep list, the page. */
@CakeFlowIntegrationTest
class ProductionPlanIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	static final int DAYS_AHEAD = 11;

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	ProductionPlanner planner;

	static NewOrderRequest order(String fulfillment, int size, String flavor, int hour, boolean urgent, String address) {
		return order(DAYS_AHEAD, fulfillment, size, flavor, hour, urgent, address);
	}

	static NewOrderRequest order(int days, String fulfillment, int size, String flavor, int hour, boolean urgent, String address) {
		return new NewOrderRequest("MEITUAN", new NewOrderRequest.Customer("王先生", TestOrders.freshPhone()),
				List.of(new NewOrderRequest.Item(size, flavor, "生日快乐", 1, List.of())),
				new NewOrderRequest.Fulfillment(fulfillment, TestOrders.due(days, hour), address), null, urgent, null);
	}

	@Test
	void plansEveryStageOfTheDaysOrdersPerPersonAndComparesWithEarliestDueDate() {
		var day = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(DAYS_AHEAD);
		var small = orders.place(order("PICKUP", 8, "CHOCOLATE", 11, false, null), null).orderNumber();
		var large = orders.place(order("PICKUP", 10, "VANILLA", 13, true, null), null).orderNumber();
		var delivered = orders.place(order("DELIVERY", 8, "MANGO", 16, false, "静安区南京西路1266号"), null).orderNumber();
		var phone = order("PICKUP", 6, "STRAWBERRY", 17, false, null);
		var unpaid = orders.place(new NewOrderRequest("PHONE", phone.customer(), phone.items(), phone.fulfillment(), null, false, null), null);
		assertThat(unpaid.status()).isEqualTo(com.cakeflow.order.OrderStatus.AWAITING_DEPOSIT);

		var manager = new ApiClient(port, "manager");
		var created = manager.post("/api/plans?date=" + day, null);
		assertThat(created.status()).isEqualTo(201);
		var plan = created.body().get("plan");
		assertThat(plan.get("orders").asInt()).isEqualTo(4);
		assertThat(plan.at("/smart/hardPenalty").asInt()).as("a plan that can be worked").isZero();
		assertThat(plan.at("/smart/lateMinutes").asInt()).isLessThanOrEqualTo(plan.at("/edd/lateMinutes").asInt());
		assertThat(plan.at("/smart/score").asText()).matches("0hard/-?\\d+medium/-?\\d+soft");

		var stages = new HashMap<String, List<JsonNode>>();
		plan.get("tasks").forEach(task -> stages.computeIfAbsent(task.get("orderNumber").asText(), n -> new ArrayList<>()).add(task));
		assertThat(stages.get(small)).extracting(t -> t.get("stage").asText()).containsExactlyInAnyOrder("BAKE", "DECORATE", "PACK");
		assertThat(stages.get(delivered)).extracting(t -> t.get("stage").asText()).containsExactlyInAnyOrder("BAKE", "DECORATE", "PACK", "DELIVER");
		assertThat(stages.get(unpaid.orderNumber())).as("planned, marked as waiting for its deposit").hasSize(3)
			.allSatisfy(t -> assertThat(t.get("depositPending").asBoolean()).isTrue());
		assertThat(stages.get(small)).allSatisfy(t -> assertThat(t.get("depositPending").asBoolean()).isFalse());
		assertThat(stages.get(large)).filteredOn(t -> t.get("stage").asText().equals("BAKE")).extracting(t -> t.get("username").asText())
			.as("a 10-inch cake goes to the baker with the large-size skill").containsExactly("baker1");
		assertThat(stages.get(delivered)).filteredOn(t -> t.get("stage").asText().equals("DELIVER")).extracting(t -> t.get("username").asText())
			.containsExactly("driver1");
		for (var order : stages.values()) {
			order.sort((a, b) -> List.of("BAKE", "DECORATE", "PACK", "DELIVER").indexOf(a.get("stage").asText())
					- List.of("BAKE", "DECORATE", "PACK", "DELIVER").indexOf(b.get("stage").asText()));
			for (int i = 1; i < order.size(); i++) {
				assertThat(at(order.get(i), "startAt")).as("stages in order").isAfterOrEqualTo(at(order.get(i - 1), "endAt"));
			}
		}
		var byPerson = new HashMap<String, List<JsonNode>>();
		plan.get("tasks").forEach(task -> byPerson.computeIfAbsent(task.get("username").asText(), n -> new ArrayList<>()).add(task));
		byPerson.values().forEach(tasks -> {
			tasks.sort((a, b) -> at(a, "startAt").compareTo(at(b, "startAt")));
			for (int i = 1; i < tasks.size(); i++) {
				assertThat(at(tasks.get(i), "startAt")).as("one thing at a time").isAfterOrEqualTo(at(tasks.get(i - 1), "endAt"));
			}
		});

		var prep = new HashMap<String, JsonNode>();
		created.body().get("prepList").forEach(line -> prep.put(line.get("itemCode").asText(), line));
		assertThat(prep.get("SPONGE_8").get("needed").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(prep.get("SPONGE_10").get("reserved").asLong()).as("the large order already holds its sponge base").isEqualTo(1);
		prep.values().forEach(line -> assertThat(line.get("toMake").asLong())
			.isEqualTo(Math.max(0, line.get("needed").asLong() - line.get("reserved").asLong() - line.get("free").asLong())));

		var latest = manager.get("/api/plans?date=" + day);
		assertThat(latest.status()).isEqualTo(200);
		assertThat(latest.body().at("/plan/id").asLong()).isEqualTo(plan.get("id").asLong());

		var page = BrowserSession.login(port, "manager").get("/kitchen/plan?date=" + day);
		assertThat(page.select("#comparison td[data-plan=smart]").text()).isEqualTo(plan.at("/smart/lateOrders").asText());
		assertThat(page.select(".person").eachAttr("data-person")).contains("baker1", "decorator1", "frontdesk1", "driver1");
		assertThat(page.select(".person[data-person=baker1]").text()).contains(large);
		assertThat(page.select(".deposit-pending")).hasSize(3).allSatisfy(badge -> assertThat(badge.text()).isEqualTo("定金未付"));
		assertThat(page.select("#prep tr[data-item=SPONGE_8]")).hasSize(1);
	}

	@Test
	void onlyManagersPlanAndAskingForAMissingPlanOrABadDateIsAProblem() {
		assertThat(new ApiClient(port, "baker1").post("/api/plans", null).status()).isEqualTo(403);
		var missing = new ApiClient(port, "manager").get("/api/plans?date=" + java.time.LocalDate.now(clock).plusYears(3));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		var bad = new ApiClient(port, "manager").get("/api/plans?date=next-friday");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body().at("/errors/0/field").asText()).isEqualTo("date");
		assertThat(BrowserSession.login(port, "baker1").get("/kitchen/plan").select("#generate")).isEmpty();
	}

	@Test
	void theEveningRunPlansTomorrowForEveryStore() {
		var plans = planner.planTomorrow("system");
		var tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(1);
		assertThat(plans).extracting(ProductionPlan::storeCode).contains("SH01", "SH02");
		assertThat(plans).allSatisfy(p -> assertThat(p.day()).isEqualTo(tomorrow));
		assertThat(new ApiClient(port, "baker3").get("/api/plans?store=SH02").body().at("/plan/generatedBy").asText()).isEqualTo("system");
		assertThat(new ApiClient(port, "baker3").get("/api/plans").body().at("/plan/storeCode").asText()).as("a person's own store")
			.isEqualTo("SH02");
		assertThat(new ApiClient(port, "baker1").get("/api/plans?store=SH02").status()).as("another store's plan").isEqualTo(403);
	}

	@Test
	void theStationQueuePageListsOpenTasksMostPressingFirst() {
		var relaxed = orders.place(order(DAYS_AHEAD + 1, "PICKUP", 6, "CHOCOLATE", 18, false, null), null).orderNumber();
		var urgent = orders.place(order(DAYS_AHEAD + 1, "PICKUP", 6, "CHOCOLATE", 19, true, null), null).orderNumber();
		var rows = BrowserSession.login(port, "baker1").get("/kitchen/queue?station=BAKE").select("#queue tbody tr").eachAttr("data-order");
		assertThat(rows).contains(relaxed, urgent);
		assertThat(rows.indexOf(urgent)).as("urgent first").isLessThan(rows.indexOf(relaxed));
	}

	private static Instant at(JsonNode task, String field) {
		return Instant.parse(task.get(field).asText());
	}
}
