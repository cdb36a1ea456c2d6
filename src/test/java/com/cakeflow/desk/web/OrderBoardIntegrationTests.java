package com.cakeflow.desk.web;

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
	@Autowired
	com.cakeflow.order.OrderBoard board;

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

	/**
	 * Each column shows its earliest cards up to its bound (a lower one for finished orders) and counts the rest, which
	 * are one link away in the order list: a past day of a busy store (all completed) does not push the other columns
	 * off the board. Day 36 is this test's own.
	 */
	@Test
	void eachColumnShowsItsEarliestCardsUpToItsBoundAndCountsTheRest() {
		var day = java.time.LocalDate.parse(TestOrders.due(36, 10).substring(0, 10));
		var waiting = new java.util.ArrayList<String>();
		for (int hour : new int[] { 12, 10, 11 }) {
			waiting.add(orders.place(english(36, hour), null).orderNumber());
		}
		var cancelled = new java.util.ArrayList<String>();
		for (int hour : new int[] { 15, 14 }) {
			var number = orders.place(english(36, hour), null).orderNumber();
			orders.cancel(number, "test: the customer called it off");
			cancelled.add(number);
		}
		var baking = orders.place(TestOrders.pickup("MEITUAN", 6, 36), null).orderNumber();
		var filter = new com.cakeflow.order.OrderBoard.Filter(day, day, null, null, null, null, null);
		var columns = board.columns(filter, java.util.Locale.SIMPLIFIED_CHINESE, 2, 1);
		assertThat(columns.byStatus().get(com.cakeflow.order.OrderStatus.AWAITING_DEPOSIT)).extracting(c -> c.orderNumber())
			.as("the two due first, 10:00 and 11:00").containsExactly(waiting.get(1), waiting.get(2));
		assertThat(columns.counts().get(com.cakeflow.order.OrderStatus.AWAITING_DEPOSIT)).isEqualTo(3);
		assertThat(columns.byStatus().get(com.cakeflow.order.OrderStatus.CANCELLED)).extracting(c -> c.orderNumber())
			.as("a finished column has the lower bound: the one due first, 14:00").containsExactly(cancelled.get(1));
		assertThat(columns.counts().get(com.cakeflow.order.OrderStatus.CANCELLED)).isEqualTo(2);
		assertThat(columns.byStatus().get(com.cakeflow.order.OrderStatus.BAKING)).extracting(c -> c.orderNumber()).containsExactly(baking);
		assertThat(columns.counts().get(com.cakeflow.order.OrderStatus.COMPLETED)).isZero();
		assertThat(columns.total()).isEqualTo(6);
		assertThat(columns.truncated()).isTrue();
		assertThat(board.columns(filter, java.util.Locale.SIMPLIFIED_CHINESE, 3, 2).truncated()).isFalse();

		var clerk = BrowserSession.login(port, "clerk");
		var page = clerk.get("/orders/board?from=" + day + "&to=" + day);
		var column = page.selectFirst(".board-col[data-status=AWAITING_DEPOSIT]");
		assertThat(column.selectFirst("h2 .text-muted").text()).isEqualTo("3");
		assertThat(column.select(".board-card")).hasSize(3);
		assertThat(column.select(".board-more")).isEmpty();
		var card = column.selectFirst(".board-card[data-order=" + waiting.get(1) + "]");
		assertThat(card.text()).as("time, name and the phone's last four").contains("10:00", "张女士 · ");
		assertThat(card.text()).containsPattern("张女士 · \\d{4}");
		assertThat(page.text()).contains("共 6 单");

		// the order list behind a column's "more" link: the store's orders of that status due on those days
		var list = clerk.get("/orders?status=CANCELLED&store=SH01&from=" + day + "&to=" + day);
		assertThat(list.select("#order-table tbody tr td:first-child a")).extracting(a -> a.text())
			.containsExactlyInAnyOrderElementsOf(cancelled);
		assertThat(list.selectFirst("#due-days").text()).contains(day.toString());
		assertThat(clerk.get("/orders?status=CANCELLED&from=" + day.plusDays(1) + "&to=" + day.plusDays(1)).select("#order-table tbody tr td:first-child a"))
			.extracting(a -> a.text()).doesNotContainAnyElementsOf(cancelled);
		assertThat(clerk.getStatus("/orders?from=not-a-day&to=2026-02-30")).as("a date that is no date lists every day").isEqualTo(200);
	}

	private static com.cakeflow.order.NewOrderRequest english(int days, int hour) {
		var template = TestOrders.pickup("PHONE", 8, days);
		return new com.cakeflow.order.NewOrderRequest("PHONE", template.customer(),
				java.util.List.of(new com.cakeflow.order.NewOrderRequest.Item(8, "CHOCOLATE", "Happy Birthday", 1, java.util.List.of())),
				new com.cakeflow.order.NewOrderRequest.Fulfillment("PICKUP", TestOrders.due(days, hour), null), null, false, null);
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
