package com.cakeflow.order.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderView;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A baker goes home sick: their open bake tasks go to the other baker, minutes and timeline follow. */
@CakeFlowIntegrationTest
class RematchingIntegrationTests {

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

	String away;

	@AfterEach
	void backAtWork() {
		if (away != null) {
			new ApiClient(port, "manager").post("/api/staff/" + away + "/availability", "{\"available\":true}");
		}
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
		assertThat(timeline).filteredOn(e -> e.type().equals("REMATCHED")).extracting(OrderView.TimelineEntry::detail)
			.containsExactly("BAKE: " + away + " unavailable (病假) → " + other);
		assertThat(timeline).extracting(OrderView.TimelineEntry::type).contains("TASK_ASSIGNED");
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
