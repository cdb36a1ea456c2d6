package com.cakeflow.desk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clerk's quick entry page: free text read into the form, live price and capacity, placing, errors on fields. */
@CakeFlowIntegrationTest
class OrderEntryPagesIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	@Test
	void readsTheTextIntoTheFormAndPlacesTheOrderOnce() {
		var clerk = BrowserSession.login(port, "clerk");
		var page = clerk.get("/orders/new");
		var phone = TestOrders.freshPhone();
		var key = page.selectFirst("input[name=idempotencyKey]").val();
		var form = clerk.post("/orders/new/read", page, Map.of("text", "巧克立8村 后天下午3点 自提 张女士 " + phone + " 写\"妈妈生日快乐\"",
				"idempotencyKey", key, "channel", "PHONE"));
		assertThat(form.selectFirst("#phone").val()).isEqualTo(phone);
		assertThat(form.selectFirst("#name").val()).isEqualTo("张女士");
		assertThat(form.selectFirst("#sizeInches option[selected]").val()).isEqualTo("8");
		assertThat(form.selectFirst("#flavor option[selected]").val()).isEqualTo("CHOCOLATE");
		assertThat(form.selectFirst("#inscription").val()).isEqualTo("妈妈生日快乐");
		assertThat(form.selectFirst("#dueTime").val()).isEqualTo("15:00");
		assertThat(form.selectFirst("#fulfillment-pickup").hasAttr("checked")).isTrue();
		assertThat(form.selectFirst("#channel option[selected]").val()).isEqualTo("PHONE");
		assertThat(form.select("#draft-notes .correction").eachText()).containsExactly("尺寸: 「8村」→ 8", "口味: 「巧克立」→ 巧克力");
		// what was corrected is marked for the clerk to confirm; what was written is not
		assertThat(form.select("#order-form [data-guessed]").eachAttr("id")).containsExactlyInAnyOrder("sizeInches", "flavor");
		assertThat(form.selectFirst("#guess-note")).isNotNull();
		var guessed = clerk.post("/orders/new/read", page, Map.of("text", "6寸芒果 3点 王女士 " + phone, "idempotencyKey", key, "channel", "PHONE"));
		assertThat(guessed.select("#order-form [data-guessed]").eachAttr("id")).containsExactlyInAnyOrder("dueDate", "dueTime", "fulfillment-group");

		var fields = fieldsOf(form);
		var placed = clerk.post("/orders/new", page, fields);
		assertThat(placed.location()).matches(".*/orders/CF-\\d{8}-\\d{4}");
		assertThat(placed.selectFirst("#order-placed").text()).contains("¥198.00").containsPattern("取货码 \\d{6}");
		var again = clerk.post("/orders/new", page, fields);
		assertThat(again.location()).isEqualTo(placed.location());
		assertThat(jdbc.sql("select count(*) from cake_order o join customer c on c.id = o.customer_id where c.phone = ?").param(phone)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void showsThePriceDepositAndWhetherTheKitchenCanMakeIt() {
		var clerk = BrowserSession.login(port, "clerk");
		var page = clerk.get("/orders/new");
		var quote = clerk.post("/orders/new/quote", page, Map.of("sizeInches", "8", "flavor", "STRAWBERRY", "quantity", "2", "addOns", "CANDLES",
				"channel", "WALK_IN"));
		assertThat(quote.selectFirst("#quote-total").text()).isEqualTo("¥446.00");
		assertThat(quote.select(".due-suggestion")).isNotEmpty();
		var suggested = quote.selectFirst(".due-suggestion").attr("data-due");
		var fits = clerk.post("/orders/new/quote", page, Map.of("sizeInches", "8", "flavor", "STRAWBERRY", "quantity", "2",
				"dueDate", suggested.substring(0, 10), "dueTime", suggested.substring(11, 16)));
		assertThat(fits.selectFirst("#capacity-ok")).isNotNull();
	}

	@Test
	void showsEachMistakeOnItsFieldAndKeepsWhatWasTyped() {
		var clerk = BrowserSession.login(port, "clerk");
		var page = clerk.get("/orders/new");
		var result = clerk.post("/orders/new", page, Map.of("name", "王女士", "phone", "12345", "sizeInches", "8", "flavor", "CHOCOLATE",
				"quantity", "1", "fulfillment", "DELIVERY", "dueDate", "2020-01-01", "dueTime", "10:00", "idempotencyKey", "k-" + TestOrders.freshPhone()));
		assertThat(result.selectFirst("#phone").hasClass("is-invalid")).isTrue();
		assertThat(result.selectFirst("#phone + .invalid-feedback").text()).contains("手机号无效");
		assertThat(result.selectFirst("#address + .invalid-feedback").text()).isEqualTo("配送订单需要填写地址");
		assertThat(result.selectFirst("#dueAt-error").text()).isEqualTo("交付时间已经过去");
		assertThat(result.selectFirst("#name").val()).isEqualTo("王女士");
	}

	@Test
	void showsTheCustomersHistoryForAKnownPhone() {
		var clerk = BrowserSession.login(port, "clerk");
		var unknown = clerk.get("/orders/new/customer?phone=" + TestOrders.freshPhone());
		assertThat(unknown.text()).contains("新顾客");
		var known = TestOrders.freshPhone();
		var order = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().valueToTree(TestOrders.pickup("PHONE", 8));
		((com.fasterxml.jackson.databind.node.ObjectNode) order.get("customer")).put("phone", known);
		assertThat(new com.cakeflow.ApiClient(port, "clerk").post("/api/orders", order).status()).isEqualTo(201);
		assertThat(new com.cakeflow.ApiClient(port, "clerk").post("/api/orders", order).status()).isEqualTo(201);
		var card = clerk.get("/orders/new/customer?phone=" + known);
		assertThat(card.selectFirst("#customer-usual").text()).isEqualTo("常订：8寸 巧克力 ×1（2 次）");
		assertThat(card.selectFirst("#customer-known").attr("data-name")).isEqualTo(TestOrders.pickup("PHONE", 8).customer().name());
		assertThat(card.select("#customer-known li").eachText()).hasSize(2).allMatch(line -> line.contains("8寸 巧克力 ×1"));
	}

	@Test
	void isForStaffWhoTakeOrders() {
		assertThat(BrowserSession.login(port, "baker1").getStatus("/orders/new")).isEqualTo(403);
	}

	private static Map<String, String> fieldsOf(Document form) {
		var fields = new HashMap<String, String>();
		for (var input : form.select("#order-form input[name], #order-form select[name]")) {
			var type = input.attr("type");
			if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
				continue;
			}
			var value = input.tagName().equals("select") ? (input.selectFirst("option[selected]") == null ? "" : input.selectFirst("option[selected]").val())
					: input.val();
			fields.put(input.attr("name"), value);
		}
		fields.remove("_csrf");
		return fields;
	}
}
