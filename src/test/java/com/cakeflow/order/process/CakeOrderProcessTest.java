package com.cakeflow.order.process;

import static com.cakeflow.order.process.CakeOrderProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderProblems;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderView;
import com.cakeflow.order.PlacedOrder;
import com.cakeflow.order.TimelineType;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drives the cakeOrder BPMN through every path with camunda-bpm-assert; timers are executed explicitly. */
@CakeFlowIntegrationTest
class CakeOrderProcessTest {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@Autowired
	ProcessEngine engine;
	@Autowired
	OrderManagement orders;
	@Autowired
	OrderQueries queries;
	@Autowired
	Alerts alerts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	com.cakeflow.inventory.Inventory stockForTests;
	@Autowired
	com.cakeflow.order.InscriptionProofs proofs;

	/** Placed with the clerk reading the inscription back at the counter, so decorating need not wait for a confirmation. */
	com.cakeflow.order.PlacedOrder placeReadBack(com.cakeflow.order.NewOrderRequest request) {
		var placed = orders.place(request, null);
		proofs.confirm(placed.orderNumber(), com.cakeflow.order.InscriptionProofs.Method.READ_BACK, "clerk");
		return placed;
	}

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void pickupOrderRunsFromDepositThroughProductionToHandOver() {
		var placed = orders.place(TestOrders.pickup("PHONE", 10), null);
		var instance = instance(placed);
		assertThat(instance).isWaitingAt(TASK_AWAIT_DEPOSIT);
		assertThat(status(placed)).isEqualTo(OrderStatus.AWAITING_DEPOSIT);
		assertThat(placed.depositFen()).isEqualTo(8800); // 30% of ¥293 (288 + 5 for candles) = ¥87.90, rounded up to the yuan

		orders.pay(placed.orderNumber(), placed.depositFen(), "CASH");
		assertThat(instance).hasPassed(TASK_CONFIRM, TASK_MATCH_BAKER).isWaitingAt(TASK_BAKE);
		assertThat(task(instance)).isAssignedTo("baker1"); // 10 inch needs LARGE_SIZE, which only baker1 has
		assertThat(task(instance).getDueDate().toInstant())
			.isEqualTo(java.time.OffsetDateTime.parse(TestOrders.due(3, 15) + "+08:00").toInstant());
		assertThat(status(placed)).isEqualTo(OrderStatus.BAKING);
		assertThat(task(instance).getName()).contains("Bake");
		assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId())).containsEntry("orderNumber", placed.orderNumber())
			.containsEntry("inscriptions", "#1 「妈妈生日快乐」");

		engine.getTaskService().setAssignee(task(instance).getId(), "baker2"); // handed over in Tasklist
		assertThat(view(placed).timeline()).filteredOn(e -> e.type() == TimelineType.TASK_ASSIGNED).singleElement().satisfies(e -> {
			assertThat(e.details()).containsEntry("task", "烘焙 Bake cake").containsEntry("person", "baker2");
			assertThat(e.heading()).isEqualTo("任务指派");
			assertThat(e.detail()).as("the diagram's name in the reader's language").isEqualTo("烘焙 → baker2");
		});
		complete(task(instance));
		assertThat(instance).hasPassed(TASK_MATCH_DECORATOR).isWaitingAt(TASK_CONFIRM_INSCRIPTION); // nobody confirmed the text yet
		assertThat(status(placed)).isEqualTo(OrderStatus.BAKING);
		proofs.confirm(placed.orderNumber(), com.cakeflow.order.InscriptionProofs.Method.CUSTOMER_LINK, "customer");
		assertThat(instance).hasPassed(TASK_CONFIRM_INSCRIPTION).isWaitingAt(TASK_DECORATE);
		assertThat(task(instance)).isAssignedTo("decorator1");
		assertThat(status(placed)).isEqualTo(OrderStatus.DECORATING);
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_PACK);
		assertThat(task(instance)).isAssignedTo("frontdesk1");
		complete(task(instance));
		assertThat(instance).hasPassed(TASK_NOTIFY_READY).isWaitingAt(TASK_HAND_OVER);
		assertThat(status(placed)).isEqualTo(OrderStatus.READY_FOR_PICKUP);

		assertThatThrownBy(() -> orders.handOver(placed.orderNumber(), "000000".equals(placed.pickupCode()) ? "111111" : "000000"))
			.isInstanceOf(OrderProblems.WrongPickupCode.class);
		assertThat(instance).isWaitingAt(TASK_HAND_OVER);

		orders.handOver(placed.orderNumber(), placed.pickupCode());
		assertThat(instance).hasPassed(TASK_UPDATE_CUSTOMER).isEnded().hasPassed(END_COMPLETED);
		var order = view(placed);
		assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
		assertThat(order.timeline()).extracting(OrderView.TimelineEntry::type)
			.contains(TimelineType.ORDER_PLACED, TimelineType.PAYMENT_RECEIVED, TimelineType.ASSIGNED, TimelineType.TASK_COMPLETED,
					TimelineType.CUSTOMER_UPDATED);
		// counted by the customer module once the completion has committed
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.sql("select completed_orders from customer where phone = ?").param(order.customer().phone()).query(Integer.class).single())
			.isEqualTo(1));
		noOpenMinutes(placed);
	}

	@Test
	void platformDeliveryOrderNeedsNoDepositAndGoesToADriver() {
		var placed = placeReadBack(TestOrders.delivery("MEITUAN"));
		var instance = instance(placed);
		assertThat(placed.depositFen()).isZero();
		assertThat(instance).hasPassed(GATEWAY_DEPOSIT_REQUIRED, TASK_CONFIRM).hasNotPassed(TASK_AWAIT_DEPOSIT).isWaitingAt(TASK_BAKE);
		complete(task(instance));
		complete(task(instance));
		complete(task(instance));
		assertThat(instance).hasPassed(TASK_MATCH_DRIVER).isWaitingAt(TASK_DELIVER);
		assertThat(task(instance)).isAssignedTo("driver1");
		assertThat(status(placed)).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);
		assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId())).containsEntry("address", "静安区南京西路1266号 1801室");
		complete(task(instance), Map.of("recipientName", "Li Lei"));
		assertThat(instance).isEnded().hasPassed(END_COMPLETED);
		assertThat(status(placed)).isEqualTo(OrderStatus.COMPLETED);
	}

	@Test
	void aDeliveryStillOnTheRoadAtItsDueTimeRaisesDeliveryLate() {
		var placed = placeReadBack(TestOrders.delivery("MEITUAN"));
		var instance = instance(placed);
		complete(task(instance));
		complete(task(instance));
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_DELIVER);
		var deliveryLate = job(TIMER_DELIVERY_LATE, instance);
		assertThat(deliveryLate.getDuedate().toInstant()).isEqualTo(java.time.LocalDateTime.parse(TestOrders.due(3, 15))
			.atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
		execute(deliveryLate);
		assertThat(instance).hasPassed("Task_RaiseDeliveryLateAlert").isWaitingAt(TASK_DELIVER);
		assertThat(alerts.recent("OPEN", placed.orderNumber(), 10)).extracting(a -> a.type()).containsExactly(AlertType.DELIVERY_LATE);
		complete(task(instance), Map.of("recipientName", "Li Lei"));
		assertThat(instance).isEnded();
		noOpenAlerts(placed);
		assertThat(status(placed)).isEqualTo(OrderStatus.COMPLETED);
	}

	@Test
	void unpaidDepositRaisesAReminderThenCancelsTheOrder() {
		var placed = placeReadBack(TestOrders.pickup("PHONE", 6));
		var instance = instance(placed);
		execute(job(TIMER_DEPOSIT_REMINDER, instance));
		assertThat(instance).hasPassed(TASK_REMIND_DEPOSIT).isWaitingAt(TASK_AWAIT_DEPOSIT);
		assertThat(alerts.recent("OPEN", placed.orderNumber(), 10)).extracting(a -> a.type()).containsExactly(AlertType.UNPAID_DEPOSIT);

		execute(job(TIMER_DEPOSIT_EXPIRED, instance));
		assertThat(instance).hasPassed(TASK_CANCEL_UNPAID).isEnded().hasPassed(END_CANCELLED_UNPAID);
		var order = view(placed);
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.cancelReason()).contains("deposit not paid");
		noOpenAlerts(placed);
	}

	/** Cancel fee by stage (cancellation-fee.dmn): nothing before baking, 30% while baking, 70% decorating/packing, all once ready. */
	@ParameterizedTest
	@CsvSource({ "0, AWAITING_DEPOSIT, 0", "1, BAKING, 30", "2, DECORATING, 70", "3, PACKING, 70", "4, READY_FOR_PICKUP, 100" })
	void cancellingChargesTheFeeOfTheStageAndRefundsTheRest(int tasksDone, OrderStatus stage, int feePercent) {
		var placed = placeReadBack(TestOrders.pickup("PHONE", 8));
		var instance = instance(placed);
		long paid = 0;
		if (tasksDone > 0) {
			paid = placed.totalFen(); // paid in full up front
			orders.pay(placed.orderNumber(), paid, "CARD");
			for (int i = 1; i < tasksDone; i++) {
				complete(task(instance));
			}
		}
		assertThat(status(placed)).isEqualTo(stage);

		orders.cancel(placed.orderNumber(), "顾客改期");
		assertThat(instance).hasPassed(TASK_CANCEL_ORDER).isEnded().hasPassed(END_CANCELLED);
		var order = view(placed);
		var fee = Math.round(placed.totalFen() * feePercent / 100.0);
		assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.price().cancellationFeeFen()).isEqualTo(Math.min(fee, paid));
		assertThat(order.price().refundedFen()).isEqualTo(paid - Math.min(fee, paid));
		noOpenMinutes(placed);
		assertThatThrownBy(() -> orders.cancel(placed.orderNumber(), "again")).isInstanceOf(OrderProblems.StageForbids.class);
	}

	@Test
	void cancellingAnOrderOutForDeliveryEndsItToo() {
		var placed = placeReadBack(TestOrders.delivery("ELEME"));
		var instance = instance(placed);
		complete(task(instance));
		complete(task(instance));
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_DELIVER);
		orders.cancel(placed.orderNumber(), "地址无人");
		assertThat(instance).isEnded().hasPassed(END_CANCELLED);
		assertThat(view(placed).price().cancellationFeeFen()).isZero(); // nothing was paid to us (platform order)
	}

	@Test
	void changePushesTheNewInscriptionToOpenTasksAndIsRefusedOnceDecoratingStarted() {
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8), null);
		var instance = instance(placed);
		assertThat(instance).isWaitingAt(TASK_BAKE);
		orders.change(placed.orderNumber(), new OrderChangeRequest(TestOrders.due(4, 11), "爸爸生日快乐", null, "不要坚果", null));
		assertThat(instance).hasPassed(TASK_REVIEW_CHANGE).isWaitingAt(TASK_BAKE);
		assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId())).containsEntry("inscriptions", "#1 「爸爸生日快乐」")
			.containsEntry("notes", "不要坚果");
		assertThat(task(instance).getDueDate().toInstant())
			.isEqualTo(java.time.OffsetDateTime.parse(TestOrders.due(4, 11) + "+08:00").toInstant());
		assertThat(view(placed).items().get(0).inscription()).isEqualTo("爸爸生日快乐");

		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_CONFIRM_INSCRIPTION);
		complete(task(instance)); // the clerk read the new text back
		assertThat(instance).isWaitingAt(TASK_DECORATE);
		assertThat(view(placed).timeline()).filteredOn(e -> e.type() == TimelineType.INSCRIPTION_CONFIRMED).hasSize(1);
		assertThatThrownBy(() -> orders.change(placed.orderNumber(), new OrderChangeRequest(null, "改字", null, null, null)))
			.isInstanceOf(OrderProblems.StageForbids.class);
		assertThat(view(placed).items().get(0).inscription()).isEqualTo("爸爸生日快乐");
	}

	@Test
	void overdueTimersRaiseOneAlertPerStageWithoutStoppingTheWork() {
		var placed = orders.place(TestOrders.delivery("DOUYIN"), null);
		proofs.confirm(placed.orderNumber(), com.cakeflow.order.InscriptionProofs.Method.READ_BACK, "clerk");
		var instance = instance(placed);
		execute(job(TIMER_BAKE_OVERDUE, instance));
		assertThat(instance).hasPassed("Task_RaiseBakeOverdueAlert", "EndEvent_BakeOverdueAlerted").isWaitingAt(TASK_BAKE);
		complete(task(instance));
		execute(job(TIMER_DECORATE_OVERDUE, instance));
		assertThat(instance).hasPassed("Task_RaiseDecorateOverdueAlert", "EndEvent_DecorateOverdueAlerted").isWaitingAt(TASK_DECORATE);
		complete(task(instance));
		execute(job(TIMER_PACK_OVERDUE, instance));
		assertThat(instance).hasPassed("Task_RaisePackOverdueAlert", "EndEvent_PackOverdueAlerted").isWaitingAt(TASK_PACK);
		complete(task(instance));
		execute(job(TIMER_DELIVER_OVERDUE, instance));
		assertThat(instance).hasPassed("Task_RaiseDeliverOverdueAlert", "EndEvent_DeliverOverdueAlerted").isWaitingAt(TASK_DELIVER);
		var raised = alerts.recent(null, placed.orderNumber(), 10);
		assertThat(raised).extracting(a -> a.stage()).containsExactlyInAnyOrder("BAKE", "DECORATE", "PACK", "DELIVER");
		assertThat(raised).allMatch(a -> a.type() == AlertType.OVERDUE_STAGE);
		assertThat(view(placed).timeline()).extracting(OrderView.TimelineEntry::type).contains(TimelineType.ALERT_RAISED);
	}

	@Test
	void uncollectedPickupRaisesANoShowAlertAndCanStillBeHandedOver() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 6));
		var instance = instance(placed);
		complete(task(instance));
		complete(task(instance));
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_HAND_OVER);
		assertThat(job(TIMER_NO_SHOW, instance).getDuedate().toInstant())
			.isEqualTo(java.time.OffsetDateTime.parse(TestOrders.due(3, 15) + "+08:00").toInstant().plus(java.time.Duration.ofHours(2)));
		orders.change(placed.orderNumber(), new OrderChangeRequest(TestOrders.due(4, 18), null, null, null, null)); // "I'll come tomorrow"
		var noShow = job(TIMER_NO_SHOW, instance);
		assertThat(noShow.getDuedate().toInstant())
			.isEqualTo(java.time.OffsetDateTime.parse(TestOrders.due(4, 18) + "+08:00").toInstant().plus(java.time.Duration.ofHours(2)));
		execute(noShow);
		assertThat(instance).hasPassed("Task_RaiseNoShowAlert", "EndEvent_NoShowAlerted").isWaitingAt(TASK_HAND_OVER);
		assertThat(alerts.recent("OPEN", placed.orderNumber(), 10)).extracting(a -> a.type()).containsExactly(AlertType.NO_SHOW);
		complete(task(instance), Map.of(VAR_PICKUP_CODE, placed.pickupCode()));
		assertThat(instance).isEnded();
		noOpenAlerts(placed);
	}

	@Test
	void aStageIsOverdueWhenItMissesItsLatestFinishNotWhileItsCakeCanStillWait() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 8)); // due in three days at 15:00
		var instance = instance(placed);
		var due = java.time.OffsetDateTime.parse(TestOrders.due(3, 15) + "+08:00").toInstant();
		var bakeOverdue = job(TIMER_BAKE_OVERDUE, instance).getDuedate().toInstant();
		assertThat(bakeOverdue).as("not 90 minutes after the order came in, but when baking must be done")
			.isAfter(clock.instant().plus(java.time.Duration.ofDays(2))).isBefore(due);
		orders.change(placed.orderNumber(), new OrderChangeRequest(TestOrders.due(4, 18), null, null, null, null));
		assertThat(job(TIMER_BAKE_OVERDUE, instance).getDuedate().toInstant()).as("moves with the due time")
			.isEqualTo(bakeOverdue.plus(java.time.Duration.ofHours(27)));
	}

	@Test
	void aLateCakeWhoseNoShowAlertAlreadyFiredCanBeHandedOverAtTheCounter() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 6));
		var instance = instance(placed);
		execute(job(TIMER_BAKE_OVERDUE, instance));
		complete(task(instance));
		execute(job(TIMER_DECORATE_OVERDUE, instance));
		complete(task(instance));
		complete(task(instance));
		execute(job(TIMER_NO_SHOW, instance));
		assertThat(orders.handOver(placed.orderNumber(), placed.pickupCode())).isEqualTo(OrderStatus.COMPLETED);
		assertThat(instance).isEnded();
	}

	/**
	 * A payment whose correlation found no waiting instance (it arrived before the instance reached its wait state) is
	 * not lost: the deposit gateway reads the paid amount from the order row. Simulated by recording the payment without
	 * correlating, then moving the token back before the gateway.
	 */
	@Test
	void depositPaidBeforeTheInstanceWaitsIsSeenByTheGateway() {
		var placed = placeReadBack(TestOrders.pickup("PHONE", 6));
		var instance = instance(placed);
		assertThat(instance).isWaitingAt(TASK_AWAIT_DEPOSIT);
		jdbc.sql("update cake_order set paid_fen = deposit_fen where number = ?").param(placed.orderNumber()).update();
		engine.getRuntimeService().createProcessInstanceModification(instance.getId())
			.cancelAllForActivity(TASK_AWAIT_DEPOSIT).startBeforeActivity(GATEWAY_DEPOSIT_REQUIRED).execute();
		assertThat(instance).isWaitingAt(TASK_BAKE);
		assertThat(status(placed)).isEqualTo(OrderStatus.BAKING);
	}

	@Test
	void anOrderWhoseInstanceWasDeletedInCockpitCanStillBeCancelled() {
		var placed = placeReadBack(TestOrders.pickup("PHONE", 6));
		engine.getRuntimeService().deleteProcessInstance(instance(placed).getId(), "removed by a manager in Cockpit");
		orders.cancel(placed.orderNumber(), "顾客不要了");
		assertThat(view(placed).status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void aStockShortageGoesToTheManagerWhoRetriesOnceRestocked() {
		com.cakeflow.TestStock.none(stockForTests, jdbc, "TARO_PASTE");
		var placed = placeReadBack(taro());
		var instance = instance(placed);
		assertThat(instance).hasPassed(TASK_RESERVE_STOCK).isWaitingAt(TASK_RESOLVE_SHORTAGE);
		assertThat(task(instance)).hasCandidateGroup("manager");
		assertThat((String) engine.getTaskService().getVariableLocal(task(instance).getId(), "shortage")).contains("TARO_PASTE").contains("short by 300 g");
		assertThat(alerts.recent("OPEN", placed.orderNumber(), 10)).extracting(a -> a.type()).containsExactly(AlertType.STOCK_SHORTAGE);

		complete(task(instance), Map.of(VAR_SHORTAGE_DECISION, "RETRY")); // still none: back to the manager
		assertThat(instance).isWaitingAt(TASK_RESOLVE_SHORTAGE);
		stockForTests.adjust(com.cakeflow.TestStock.demoStore(jdbc), new com.cakeflow.inventory.Inventory.Adjustment("TARO_PASTE", 1000, "bought", null, null), "manager");
		complete(task(instance), Map.of(VAR_SHORTAGE_DECISION, "RETRY"));
		assertThat(instance).isWaitingAt(TASK_BAKE);
		noOpenAlerts(placed);
		assertThat(heldStock(placed, "TARO_PASTE")).isEqualTo(300);
		complete(task(instance));
		assertThat(heldStock(placed, "TARO_PASTE")).isZero(); // baked: consumed
		assertThat(view(placed).timeline()).extracting(OrderView.TimelineEntry::type).contains(TimelineType.STOCK_RESERVED, TimelineType.STOCK_CONSUMED);
	}

	@Test
	void aManagerCancelsAnOrderThatCannotBeMade() {
		com.cakeflow.TestStock.none(stockForTests, jdbc, "TARO_PASTE");
		var placed = placeReadBack(taro());
		var instance = instance(placed);
		complete(task(instance), Map.of(VAR_SHORTAGE_DECISION, "CANCEL"));
		assertThat(instance).hasPassed(TASK_CANCEL_SHORT).isEnded().hasPassed(END_CANCELLED_SHORT);
		assertThat(view(placed).status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(view(placed).price().cancellationFeeFen()).isZero();
	}

	@Test
	void aManagerSubstitutesAFlavorTheCustomerAgreedTo() {
		com.cakeflow.TestStock.none(stockForTests, jdbc, "TARO_PASTE");
		var placed = placeReadBack(taro());
		var instance = instance(placed);
		assertThat(instance).isWaitingAt(TASK_RESOLVE_SHORTAGE);
		var options = (String) engine.getTaskService().getVariableLocal(task(instance).getId(), "substituteOptions");
		assertThat(options).contains("CHOCOLATE 巧克力").doesNotContain("TARO");
		long taroTotal = view(placed).price().totalFen();

		complete(task(instance), Map.of(VAR_SHORTAGE_DECISION, "SUBSTITUTE", VAR_SUBSTITUTE_FLAVOR, "巧克力"));
		assertThat(instance).hasPassed(TASK_SUBSTITUTE_FLAVOR, TASK_RESERVE_STOCK).isWaitingAt(TASK_BAKE);
		assertThat(view(placed).items().get(0).flavor()).isEqualTo("CHOCOLATE");
		assertThat(view(placed).price().totalFen()).isEqualTo(taroTotal - 2000); // taro's ¥20 surcharge is gone
		assertThat(heldStock(placed, "DARK_CHOCOLATE")).isEqualTo(150);
		assertThat(heldStock(placed, "TARO_PASTE")).isZero();
		assertThat(view(placed).timeline()).filteredOn(e -> e.type() == TimelineType.ORDER_CHANGED).singleElement().satisfies(e -> {
			assertThat(e.details().get("changes")).asList().contains(java.util.Map.of("what", "flavor", "line", 1, "from", "TARO", "to", "CHOCOLATE"));
			assertThat(e.detail()).contains("第 1 个蛋糕 芋泥 → 巧克力", "总价 ¥");
		});
		noOpenAlerts(placed);
	}

	@Test
	void anUnknownSubstituteFlavorIsRefusedByTheForm() {
		com.cakeflow.TestStock.none(stockForTests, jdbc, "TARO_PASTE");
		var placed = placeReadBack(taro());
		var instance = instance(placed);
		var taskId = task(instance).getId();
		assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(VAR_SHORTAGE_DECISION, "SUBSTITUTE", VAR_SUBSTITUTE_FLAVOR, "榴莲千层")))
			.hasMessageContaining("unknown flavor");
		assertThat(instance).isWaitingAt(TASK_RESOLVE_SHORTAGE);
		assertThat(view(placed).items().get(0).flavor()).isEqualTo("TARO");
	}

	@Test
	void aSubstituteWhoseLeadTimeNoLongerFitsComesBackToTheManager() {
		com.cakeflow.TestStock.none(stockForTests, jdbc, "TARO_PASTE");
		var placed = placeReadBack(taro());
		var instance = instance(placed);
		// the customer wants it in eight hours: taro (5 h) would have fitted, durian needs 24 h
		jdbc.sql("update cake_order set due_at = ? where number = ?")
			.params(java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofHours(8))), placed.orderNumber()).update();
		complete(task(instance), Map.of(VAR_SHORTAGE_DECISION, "SUBSTITUTE", VAR_SUBSTITUTE_FLAVOR, "DURIAN"));
		assertThat(instance).hasPassed(TASK_SUBSTITUTE_FLAVOR).isWaitingAt(TASK_RESOLVE_SHORTAGE);
		assertThat((String) engine.getTaskService().getVariableLocal(task(instance).getId(), "shortage")).contains("Substitution refused")
			.contains("1470 分钟"); // durian 24 h + the 8-inch size's 30 min
		assertThat(view(placed).items().get(0).flavor()).isEqualTo("TARO");
		assertThat(view(placed).timeline()).extracting(OrderView.TimelineEntry::type).contains(TimelineType.SUBSTITUTE_REFUSED);
	}

	@Test
	void changingTheFlavorReservesOnlyTheDifference() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 8)); // chocolate, reserved at confirmation
		var instance = instance(placed);
		assertThat(instance).isWaitingAt(TASK_BAKE);
		long chocolateTotal = view(placed).price().totalFen();
		orders.change(placed.orderNumber(), new OrderChangeRequest(null, null, 1, null, "MANGO"));
		assertThat(view(placed).items().get(0).flavor()).isEqualTo("MANGO");
		assertThat(view(placed).price().totalFen()).isEqualTo(chocolateTotal + 2000);
		assertThat(heldStock(placed, "DARK_CHOCOLATE")).isZero();
		assertThat(heldStock(placed, "MANGO_PUREE")).isEqualTo(250);
		assertThat(heldStock(placed, "CREAM")).isEqualTo(400);
		// cream is in both recipes: only the difference moved, so cream was reserved once and never released
		assertThat(jdbc.sql("select count(*) from stock_movement m join cake_order o on o.id = m.order_id where o.number = ? and m.item_code = 'CREAM'")
			.param(placed.orderNumber()).query(Long.class).single()).isEqualTo(1);
		assertThat(view(placed).timeline()).extracting(OrderView.TimelineEntry::type).contains(TimelineType.STOCK_REBOOKED);
		assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId())).extractingByKey("cakes").asString().contains("芒果");
	}

	@Test
	void aFlavorChangeTheStockCannotCoverIsRefusedAndChangesNothing() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 8));
		com.cakeflow.TestStock.none(stockForTests, jdbc, "MATCHA_POWDER");
		long total = view(placed).price().totalFen();
		assertThatThrownBy(() -> orders.change(placed.orderNumber(), new OrderChangeRequest(null, null, 1, null, "MATCHA")))
			.isInstanceOf(OrderProblems.NotEnoughStock.class).hasMessageContaining("MATCHA_POWDER");
		assertThat(view(placed).items().get(0).flavor()).isEqualTo("CHOCOLATE");
		assertThat(view(placed).price().totalFen()).isEqualTo(total);
		assertThat(heldStock(placed, "DARK_CHOCOLATE")).isEqualTo(150);
		assertThat(heldStock(placed, "MATCHA_POWDER")).isZero();
	}

	@Test
	void theFlavorCannotChangeOnceBakingIsDone() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 8));
		var instance = instance(placed);
		complete(task(instance));
		assertThatThrownBy(() -> orders.change(placed.orderNumber(), new OrderChangeRequest(null, null, 1, null, "MANGO")))
			.isInstanceOf(OrderProblems.StageForbids.class);
		assertThat(view(placed).items().get(0).flavor()).isEqualTo("CHOCOLATE");
	}

	@Test
	void aFinishedStationFreesTheKitchenMinutesItHadBooked() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 8));
		var instance = instance(placed);
		assertThat(bookedStations(placed)).containsExactlyInAnyOrder("BAKE", "DECORATE", "PACK");
		assertThat(view(placed).timeline()).extracting(OrderView.TimelineEntry::type).contains(TimelineType.CAPACITY_BOOKED);
		complete(task(instance)); // baked
		assertThat(bookedStations(placed)).containsExactlyInAnyOrder("DECORATE", "PACK");
		complete(task(instance)); // decorated
		assertThat(bookedStations(placed)).containsExactly("PACK");
		orders.cancel(placed.orderNumber(), "不要了");
		assertThat(bookedStations(placed)).isEmpty();
	}

	private java.util.List<String> bookedStations(PlacedOrder placed) {
		return jdbc.sql("select distinct b.station from capacity_booking b join cake_order o on o.id = b.order_id where o.number = ?")
			.param(placed.orderNumber()).query(String.class).list();
	}

	@Test
	void cancellingReleasesTheReservedStock() {
		var placed = placeReadBack(TestOrders.pickup("MEITUAN", 8));
		assertThat(heldStock(placed, "DARK_CHOCOLATE")).isEqualTo(150);
		orders.cancel(placed.orderNumber(), "不要了");
		assertThat(heldStock(placed, "DARK_CHOCOLATE")).isZero();
		assertThat(view(placed).timeline()).extracting(OrderView.TimelineEntry::type).contains(TimelineType.STOCK_RELEASED);
	}

	private static com.cakeflow.order.NewOrderRequest taro() {
		var base = TestOrders.pickup("MEITUAN", 8);
		return new com.cakeflow.order.NewOrderRequest(base.channel(), base.customer(),
				java.util.List.of(new com.cakeflow.order.NewOrderRequest.Item(8, "TARO", "生日快乐", 1, java.util.List.of())),
				base.fulfillment(), null, false, null);
	}

	/** What an order still holds reserved of an item (reserved − released − consumed). */
	private long heldStock(PlacedOrder placed, String item) {
		return jdbc.sql("select coalesce(sum(case m.type when 'RESERVE' then m.quantity else -m.quantity end), 0) from stock_movement m "
				+ "join cake_order o on o.id = m.order_id where o.number = ? and m.item_code = ? and m.type in ('RESERVE', 'RELEASE', 'CONSUME')")
			.params(placed.orderNumber(), item).query(Long.class).single();
	}

	private ProcessInstance instance(PlacedOrder placed) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(placed.orderNumber()).singleResult();
	}

	private OrderView view(PlacedOrder placed) {
		return queries.find(placed.orderNumber(), Locale.SIMPLIFIED_CHINESE);
	}

	private OrderStatus status(PlacedOrder placed) {
		return view(placed).status();
	}

	/** A finished order's alerts are resolved, and a cancelled one's people freed, just after its commit (module listeners). */
	private void noOpenAlerts(PlacedOrder placed) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(alerts.recent("OPEN", placed.orderNumber(), 10)).isEmpty());
	}

	private void noOpenMinutes(PlacedOrder placed) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(openMinutes(placed)).isZero());
	}

	private int openMinutes(PlacedOrder placed) {
		return jdbc.sql("select coalesce(sum(a.minutes), 0) from staff_assignment a join cake_order o on o.id = a.order_id "
				+ "where o.number = ? and a.released_at is null").param(placed.orderNumber()).query(Integer.class).single();
	}
}
