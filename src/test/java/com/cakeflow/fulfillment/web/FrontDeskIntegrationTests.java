package com.cakeflow.fulfillment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.PlacedOrder;
import com.cakeflow.shared.QrCode;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front desk: ready shelf, pickup by typed code or QR photo, balance taken, optional photo, wrong codes refused. */
@CakeFlowIntegrationTest
class FrontDeskIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	TaskService tasks;
	@Autowired
	JdbcClient jdbc;

	PlacedOrder readyForPickup() {
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8, 4), null);
		com.cakeflow.TestProduction.finish(tasks, placed.orderNumber());
		return placed;
	}

	String status(String number) {
		return jdbc.sql("select status from cake_order where number = ?").param(number).query(String.class).single();
	}

	@Test
	void handsOverWithTheTypedCodeTakingTheBalanceAndAPhoto() {
		var placed = readyForPickup();
		var desk = BrowserSession.login(port, "frontdesk1");
		var page = desk.get("/frontdesk");
		assertThat(page.selectFirst("#shelf li[data-order=" + placed.orderNumber() + "]").text()).contains("张女士", "8寸 巧克力");

		var confirm = desk.post("/frontdesk/code", page, Map.of("code", placed.pickupCode()));
		assertThat(confirm.location()).contains("/frontdesk/pickup/" + placed.orderNumber());
		assertThat(confirm.selectFirst("#balance").text()).contains("¥203.00");

		var unpaid = desk.post("/frontdesk/pickup/" + placed.orderNumber(), confirm, Map.of("code", placed.pickupCode()));
		assertThat(unpaid.selectFirst("#pickup-error").text()).isEqualTo("请先收尾款 ¥203.00 并选择支付方式");
		assertThat(status(placed.orderNumber())).isEqualTo("READY_FOR_PICKUP");

		var done = desk.postFile("/frontdesk/pickup/" + placed.orderNumber(), confirm, Map.of("code", placed.pickupCode(), "method", "CASH"),
				"photo", QrCode.png("cake as handed over", 4));
		assertThat(done.selectFirst("#handed-over").text()).isEqualTo("订单 " + placed.orderNumber() + " 已交付");
		assertThat(status(placed.orderNumber())).isEqualTo("COMPLETED");
		assertThat(jdbc.sql("select count(*) from order_photo p join cake_order o on o.id = p.order_id where o.number = ? and p.kind = 'HANDOVER'")
			.param(placed.orderNumber()).query(Integer.class).single()).isEqualTo(1);
		var detail = desk.get("/orders/" + placed.orderNumber());
		assertThat(desk.getStatus(detail.selectFirst("#photos img").attr("src"))).isEqualTo(200);
	}

	@Test
	void aWrongCodeNeverHandsACakeOver() {
		var placed = readyForPickup();
		var desk = BrowserSession.login(port, "frontdesk1");
		var page = desk.get("/frontdesk");
		var wrong = placed.pickupCode().equals("000000") ? "111111" : "000000";
		var refused = desk.post("/frontdesk/code", page, Map.of("code", wrong));
		assertThat(refused.selectFirst("#desk-problem").text()).startsWith("取货码不对");
		var forged = desk.post("/frontdesk/pickup/" + placed.orderNumber(), page, Map.of("code", wrong, "method", "CASH"));
		assertThat(forged.selectFirst("#pickup-error").text()).isEqualTo("取货码不正确，蛋糕未交付");
		assertThat(desk.get("/frontdesk/pickup/" + placed.orderNumber() + "?code=" + wrong).selectFirst("#desk-problem")).isNotNull();
		assertThat(status(placed.orderNumber())).isEqualTo("READY_FOR_PICKUP");
		assertThat(jdbc.sql("select count(*) from payment p join cake_order o on o.id = p.order_id where o.number = ?").param(placed.orderNumber())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void readsThePickupQrFromAPhoto() {
		var placed = readyForPickup();
		var desk = BrowserSession.login(port, "frontdesk1");
		var page = desk.get("/frontdesk");
		var qr = QrCode.png("CAKEFLOW-PICKUP:" + placed.orderNumber() + ":" + placed.pickupCode(), 6);
		var confirm = desk.postFile("/frontdesk/scan", page, Map.of(), "image", qr);
		assertThat(confirm.location()).contains("/frontdesk/pickup/" + placed.orderNumber() + "?code=" + placed.pickupCode());
		assertThat(confirm.selectFirst("#confirm-handover")).isNotNull();
		var noQr = desk.postFile("/frontdesk/scan", page, Map.of(), "image", QrCode.png("something else", 6));
		assertThat(noQr.selectFirst("#desk-problem").text()).startsWith("照片里没认出取货二维码");
	}

	@Test
	void printsALabelWithAllergensAndWithoutThePickupCode() {
		var placed = readyForPickup();
		var label = BrowserSession.login(port, "frontdesk1").get("/orders/" + placed.orderNumber() + "/label");
		assertThat(label.selectFirst(".allergens").text()).isEqualTo("过敏原：含乳、蛋、麸质、大豆");
		assertThat(label.selectFirst(".inscription").text()).isEqualTo("写字「妈妈生日快乐」");
		assertThat(label.text()).doesNotContain(placed.pickupCode());
	}
}
