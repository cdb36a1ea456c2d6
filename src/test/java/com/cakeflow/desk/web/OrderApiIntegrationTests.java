package com.cakeflow.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order REST API over real HTTP: intake, validation problems in two languages, idempotency, security, the lifecycle. */
@CakeFlowIntegrationTest
class OrderApiIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	ApiClient as(String user) {
		return new ApiClient(port, user);
	}

	ObjectNode order(String phone) {
		ObjectNode body = JSON.valueToTree(TestOrders.pickup("PHONE", 8));
		((ObjectNode) body.get("customer")).put("phone", phone);
		return body;
	}

	int ordersOf(String phone) {
		return jdbc.sql("select count(*) from cake_order o join customer c on c.id = o.customer_id where c.phone = ?").param(phone)
			.query(Integer.class).single();
	}

	@Test
	void createsAnOrderWithNumberTotalsPickupCodeAndLocation() {
		var phone = TestOrders.freshPhone();
		var response = as("clerk").post("/api/orders", order("+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7)));
		assertThat(response.status()).isEqualTo(201);
		var body = response.body();
		assertThat(body.get("orderNumber").asText()).matches("CF-\\d{8}-\\d{4}");
		assertThat(body.get("status").asText()).isEqualTo("AWAITING_DEPOSIT");
		assertThat(body.get("totalFen").asLong()).isEqualTo(19800 + 500);
		assertThat(body.get("depositFen").asLong()).isEqualTo(6100);
		assertThat(body.get("pickupCode").asText()).matches("\\d{6}");
		assertThat(response.location()).endsWith("/api/orders/" + body.get("orderNumber").asText());

		var read = as("baker1").get("/api/orders/" + body.get("orderNumber").asText());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().at("/customer/phone").asText()).isEqualTo(phone);
		assertThat(read.body().at("/fulfillment/dueAt").asText()).startsWith(TestOrders.due(3, 15)).endsWith("+08:00");
		assertThat(read.body().at("/timeline/0/type").asText()).isEqualTo("ORDER_PLACED");
		assertThat(as("clerk").get("/api/orders?q=" + phone).body().at("/page/totalElements").asInt()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"unknown flavor      | /items/0/flavor      | \"BANANA\"                 | items[0].flavor      | 未知口味：BANANA",
		"unknown size        | /items/0/sizeInches  | 7                          | items[0].sizeInches  | 没有 7 寸的蛋糕（可选 6/8/10/12 寸）",
		"invalid phone       | /customer/phone      | \"12345\"                  | customer.phone       | 手机号无效：12345（需为 11 位大陆手机号）",
		"empty items         | /items               | []                         | items                | 订单至少要有一个蛋糕",
		"quantity below one  | /items/0/quantity    | 0                          | items[0].quantity    | 数量至少为 1",
		"inscription too long| /items/0/inscription | \"祝亲爱的妈妈生日快乐身体健康万事如意\" | items[0].inscription | 8 寸蛋糕最多写 16 个汉字（两个英文字母或数字算一个）",
		"due in the past     | /fulfillment/dueAt   | \"2020-01-01T10:00:00\"    | fulfillment.dueAt    | 交付时间已经过去",
		"malformed due time  | /fulfillment/dueAt   | \"tomorrow-ish\"           | fulfillment.dueAt    | 交付时间格式无效：tomorrow-ish（例如 2026-11-24T15:00:00）",
		"delivery no address | /fulfillment/type    | \"DELIVERY\"               | fulfillment.address  | 配送订单需要填写地址",
	})
	void rejectsBadInputWithAMessageOnTheField(String what, String pointer, String value, String field, String message) throws Exception {
		var phone = TestOrders.freshPhone();
		var body = order(phone);
		var parent = (ObjectNode) body.at(pointer.substring(0, pointer.lastIndexOf('/')));
		parent.set(pointer.substring(pointer.lastIndexOf('/') + 1), JSON.readTree(value));
		var response = as("clerk").post("/api/orders", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(errors(response.body())).anySatisfy(e -> {
			assertThat(e.get("field").asText()).isEqualTo(field);
			assertThat(e.get("message").asText()).isEqualTo(message);
		});
		assertThat(ordersOf(phone)).isZero();
	}

	@Test
	void rejectsDueTimeInsideTheLeadTimeNamingTheEarliestPossible() {
		var phone = TestOrders.freshPhone();
		var body = order(phone);
		((ObjectNode) body.get("items").get(0)).put("flavor", "DURIAN"); // 24 h lead time
		((ObjectNode) body.get("fulfillment")).put("dueAt", java.time.OffsetDateTime.now(clock).plusHours(5).withNano(0).toString());
		var response = as("clerk").header("Accept-Language", "en").post("/api/orders", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(errors(response.body())).anySatisfy(e -> assertThat(e.get("message").asText())
			.startsWith("This cake takes 1470 minutes; the earliest due time is "));
		assertThat(response.body().get("title").asText()).isEqualTo("Invalid request");
		assertThat(ordersOf(phone)).isZero();
	}

	@Test
	void answersInEnglishWhenAsked() {
		var body = order("12345");
		var response = as("clerk").header("Accept-Language", "en-US,en;q=0.9").post("/api/orders", body);
		assertThat(errors(response.body())).anySatisfy(e -> assertThat(e.get("message").asText())
			.isEqualTo("Invalid phone: 12345 (an 11-digit mainland mobile number)"));
	}

	@Test
	void malformedJsonIsABadRequestProblem() {
		for (var raw : List.of("{not json", "[]", "{\"items\": \"not-a-list\"}")) {
			var response = as("clerk").post("/api/orders", raw);
			assertThat(response.status()).as(raw).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.body().get("detail").asText()).isEqualTo("请求体不是有效的 JSON 订单");
		}
	}

	@Test
	void replayingAnIdempotencyKeyReturnsTheSameOrder() {
		var phone = TestOrders.freshPhone();
		var client = as("clerk").header("Idempotency-Key", "replay-" + phone);
		var first = client.post("/api/orders", order(phone));
		var second = client.post("/api/orders", order(phone));
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().get("orderNumber")).isEqualTo(first.body().get("orderNumber"));
		assertThat(ordersOf(phone)).isEqualTo(1);
		var different = order(phone);
		different.put("notes", "other");
		assertThat(client.post("/api/orders", different).status()).isEqualTo(422);
	}

	@Test
	void concurrentRepeatsOfAnIdempotencyKeyCreateOneOrder() throws Exception {
		var phone = TestOrders.freshPhone();
		var client = as("clerk").header("Idempotency-Key", "concurrent-" + phone);
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		var results = Collections.synchronizedList(new ArrayList<Future<ApiClient.Response>>());
		for (int i = 0; i < 8; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return client.post("/api/orders", order(phone));
			}));
		}
		start.countDown();
		var numbers = new HashSet<String>();
		var codes = new ArrayList<Integer>();
		for (var result : results) {
			var response = result.get();
			codes.add(response.status());
			numbers.add(response.body().get("orderNumber").asText());
		}
		pool.shutdown();
		assertThat(codes).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(numbers).hasSize(1);
		assertThat(ordersOf(phone)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from act_ru_execution e where e.business_key_ = ? and e.parent_id_ is null")
			.param(numbers.iterator().next()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void requiresLoginAndTheRightRole() {
		assertThat(as(null).get("/api/orders").status()).isEqualTo(401);
		assertThat(as(null).get("/engine-rest/engine").status()).isEqualTo(401);
		assertThat(new ApiClient(port, "nobody").get("/api/orders").status()).isEqualTo(401);
		assertThat(as("baker1").post("/api/orders", order(TestOrders.freshPhone())).status()).isEqualTo(403);
		assertThat(as("driver1").post("/api/orders/CF-20260101-0001/cancel", "{}").status()).isEqualTo(403);
		assertThat(as("manager").get("/engine-rest/engine").status()).isEqualTo(200);
		assertThat(as("clerk").get("/api/orders/CF-19990101-0001").status()).isEqualTo(404);
	}

	@Test
	void runsAnOrderToTheEndThroughCamundasEngineRestApi() {
		var created = as("clerk").post("/api/orders", order(TestOrders.freshPhone())).body();
		var number = created.get("orderNumber").asText();
		var code = created.get("pickupCode").asText();
		assertThat(as("clerk").post("/api/orders/" + number + "/payments", JSON.createObjectNode().put("amountFen", 0).put("method", "CASH"))
			.status()).isEqualTo(422);
		assertThat(as("clerk").post("/api/orders/" + number + "/payments",
				JSON.createObjectNode().put("amountFen", created.get("depositFen").asLong()).put("method", "CASH")).status()).isEqualTo(201);
		// clerk: the read-back of the inscription (Task_ConfirmInscription) that decorating waits for
		for (var role : List.of("baker1", "clerk", "decorator1", "frontdesk1")) {
			var tasks = as(role).get("/engine-rest/task?processInstanceBusinessKey=" + number).body();
			assertThat(tasks).as(role + " sees their task").hasSize(1);
			assertThat(as(role).post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", "{}").status()).isEqualTo(204);
		}
		var handOver = as("frontdesk1").get("/engine-rest/task?processInstanceBusinessKey=" + number).body().get(0);
		var wrong = "{\"variables\":{\"pickupCode\":{\"value\":\"" + ("000000".equals(code) ? "111111" : "000000") + "\"}}}";
		assertThat(as("frontdesk1").post("/engine-rest/task/" + handOver.get("id").asText() + "/complete", wrong).status()).isEqualTo(400);
		assertThat(as("frontdesk1").post("/api/orders/" + number + "/handover", "{\"pickupCode\":\"" + (code.equals("123456") ? "654321" : "123456") + "\"}")
			.status()).isEqualTo(422);
		assertThat(as("frontdesk1").get("/api/orders/" + number).body().get("status").asText()).isEqualTo("READY_FOR_PICKUP");
		assertThat(as("frontdesk1").post("/api/orders/" + number + "/handover", "{\"pickupCode\":\"" + code + "\"}").status()).isEqualTo(200);
		var done = as("manager").get("/api/orders/" + number).body();
		assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(StreamSupport.stream(done.get("timeline").spliterator(), false).map(e -> e.get("actor").asText()))
			.contains("clerk", "baker1", "decorator1", "frontdesk1");
	}

	@Test
	void recordsAPaymentOncePerIdempotencyKeyAndAnswersARepeatAsTheFirstTime() throws Exception {
		var created = as("clerk").post("/api/orders", order(TestOrders.freshPhone())).body();
		var number = created.get("orderNumber").asText();
		long deposit = created.get("depositFen").asLong();
		var pay = JSON.createObjectNode().put("amountFen", deposit).put("method", "CASH");
		var till = as("clerk").header("Idempotency-Key", "till-7-" + number);
		// a till retrying: the first call and 4 concurrent repeats of it
		var pool = Executors.newFixedThreadPool(5);
		var start = new CountDownLatch(1);
		var answers = new ArrayList<Future<ApiClient.Response>>();
		for (int i = 0; i < 5; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return till.post("/api/orders/" + number + "/payments", pay);
			}));
		}
		start.countDown();
		var statuses = new ArrayList<Integer>();
		var paymentIds = new HashSet<String>();
		var orderStatuses = new HashSet<String>();
		for (var answer : answers) {
			var response = answer.get();
			statuses.add(response.status());
			paymentIds.add(response.body().get("paymentId").asText());
			orderStatuses.add(response.body().get("status").asText());
			assertThat(response.body().get("amountFen").asLong()).isEqualTo(deposit);
		}
		assertThat(orderStatuses).hasSize(1).doesNotContain("AWAITING_DEPOSIT");
		pool.shutdown();
		assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(paymentIds).hasSize(1);
		assertThat(jdbc.sql("select count(*) from payment p join cake_order o on o.id = p.order_id where o.number = ?").param(number)
			.query(Integer.class).single()).isEqualTo(1);
		// later, the order moved on: the repeat still gets the first answer
		assertThat(till.post("/api/orders/" + number + "/payments", pay).body().get("replayed").asBoolean()).isTrue();
		// the same key with another amount: 422 on the key, nothing recorded
		var other = till.post("/api/orders/" + number + "/payments", JSON.createObjectNode().put("amountFen", 100).put("method", "CASH"));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.body().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
		// without a key, a second payment of the balance is a new payment
		assertThat(as("clerk").post("/api/orders/" + number + "/payments", JSON.createObjectNode().put("amountFen", 100).put("method", "CARD"))
			.status()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from payment p join cake_order o on o.id = p.order_id where o.number = ?").param(number)
			.query(Integer.class).single()).isEqualTo(2);
		// a key over 100 characters: 422, not 500
		assertThat(as("clerk").header("Idempotency-Key", "k".repeat(101)).post("/api/orders/" + number + "/payments", pay).status()).isEqualTo(422);
	}

	@Test
	void patchChangesNotesAndRefusesAnInscriptionTooLong() {
		var number = as("clerk").post("/api/orders", order(TestOrders.freshPhone())).body().get("orderNumber").asText();
		assertThat(as("clerk").patch("/api/orders/" + number, "{\"notes\":\"加一套餐具\"}").status()).isEqualTo(200);
		var tooLong = as("clerk").patch("/api/orders/" + number, "{\"inscription\":\"祝亲爱的妈妈生日快乐身体健康万事如意\"}");
		assertThat(tooLong.status()).isEqualTo(422);
		var order = as("clerk").get("/api/orders/" + number).body();
		assertThat(order.get("notes").asText()).isEqualTo("加一套餐具");
		assertThat(order.at("/items/0/inscription").asText()).isEqualTo("妈妈生日快乐");
		assertThat(as("clerk").post("/api/orders/" + number + "/cancel", "{\"reason\":\"改天再订\"}").body().get("status").asText())
			.isEqualTo("CANCELLED");
		assertThat(as("clerk").patch("/api/orders/" + number, "{\"notes\":\"x\"}").status()).isEqualTo(409);
	}

	@Autowired
	com.cakeflow.inventory.Inventory inventory;

	@Test
	void patchChangesTheFlavorOrSaysWhyNot() {
		var number = as("clerk").post("/api/orders", order(TestOrders.freshPhone())).body().get("orderNumber").asText(); // awaits its deposit
		long total = as("clerk").get("/api/orders/" + number).body().get("totalFen").asLong();
		assertThat(as("clerk").patch("/api/orders/" + number, "{\"flavor\":\"mango\",\"itemLine\":1}").status()).isEqualTo(200);
		var changed = as("clerk").get("/api/orders/" + number).body();
		assertThat(changed.at("/items/0/flavor").asText()).isEqualTo("MANGO");
		assertThat(changed.get("totalFen").asLong()).isEqualTo(total + 2000);
		var unknown = as("clerk").patch("/api/orders/" + number, "{\"flavor\":\"BANANA\"}");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(errors(unknown.body()).get(0).get("field").asText()).isEqualTo("flavor");

		ObjectNode platform = order(TestOrders.freshPhone()); // a platform order is confirmed and holds its stock at once
		platform.put("channel", "MEITUAN");
		var reserved = as("clerk").post("/api/orders", platform).body().get("orderNumber").asText();
		com.cakeflow.TestStock.none(inventory, jdbc, "MATCHA_POWDER");
		var noStock = as("clerk").patch("/api/orders/" + reserved, "{\"flavor\":\"MATCHA\"}");
		assertThat(noStock.status()).isEqualTo(409);
		assertThat(noStock.contentType()).startsWith("application/problem+json");
		assertThat(errors(noStock.body()).get(0).get("field").asText()).isEqualTo("flavor");
		assertThat(errors(noStock.body()).get(0).get("message").asText()).startsWith("库存不够换这个口味").contains("MATCHA_POWDER");
		assertThat(as("clerk").get("/api/orders/" + reserved).body().at("/items/0/flavor").asText()).isEqualTo("CHOCOLATE");
	}

	private static List<JsonNode> errors(JsonNode problem) {
		var list = new ArrayList<JsonNode>();
		problem.path("errors").forEach(list::add);
		return list;
	}
}
