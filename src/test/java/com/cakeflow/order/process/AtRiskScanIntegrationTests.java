package com.cakeflow.order.process;

import static com.cakeflow.order.process.CakeOrderProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.alerting.AlertStatus;
import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.alerting.NotificationKind;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.kitchen.Station;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderView;
import com.cakeflow.order.PlacedOrder;
import com.cakeflow.sla.SlaSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The at-risk scan, in a store of its own whose kitchen is certain: one baker 08:00–10:30, one decorator and one
 * front-desk person 08:00–18:00, nobody before {@code day} (three days ahead). The store checks from a week before the
 * due time, so the order is a candidate from the start.
 */
@CakeFlowIntegrationTest
class AtRiskScanIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	private static final AtomicLong STORES = new AtomicLong(System.nanoTime() % 1_000_000);
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine engine;
	@Autowired
	OrderManagement orders;
	@Autowired
	OrderQueries queries;
	@Autowired
	Alerts alerts;
	@Autowired
	Notifications notifications;
	@Autowired
	Capacity capacity;
	@Autowired
	SlaSettings sla;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	com.cakeflow.inventory.Inventory inventory;
	@Autowired
	AtRiskScan scan;

	String store;
	long storeId;
	LocalDate day;

	@BeforeEach
	void storeWithOneBakerInTheMorning() {
		BpmnAwareTests.init(engine);
		store = "R" + STORES.incrementAndGet() % 10_000_000;
		storeId = com.cakeflow.TestStores.create(jdbc, store, "预警测试店");
		com.cakeflow.TestStock.plenty(inventory, storeId);
		person("BAKER", "08:00", "10:30");
		person("DECORATOR", "08:00", "18:00");
		person("FRONTDESK", "08:00", "18:00");
		day = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(3);
		for (var station : Station.values()) {
			capacity.adjust(storeId, station, clock.instant().minusSeconds(3600), day.atStartOfDay(SHANGHAI).toInstant(), -5, "closed until then", "test");
		}
		sla.update(storeId, new SlaSettings.SlaRequest("PT2H", "PT24H", "PT2H", Map.of("BAKE", "PT90M", "DECORATE", "PT60M", "PACK", "PT20M",
				"DELIVER", "PT90M"), "PT10M", "PT168H", "PT168H"), "test");
	}

	@Test
	void aBakerOffSickMakesTheScanRaiseAtRiskDaysBeforeTheDueTimeAndTellTheCustomerTheNewTime() {
		var placed = orders.place(order(day + "T15:00:00"), null);
		var due = day.atTime(15, 0).atZone(SHANGHAI).toInstant();
		assertThat(scan.scan(storeId)).as("the order is within the store's week of lookahead").isEqualTo(1);
		assertThat(atRisk(placed)).as("the morning's baker has the 50 minutes: on time").isEmpty();

		// the only baker calls in sick for that morning: baking waits for the next morning's shift
		capacity.adjust(storeId, Station.BAKE, day.atTime(8, 0).atZone(SHANGHAI).toInstant(), day.atTime(10, 30).atZone(SHANGHAI).toInstant(), -1,
				"baker off sick", "manager1");
		scan.scan(storeId);
		var raised = atRisk(placed);
		assertThat(raised).hasSize(1);
		var alert = raised.get(0);
		assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
		assertThat(alert.raisedAt()).as("raised while there is time to act").isBefore(due.minus(Duration.ofDays(2)));
		// next morning: baking 08:00-08:50, decorating 08:50-09:25, packing 09:25-09:35 → told 09:40
		assertThat(alert.detail()).contains("predicted ready " + day.plusDays(1).toString().substring(5) + " 09:35", "promised " + day.toString().substring(5) + " 15:00",
				"BAKE 0+50 min");
		var late = runningLateMails(placed);
		assertThat(late).hasSize(1);
		var nextDay = day.plusDays(1);
		assertThat(notifications.body(late.get(0).id()).orElseThrow()).contains(nextDay.getMonthValue() + "月" + nextDay.getDayOfMonth() + "日 09:40");

		scan.scan(storeId);
		assertThat(atRisk(placed)).as("one alert per cause, however often the scan runs").hasSize(1);
		assertThat(runningLateMails(placed)).as("the customer is told once").hasSize(1);
		assertThat(queries.find(placed.orderNumber(), Locale.SIMPLIFIED_CHINESE).timeline()).filteredOn(e -> e.type() == com.cakeflow.order.TimelineType.ALERT_RAISED)
			.singleElement().satisfies(e -> {
				assertThat(e.details()).containsEntry("alert", "AT_RISK");
				assertThat(e.detail()).startsWith("可能延误");
			});

		// the manager finds somebody for the afternoon: the forecast is on time again and the alert resolves itself
		capacity.adjust(storeId, Station.BAKE, day.atTime(11, 0).atZone(SHANGHAI).toInstant(), day.atTime(13, 0).atZone(SHANGHAI).toInstant(), 1,
				"stand-in baker", "manager1");
		scan.scan(storeId);
		assertThat(alerts.get(alert.id()).status()).isEqualTo(AlertStatus.RESOLVED);
		assertThat(alerts.get(alert.id()).resolvedBy()).isEqualTo(CurrentActor.SYSTEM);
	}

	@Test
	void theScanWaitsForTheStoresLeadTimeAndResolvesTheAlertOfACakeThatLeftTheKitchen() {
		var placed = orders.place(order(day + "T15:00:00"), null);
		capacity.adjust(storeId, Station.BAKE, day.atTime(8, 0).atZone(SHANGHAI).toInstant(), day.atTime(10, 30).atZone(SHANGHAI).toInstant(), -1,
				"baker off sick", "manager1");
		sla.update(storeId, new SlaSettings.SlaRequest("PT2H", "PT24H", "PT2H", Map.of("BAKE", "PT90M", "DECORATE", "PT60M", "PACK", "PT20M",
				"DELIVER", "PT90M"), "PT15M", "PT6H", "PT2H"), "test");
		assertThat(scan.scan(storeId)).as("three days ahead is beyond six hours of lookahead").isZero();
		assertThat(atRisk(placed)).isEmpty();

		sla.update(storeId, new SlaSettings.SlaRequest("PT2H", "PT24H", "PT2H", Map.of("BAKE", "PT90M", "DECORATE", "PT60M", "PACK", "PT20M",
				"DELIVER", "PT90M"), "PT15M", "PT168H", "PT2H"), "test");
		scan.scan(storeId);
		assertThat(atRisk(placed)).extracting(a -> a.status()).containsExactly(AlertStatus.OPEN);

		var instance = instance(placed);
		complete(task(instance));
		complete(task(instance));
		complete(task(instance));
		assertThat(instance).isWaitingAt(TASK_HAND_OVER);
		assertThat(scan.scan(storeId)).as("ready on the shelf: no longer the kitchen's").isZero();
		assertThat(atRisk(placed)).extracting(a -> a.status()).containsExactly(AlertStatus.RESOLVED);
	}

	@Test
	void theMinuteJobScansEachStoreAtItsOwnInterval() {
		orders.place(order(day + "T15:00:00"), null);
		assertThat(scan.scanDueStores()).as("first scan of the store on this node").isPositive();
		assertThat(scan.scanDueStores()).as("its ten minutes have not passed").isZero();
	}

	private List<com.cakeflow.alerting.AlertView> atRisk(PlacedOrder placed) {
		return alerts.recent(null, placed.orderNumber(), 10).stream().filter(a -> a.type() == AlertType.AT_RISK).toList();
	}

	private List<com.cakeflow.alerting.NotificationView> runningLateMails(PlacedOrder placed) {
		return notifications.search(placed.orderNumber(), null, 20).stream()
			.filter(n -> n.kind() == NotificationKind.RUNNING_LATE && n.channel().equals("EMAIL")).toList();
	}

	private NewOrderRequest order(String due) {
		return new NewOrderRequest("MEITUAN", new NewOrderRequest.Customer("预警", TestOrders.freshPhone(), "late@example.com"),
				List.of(new NewOrderRequest.Item(8, "CHOCOLATE", null, 1, List.of())), new NewOrderRequest.Fulfillment("PICKUP", due, null), null, false,
				store, false);
	}

	private ProcessInstance instance(PlacedOrder placed) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(placed.orderNumber()).singleResult();
	}

	private void person(String role, String from, String to) {
		com.cakeflow.TestStores.person(jdbc, store, storeId, role, from, to, "", null);
	}
}
