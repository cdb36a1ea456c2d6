package com.cakeflow.entry.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/orders/parse} over real HTTP, against the demo catalog in the database (aliases included). */
@CakeFlowIntegrationTest
class OrderEntryIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return new ApiClient(port, user);
	}

	@Test
	void readsAFreeTextOrderIntoADraftWithItsCorrections() {
		var response = as("clerk").post("/api/orders/parse",
				Map.of("text", "朱古力8村 明天下午3点 自提 张女士 138-1234-5678 写\"妈妈生日快乐\"", "now", "2026-11-18T10:00:00+08:00"));
		assertThat(response.status()).isEqualTo(200);
		var draft = response.body();
		assertThat(draft.get("customerName").asText()).isEqualTo("张女士");
		assertThat(draft.get("phone").asText()).isEqualTo("13812345678");
		assertThat(draft.get("flavor").asText()).isEqualTo("CHOCOLATE");
		assertThat(draft.get("sizeInches").asInt()).isEqualTo(8);
		assertThat(draft.get("dueAt").asText()).isEqualTo("2026-11-19T15:00:00");
		assertThat(draft.get("fulfillment").asText()).isEqualTo("PICKUP");
		assertThat(draft.get("inscription").asText()).isEqualTo("妈妈生日快乐");
		assertThat(draft.at("/corrections/0/field").asText()).isEqualTo("sizeInches");
		assertThat(draft.at("/corrections/0/from").asText()).isEqualTo("8村");
		assertThat(draft.get("warnings")).isEmpty();
	}

	@Test
	void aPasteOfSeveralOrdersBecomesDraftsThatArePlacedOnceEachWithTheirOwnKeys() {
		var day = com.cakeflow.TestOrders.due(4, 15).substring(0, 10);
		var first = com.cakeflow.TestOrders.freshPhone();
		var second = com.cakeflow.TestOrders.freshPhone();
		var response = as("clerk").post("/api/orders/parse-batch", Map.of("text", "1. 王女士 " + first + " " + day + " 下午3点 自提 8寸巧克力\n"
				+ "2. 公司下午茶 3 个 6 寸芒果，" + day + " 下午4点自提，联系人刘小姐 " + second + "\n\n好的，谢谢"));
		assertThat(response.status()).isEqualTo(200);
		var drafts = response.body().get("drafts");
		assertThat(drafts).hasSize(2);
		assertThat(response.body().get("skipped")).extracting(com.fasterxml.jackson.databind.JsonNode::asText).containsExactly("好的，谢谢");
		assertThat(drafts.get(1).at("/draft/quantity").asInt()).isEqualTo(3);
		assertThat(drafts.get(0).get("idempotencyKey").asText()).isNotEqualTo(drafts.get(1).get("idempotencyKey").asText());
		var numbers = new java.util.ArrayList<String>();
		for (int attempt = 0; attempt < 2; attempt++) { // placed, then placed again as a retry would: no order twice
			numbers.clear();
			for (var drafted : drafts) {
				var d = drafted.get("draft");
				var order = Map.of("channel", "WECHAT", "customer", Map.of("name", d.get("customerName").asText(), "phone", d.get("phone").asText()),
						"items", java.util.List.of(Map.of("sizeInches", d.get("sizeInches").asInt(), "flavor", d.get("flavor").asText(),
								"quantity", d.get("quantity").asInt())),
						"fulfillment", Map.of("type", d.get("fulfillment").asText(), "dueAt", d.get("dueAt").asText()));
				var placed = as("clerk").header("Idempotency-Key", drafted.get("idempotencyKey").asText()).post("/api/orders", order);
				assertThat(placed.status()).as("%s", placed.body()).isIn(200, 201);
				numbers.add(placed.body().get("orderNumber").asText());
			}
		}
		assertThat(numbers).doesNotHaveDuplicates().hasSize(2);
		assertThat(as("clerk").post("/api/orders/parse-batch", Map.of("text", "x".repeat(20_001))).status()).isEqualTo(422);
		assertThat(as("driver1").post("/api/orders/parse-batch", Map.of("text", "6寸芒果")).status()).isEqualTo(403);
	}

	@Test
	void readsNowInTheStoresZoneWhenItCarriesAnotherOffset() {
		var draft = as("clerk").post("/api/orders/parse", Map.of("text", "6寸芒果 明天中午 自提 王女士 13800001111", "now", "2026-11-18T20:00:00Z"))
			.body();
		assertThat(draft.get("dueAt").asText()).isEqualTo("2026-11-20T12:00:00");
	}

	@Test
	void refusesBlankTextOrABadNowAsProblemsOnTheField() {
		var blank = as("clerk").header("Accept-Language", "en").post("/api/orders/parse", Map.of("text", "  "));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.contentType()).startsWith("application/problem+json");
		assertThat(blank.body().at("/errors/0/field").asText()).isEqualTo("text");
		assertThat(blank.body().at("/errors/0/message").asText()).isEqualTo("Paste or type the order");
		var badNow = as("clerk").post("/api/orders/parse", Map.of("text", "6寸芒果", "now", "yesterday"));
		assertThat(badNow.status()).isEqualTo(422);
		assertThat(badNow.body().at("/errors/0/field").asText()).isEqualTo("now");
	}

	@Test
	void onlyStaffWhoTakeOrdersMayUseIt() {
		assertThat(as("driver1").post("/api/orders/parse", Map.of("text", "6寸芒果")).status()).isEqualTo(403);
		assertThat(as(null).post("/api/orders/parse", Map.of("text", "6寸芒果")).status()).isEqualTo(401);
	}
}
