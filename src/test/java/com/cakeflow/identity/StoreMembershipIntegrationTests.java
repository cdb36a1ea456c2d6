package com.cakeflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two stores with their own staff (the demo's SH01 静安店 and SH02 徐汇店): everyone works in their own store's orders,
 * tasks and lists; a person of both switches between them; the chain's manager sees every store.
 */
@CakeFlowIntegrationTest
class StoreMembershipIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrderIsPlacedInTheStoreOfWhoeverTakesItAndSeenOnlyThere() {
		var clerk2 = new ApiClient(port, "clerk2");
		var placed = clerk2.post("/api/orders", TestOrders.pickup("WALK_IN", 8));
		assertThat(placed.status()).isEqualTo(201);
		var number = placed.body().get("orderNumber").asText();
		assertThat(clerk2.get("/api/orders/" + number).body().get("storeCode").asText()).as("a clerk of 徐汇店 takes orders for 徐汇店").isEqualTo("SH02");

		assertThat(new ApiClient(port, "clerk").get("/api/orders/" + number).status()).as("静安店's clerk does not see it").isEqualTo(404);
		assertThat(new ApiClient(port, "manager").get("/api/orders/" + number).status()).as("the chain's manager does").isEqualTo(200);
		assertThat(new ApiClient(port, "manager2").get("/api/orders/" + number).status()).isEqualTo(200);

		assertThat(numbers(clerk2.get("/api/orders?size=200&q=" + number))).containsExactly(number);
		assertThat(numbers(new ApiClient(port, "clerk").get("/api/orders?size=200&q=" + number))).isEmpty();
		assertThat(numbers(new ApiClient(port, "manager").get("/api/orders?size=200&q=" + number))).containsExactly(number);
		assertThat(numbers(new ApiClient(port, "clerk").get("/api/orders?size=200&store=SH01&q=" + number))).isEmpty();

		var elsewhere = new ApiClient(port, "clerk").post("/api/orders", TestOrders.pickup("WALK_IN", 8).withStoreCode("SH02"));
		assertThat(elsewhere.status()).as("an order for a store one does not work in").isEqualTo(403);
		assertThat(elsewhere.contentType()).startsWith("application/problem+json");
		assertThat(elsewhere.body().at("/errors/0/field").asText()).isEqualTo("storeCode");
		assertThat(new ApiClient(port, "clerk2").get("/api/orders?store=SH01").status()).isEqualTo(403);
		assertThat(new ApiClient(port, "clerk2").get("/api/orders?store=NOPE").status()).as("no store is named that may be guessed").isEqualTo(403);
		assertThat(new ApiClient(port, "manager").get("/api/orders?store=NOPE").status()).isEqualTo(422);
	}

	@Test
	void eachStoresKitchenSeesAndWorksItsOwnCakesOnly() {
		var number = orders.place(TestOrders.pickup("MEITUAN", 8, 6).withStoreCode("SH02"), null).orderNumber();
		var baker3 = new ApiClient(port, "baker3");
		var queue = baker3.get("/api/kitchen/queue?station=BAKE");
		assertThat(queue.status()).isEqualTo(200);
		var task = StreamSupport.stream(queue.body().spliterator(), false).filter(e -> e.get("orderNumber").asText().equals(number)).findFirst();
		assertThat(task).as("徐汇店's baker sees the cake").isPresent();
		var taskId = task.get().get("taskId").asText();

		var baker1 = new ApiClient(port, "baker1");
		assertThat(StreamSupport.stream(baker1.get("/api/kitchen/queue?station=BAKE").body().spliterator(), false)
			.map(e -> e.get("orderNumber").asText())).as("静安店's baker does not").doesNotContain(number);
		assertThat(baker1.get("/api/kitchen/queue?station=BAKE&store=SH02").status()).isEqualTo(403);
		assertThat(baker1.post("/api/kitchen/tasks/" + taskId + "/start?station=BAKE", null).status()).as("nor can work it").isEqualTo(404);
		assertThat(baker3.post("/api/kitchen/tasks/" + taskId + "/start?station=BAKE", null).body().get("outcome").asText()).isEqualTo("STARTED");

		var page = BrowserSession.login(port, "baker3").get("/kitchen/queue?station=BAKE");
		assertThat(page.select("#queue tbody tr").eachAttr("data-order")).contains(number);
		assertThat(page.select("#store-name").text()).isEqualTo("甜心蛋糕坊 徐汇店");
		assertThat(BrowserSession.login(port, "baker1").get("/kitchen/queue?station=BAKE").select("#queue tbody tr").eachAttr("data-order"))
			.doesNotContain(number);
	}

	@Test
	void someoneOfBothStoresSwitchesBetweenThemInTheMenu() {
		var number = orders.place(TestOrders.pickup("MEITUAN", 8, 6).withStoreCode("SH02"), null).orderNumber();
		var me = new ApiClient(port, "decorator1").get("/api/me").body();
		assertThat(me.get("everyStore").asBoolean()).isFalse();
		assertThat(me.at("/current/code").asText()).as("home store first").isEqualTo("SH01");
		assertThat(me.get("stores").findValuesAsText("code")).containsExactly("SH01", "SH02");

		var browser = BrowserSession.login(port, "decorator1");
		var queue = browser.get("/kitchen/queue?station=BAKE");
		assertThat(queue.select("#store-switch option").eachAttr("value")).containsExactly("SH01", "SH02");
		assertThat(queue.select("#store-switch option[selected]").attr("value")).isEqualTo("SH01");
		assertThat(queue.select("#queue tbody tr").eachAttr("data-order")).doesNotContain(number);

		var switched = browser.post("/stores/current", queue, Map.of("store", "SH02"));
		assertThat(switched.select("#store-switch option[selected]").attr("value")).isEqualTo("SH02");
		assertThat(switched.select("#queue tbody tr").eachAttr("data-order")).as("back on the queue, now 徐汇店's").contains(number);

		var refused = browser.post("/stores/current", switched, Map.of("store", "SH99"));
		assertThat(refused.select(".alert-danger").text()).contains("SH99");
		assertThat(refused.select("#store-switch option[selected]").attr("value")).as("still 徐汇店").isEqualTo("SH02");

		var clerk = BrowserSession.login(port, "clerk").get("/orders");
		assertThat(clerk.select("#store-switch")).as("one store, nothing to switch").isEmpty();
		assertThat(clerk.select("#store-name").text()).isEqualTo("甜心蛋糕坊 静安店");
		assertThat(BrowserSession.login(port, "manager").get("/orders").select("#store-switch option").eachAttr("value"))
			.as("the chain's manager may go to any store").contains("SH01", "SH02");
	}

	@Test
	void onlyTheChainsManagersSayWhoWorksWhere() {
		var manager = new ApiClient(port, "manager");
		assertThat(new ApiClient(port, "manager2").put("/api/admin/store-members/clerk2", Map.of("stores", List.of("SH01", "SH02"))).status())
			.as("a store's own manager").isEqualTo(403);
		assertThat(new ApiClient(port, "clerk").get("/api/admin/store-members").status()).isEqualTo(403);
		try {
			var both = manager.put("/api/admin/store-members/frontdesk2", Map.of("stores", List.of("SH01", "sh02")));
			assertThat(both.status()).isEqualTo(200);
			assertThat(both.body().get("stores")).extracting(JsonNode::asText).containsExactly("SH01", "SH02");
			assertThat(new ApiClient(port, "frontdesk2").get("/api/me").body().get("stores").findValuesAsText("code")).containsExactly("SH01", "SH02");
			assertThat(manager.get("/api/admin/store-members").body().findValuesAsText("username")).contains("frontdesk2", "manager", "decorator1");

			var bad = manager.put("/api/admin/store-members/nobody-here", Map.of("everyStore", true, "stores", List.of("SH77")));
			assertThat(bad.status()).isEqualTo(422);
			assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("username", "stores");
		}
		finally {
			manager.put("/api/admin/store-members/frontdesk2", Map.of("stores", List.of("SH02")));
		}
		assertThat(new ApiClient(port, "frontdesk2").get("/api/me").body().get("stores").findValuesAsText("code")).containsExactly("SH02");
	}

	private static List<String> numbers(ApiClient.Response page) {
		assertThat(page.status()).isEqualTo(200);
		return page.body().get("content").findValuesAsText("orderNumber");
	}
}
