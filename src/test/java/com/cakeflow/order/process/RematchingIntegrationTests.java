package com.cakeflow.order.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.identity.Role;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderView;
import com.cakeflow.order.TimelineType;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A baker goes home sick: their open bake tasks go to the other baker, minutes and timeline follow. */
@CakeFlowIntegrationTest
class RematchingIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	OrderQueries queries;
	@Autowired
	TaskService tasks;
	@Autowired
	JdbcClient jdbc;

	@Autowired
	Rematching rematching;
	@Autowired
	StageMatching workflow;

	String away;
	List<Map<String, Object>> shifts;

	@AfterEach
	void backAtWork() {
		if (away != null) {
			new ApiClient(port, "manager").post("/api/staff/" + away + "/availability", "{\"available\":true}");
		}
		if (shifts != null) {
			shifts.forEach(row -> jdbc.sql("update staff set shift_start = ?, shift_end = ? where username = ?")
				.params(row.get("shift_start"), row.get("shift_end"), row.get("username")).update());
		}
	}

	@Test
	void whenABakersShiftIsOverTheirTasksThatCannotWaitForTheirNextShiftGoToSomebodyOnShift() {
		shifts = jdbc.sql("select username, shift_start, shift_end from staff where username in ('baker1', 'baker2')").query().listOfRows();
		var now = LocalTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
		shift("baker1", now.minusHours(1), now.plusHours(6));
		shift("baker2", now.minusHours(1), now.plusHours(6));
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8), null);
		var task = tasks.createTaskQuery().processInstanceBusinessKey(placed.orderNumber()).singleResult();
		var first = task.getAssignee();
		var other = first.equals("baker1") ? "baker2" : "baker1";

		shift(first, now.minusHours(9), now.minusHours(1));
		rematching.shiftsEnded();
		assertThat(assignee(task.getId())).as("due in three days: %s is back tomorrow in time", first).isEqualTo(first);

		jdbc.sql("update cake_order set due_at = ? where number = ?").params(java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(3))),
				placed.orderNumber()).update();
		assertThat(rematching.shiftsEnded()).isPositive();
		assertThat(assignee(task.getId())).isEqualTo(other);
		var timeline = queries.find(placed.orderNumber(), Locale.SIMPLIFIED_CHINESE).timeline();
		assertThat(timeline).filteredOn(e -> e.type() == TimelineType.REMATCHED).singleElement().satisfies(e -> {
			assertThat(e.details()).containsEntry("stage", "BAKE").containsEntry("to", other);
			assertThat((String) e.details().get("why")).startsWith(first + " shift ended " + now.minusHours(1) + ", back ");
			assertThat(e.detail()).startsWith("烘焙：" + first).endsWith(" → " + other);
		});
		assertThat(openMinutes(placed.orderNumber(), first)).isZero();
		assertThat(openMinutes(placed.orderNumber(), other)).isPositive();

		rematching.shiftsEnded();
		assertThat(queries.find(placed.orderNumber(), Locale.SIMPLIFIED_CHINESE).timeline()).filteredOn(e -> e.type() == TimelineType.REMATCHED)
			.as("handed over once, not again on the next run").hasSize(1);
	}

	@Test
	void aDeliveryIsMatchedByItsDistrictAndTheScoreGoesOnTheTimeline() {
		var placed = orders.place(TestOrders.delivery("MEITUAN"), null);
		var assigned = queries.find(placed.orderNumber(), Locale.SIMPLIFIED_CHINESE).timeline().stream().filter(e -> e.type() == TimelineType.ASSIGNED)
			.toList();
		assertThat(assigned.get(0).details()).containsEntry("stage", "BAKE");
		assertThat((String) assigned.get(0).details().get("person")).matches("baker[12]");
		assertThat((String) assigned.get(0).details().get("why")).matches("score baker[12] -?\\d+ = .*time [+−]\\d+ \\(.+");
		assertThat(assigned.get(0).detail()).matches("烘焙 → .+（baker[12]）：score .+");

		long orderId = jdbc.sql("select id from cake_order where number = ?").param(placed.orderNumber()).query(Long.class).single();
		var driver = workflow.match(orderId, Role.DRIVER).orElseThrow();
		assertThat(driver.username()).isEqualTo("driver1");
		assertThat(driver.explanation()).contains("zone +25 (covers JINGAN)").endsWith("| only candidate");
		workflow.releaseMatch(orderId, Stage.DELIVER);
	}

	private void shift(String username, LocalTime start, LocalTime end) {
		jdbc.sql("update staff set shift_start = ?, shift_end = ? where username = ?").params(start, end, username).update();
	}

	private String assignee(String taskId) {
		return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
	}

	@Test
	void aBakerMarkedUnavailableHasTheirOpenTasksMatchedToSomebodyElse() {
		var placed = orders.place(TestOrders.pickup("MEITUAN", 8), null);
		var task = tasks.createTaskQuery().processInstanceBusinessKey(placed.orderNumber()).singleResult();
		away = task.getAssignee();
		var other = away.equals("baker1") ? "baker2" : "baker1";

		var response = new ApiClient(port, "manager").post("/api/staff/" + away + "/availability", "{\"available\":false,\"reason\":\"病假\"}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("available").asBoolean()).isFalse();
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(other);
		var timeline = queries.find(placed.orderNumber(), Locale.SIMPLIFIED_CHINESE).timeline();
		assertThat(timeline).filteredOn(e -> e.type() == TimelineType.REMATCHED).extracting(OrderView.TimelineEntry::detail)
			.containsExactly("烘焙：" + away + " unavailable (病假) → " + other);
		assertThat(timeline).extracting(OrderView.TimelineEntry::type).contains(TimelineType.TASK_ASSIGNED);
		assertThat(openMinutes(placed.orderNumber(), away)).isZero();
		assertThat(openMinutes(placed.orderNumber(), other)).isPositive();

		// and new work does not go to them while they are away
		var next = orders.place(TestOrders.pickup("MEITUAN", 8), null);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(next.orderNumber()).singleResult().getAssignee()).isEqualTo(other);
	}

	@Test
	void availabilityNeedsAManagerAndAReason() {
		assertThat(new ApiClient(port, "clerk").post("/api/staff/baker1/availability", "{\"available\":false,\"reason\":\"x\"}").status())
			.isEqualTo(403);
		var noReason = new ApiClient(port, "manager").post("/api/staff/baker1/availability", "{\"available\":false}");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.body().at("/errors/0/field").asText()).isEqualTo("reason");
		assertThat(new ApiClient(port, "manager").post("/api/staff/nobody/availability", "{\"available\":true}").status()).isEqualTo(404);
	}

	private long openMinutes(String number, String username) {
		return jdbc.sql("select coalesce(sum(a.minutes), 0) from staff_assignment a join staff s on s.id = a.staff_id join cake_order o on o.id = a.order_id "
				+ "where o.number = ? and s.username = ? and a.released_at is null").params(number, username).query(Long.class).single();
	}
}
