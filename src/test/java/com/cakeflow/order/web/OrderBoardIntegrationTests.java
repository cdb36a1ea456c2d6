package com.cakeflow.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order board by status with its filters, and the order page's actions at each stage (pay, change, cancel with its fee). */
@CakeFlowIntegrationTest
class OrderBoardIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheDaysOrdersInTheirStatusColumnsAndFilters() {
		var day = TestOrders.due(9, 15).substring(0, 10);
		var phone = orders.place(TestOrders.pickup("PHONE", 8, 9), null);
		var platform = orders.place(TestOrders.pickup("MEITUAN", 6, 9), null);
		var clerk = BrowserSession.login(port, "clerk");
		var board = clerk.get("/orders/board?from=" + day + "&to=" + day);
		assertThat(board.selectFirst(".board-col[data-status=AWAITING_DEPOSIT] .board-card[data-order=" + phone.orderNumber() + "]")).isNotNull();
		var baking = board.selectFirst(".board-col[data-status=BAKING] .board-card[data-order=" + platform.orderNumber() + "]");
		assertThat(baking.text()).contains("15:00", "6寸 巧克力 ×1", "写字待确认");

		assertThat(board.selectFirst("#board").attr("hx-trigger")).as("refreshed live").isEqualTo("sse:order-status");
		assertThat(board.selectFirst("#board").parent().attr("sse-connect")).isEqualTo("/api/stream");

		var meituanOnly = clerk.get("/orders/board?from=" + day + "&to=" + day + "&channel=MEITUAN");
		assertThat(meituanOnly.select(".board-card[data-order=" + phone.orderNumber() + "]")).isEmpty();
		assertThat(meituanOnly.select(".board-card[data-order=" + platform.orderNumber() + "]")).hasSize(1);
		var search = clerk.get("/orders/board?from=" + day + "&to=" + day + "&q=" + phone.orderNumber());
		assertThat(search.select(".board-card")).extracting(e -> e.attr("data-order")).containsExactly(phone.orderNumber());
		assertThat(clerk.get("/orders/board?from=" + day + "&to=" + day + "&urgent=true").select(".board-card[data-order=" + phone.orderNumber() + "]"))
			.isEmpty();
	}

	@Test
	void theOrderPageTakesAPaymentChangesNotesAndCancelsWithTheStagesFee() {
		var placed = orders.place(TestOrders.pickup("PHONE", 8, 9), null);
		var clerk = BrowserSession.login(port, "clerk");
		var page = clerk.get("/orders/" + placed.orderNumber());
		assertThat(page.selectFirst("#amount").val()).isEqualTo("203.00");

		var badAmount = clerk.post("/orders/" + placed.orderNumber() + "/pay", page, Map.of("amount", "abc", "method", "CASH"));
		assertThat(badAmount.selectFirst("#action-error").text()).isEqualTo("金额无效：abc");
		var paid = clerk.post("/orders/" + placed.orderNumber() + "/pay", page, Map.of("amount", "61", "method", "CASH"));
		assertThat(paid.selectFirst("#action-done").text()).isEqualTo("已收款");
		assertThat(paid.selectFirst("#amount").val()).isEqualTo("142.00");

		var changed = clerk.post("/orders/" + placed.orderNumber() + "/change", paid, Map.of("notes", "加一套餐具", "notesWas", "少糖",
				"dueDate", TestOrders.due(9, 15).substring(0, 10), "dueTime", "15:00", "dueWas", TestOrders.due(9, 15)));
		assertThat(changed.selectFirst("#action-done")).isNotNull();
		assertThat(jdbc.sql("select notes from cake_order where number = ?").param(placed.orderNumber()).query(String.class).single()).isEqualTo("加一套餐具");

		assertThat(changed.selectFirst("#cancel-fee").text()).startsWith("现在取消：手续费");
		var noReason = clerk.post("/orders/" + placed.orderNumber() + "/cancel", changed, Map.of("reason", " "));
		assertThat(noReason.selectFirst("#action-error").text()).isEqualTo("请填写取消原因");
		var cancelled = clerk.post("/orders/" + placed.orderNumber() + "/cancel", changed, Map.of("reason", "客人改期"));
		assertThat(cancelled.selectFirst("#action-done").text()).isEqualTo("订单已取消");
		assertThat(cancelled.selectFirst("#order-actions")).as("nothing left to do").isNull();
	}

	@Test
	void bakersDoNotSeeTheBoardOrTheActions() {
		var baker = BrowserSession.login(port, "baker1");
		assertThat(baker.getStatus("/orders/board")).isEqualTo(403);
	}
}
