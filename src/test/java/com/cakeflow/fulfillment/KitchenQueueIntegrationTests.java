package com.cakeflow.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderManagement;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The bake station's queue: urgent first, then by latest start time (due time − the minutes still ahead of the cake). */
@CakeFlowIntegrationTest
class KitchenQueueIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;

	@Test
	void urgentFirstThenTheEarliestLatestStart() {
		var plain = place(TestOrders.due(3, 15), false, List.of()); // bake 50 + decorate 35 + inscription 5 + pack 10: latest start 15:00 − 100 min = 13:20
		var early = place(TestOrders.due(3, 11), false, List.of()); // 11:00 − 100 min = 09:20
		var fondant = place(TestOrders.due(3, 15), false, List.of("FONDANT_TOPPER")); // fondant adds 40 decorating minutes: 15:00 − 140 min = 12:40
		var urgent = place(TestOrders.due(4, 15), true, List.of()); // later, but urgent
		var queue = new ApiClient(port, "baker1").get("/api/kitchen/queue?station=BAKE").body();
		var ours = new ArrayList<JsonNode>();
		queue.forEach(entry -> {
			if (List.of(plain, early, fondant, urgent).contains(entry.get("orderNumber").asText())) {
				ours.add(entry);
			}
		});
		assertThat(ours).extracting(e -> e.get("orderNumber").asText()).containsExactly(urgent, early, fondant, plain);
		assertThat(ours.get(0).get("urgent").asBoolean()).isTrue();
		assertThat(ours.get(3).get("minutesLeft").asInt()).isEqualTo(100);
		assertThat(ours.get(2).get("minutesLeft").asInt()).isEqualTo(140);
		assertThat(ours.get(3).get("cakes").asText()).contains("8寸 巧克力");
		assertThat(ours.get(3).get("inscriptions").asText()).contains("妈妈生日快乐");
		assertThat(java.time.Instant.parse(ours.get(3).get("latestStart").asText()))
			.isEqualTo(java.time.Instant.parse(ours.get(3).get("dueAt").asText()).minusSeconds(100 * 60));

		var mine = new ApiClient(port, "baker1").get("/api/kitchen/queue?station=BAKE&assignee=baker2").body();
		mine.forEach(entry -> assertThat(entry.get("assignee").asText()).isEqualTo("baker2"));
		assertThat(new ApiClient(port, "baker1").get("/api/kitchen/queue?station=OVEN").status()).isEqualTo(422);
	}

	@Test
	void aBusyWeekShowsTheTasksDueFirstAndEveryUrgentOne() {
		// the queue's LIMIT tasks due first, five a day on days nobody else's tests book (15 to 34; a plan or a count of
		// another test's day would see them), written in English so no calligrapher is needed, then an urgent and a plain
		// one due later than all of them
		int[] hours = { 10, 11, 13, 15, 16 };
		for (int i = 0; i < KitchenQueue.LIMIT; i++) {
			place(TestOrders.due(15 + i / hours.length, hours[i % hours.length]), false, "Happy Birthday", List.of());
		}
		var lateUrgent = place(TestOrders.due(35, 15), true, "Happy Birthday", List.of());
		var latePlain = place(TestOrders.due(35, 17), false, "Happy Birthday", List.of());
		var queue = new ApiClient(port, "baker1").get("/api/kitchen/queue?station=BAKE").body();
		var numbers = new ArrayList<String>();
		queue.forEach(entry -> numbers.add(entry.get("orderNumber").asText()));
		assertThat(numbers).hasSizeLessThanOrEqualTo(KitchenQueue.LIMIT).contains(lateUrgent).doesNotContain(latePlain);
		assertThat(numbers.get(0)).isNotEqualTo(latePlain);
		assertThat(queue.get(0).get("urgent").asBoolean()).isTrue();
	}

	private String place(String due, boolean urgent, List<String> addOns) {
		return place(due, urgent, "妈妈生日快乐", addOns);
	}

	private String place(String due, boolean urgent, String inscription, List<String> addOns) {
		var request = new NewOrderRequest("MEITUAN", new NewOrderRequest.Customer("排队", TestOrders.freshPhone()),
				List.of(new NewOrderRequest.Item(8, "CHOCOLATE", inscription, 1, addOns)), new NewOrderRequest.Fulfillment("PICKUP", due, null), null,
				urgent, null);
		return orders.place(request, null).orderNumber();
	}
}
