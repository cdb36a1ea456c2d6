package com.cakeflow.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Proofing on the screens: the customer confirms on the tracking page, the clerk reads back or switches 简/繁 on the order page. */
@CakeFlowIntegrationTest
class InscriptionProofPagesIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	JdbcClient jdbc;

	String method(String number) {
		return jdbc.sql("select inscription_proof_method from cake_order_item i join cake_order o on o.id = i.order_id where o.number = ?")
			.param(number).query(String.class).optional().orElse(null);
	}

	NewOrderRequest withInscription(String text) {
		var base = TestOrders.pickup("PHONE", 8, 7);
		return new NewOrderRequest(base.channel(), base.customer(), List.of(new NewOrderRequest.Item(8, "CHOCOLATE", text, 1, List.of())),
				base.fulfillment(), null, false, null);
	}

	@Test
	void theCustomerConfirmsTheTextOnTheTrackingPage() {
		var request = TestOrders.pickup("MEITUAN", 8, 7);
		var number = orders.place(request, null).orderNumber();
		var last4 = request.customer().phone().substring(7);
		var customer = BrowserSession.anonymous(port);
		var page = customer.get("/track/" + number + "?phone=" + last4);
		assertThat(page.selectFirst("#inscription-proof .inscription-text").text()).isEqualTo("妈妈生日快乐");

		var wrong = customer.post("/track/" + number + "/inscription", page, Map.of("phone", last4.equals("0000") ? "1111" : "0000"));
		assertThat(wrong.selectFirst("#wrong")).isNotNull();
		assertThat(method(number)).isNull();

		var confirmed = customer.post("/track/" + number + "/inscription", page, Map.of("phone", last4));
		assertThat(confirmed.selectFirst("#inscription-confirmed").text()).startsWith("谢谢");
		assertThat(confirmed.selectFirst("#inscription-proof")).as("nothing left to confirm").isNull();
		assertThat(method(number)).isEqualTo("CUSTOMER_LINK");
	}

	@Test
	void theClerkSeesTheChecksReadsBackAndSwitchesToOneScript() {
		var number = orders.place(withInscription("生曰快樂 爸爸长寿"), null).orderNumber();
		var clerk = BrowserSession.login(port, "clerk");
		var page = clerk.get("/orders/" + number);
		assertThat(page.select("#inscription-proof .proof-warnings li").eachText()).anyMatch(w -> w.startsWith("简体和繁体混用了"));
		assertThat(page.selectFirst("#inscription-proof svg text").text()).isEqualTo("生曰快樂 爸爸长寿");

		var simplified = clerk.post("/orders/" + number + "/inscription/convert?line=1&to=SIMPLIFIED", page, Map.of());
		assertThat(simplified.selectFirst("#inscription-proof .proof-text").text()).isEqualTo("生曰快乐 爸爸长寿");
		assertThat(simplified.select("#inscription-proof .proof-warnings li").eachText()).containsExactly("「生曰快乐」是不是「生日快乐」？");

		var readBack = clerk.post("/orders/" + number + "/inscription/read-back", simplified, Map.of());
		assertThat(readBack.selectFirst("#inscription-proof .proof-done").text()).startsWith("店员复述确认 · clerk");
		assertThat(method(number)).isEqualTo("READ_BACK");
	}

	@Test
	void theEntryFormRecordsAReadBackAtTheCounter() {
		var clerk = BrowserSession.login(port, "clerk");
		var page = clerk.get("/orders/new");
		var phone = TestOrders.freshPhone();
		var placed = clerk.post("/orders/new", page, Map.ofEntries(Map.entry("name", "王女士"), Map.entry("phone", phone), Map.entry("sizeInches", "8"),
				Map.entry("flavor", "CHOCOLATE"), Map.entry("quantity", "1"), Map.entry("inscription", "生日快乐"), Map.entry("inscriptionReadBack", "true"),
				Map.entry("channel", "WALK_IN"), Map.entry("fulfillment", "PICKUP"), Map.entry("dueDate", TestOrders.due(7, 15).substring(0, 10)),
				Map.entry("dueTime", "15:00"), Map.entry("idempotencyKey", "readback-" + phone)));
		var number = placed.location().substring(placed.location().lastIndexOf('/') + 1);
		assertThat(method(number)).isEqualTo("READ_BACK");
	}

	@Test
	void theReadBackCanBeRecordedOverTheApiOnceAndOnlyByCounterStaff() {
		var number = orders.place(withInscription("生日快乐"), null).orderNumber();
		assertThat(new com.cakeflow.ApiClient(port, "baker1").post("/api/orders/" + number + "/inscription-proof", Map.of()).status()).isEqualTo(403);
		var first = new com.cakeflow.ApiClient(port, "clerk").post("/api/orders/" + number + "/inscription-proof", Map.of());
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("changed").asBoolean()).isTrue();
		assertThat(new com.cakeflow.ApiClient(port, "clerk").post("/api/orders/" + number + "/inscription-proof", Map.of()).body().get("changed")
			.asBoolean()).as("a repeat changes nothing").isFalse();
		assertThat(method(number)).isEqualTo("READ_BACK");
	}
}
