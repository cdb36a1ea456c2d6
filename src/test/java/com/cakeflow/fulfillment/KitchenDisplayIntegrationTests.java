package com.cakeflow.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The kitchen display: the baker's and decorator's queues, and start / done acting on the Camunda tasks, once. */
@CakeFlowIntegrationTest
class KitchenDisplayIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	TaskService tasks;
	@Autowired
	com.cakeflow.order.InscriptionProofs proofs;

	String placeOrderReadyToBake() {
		var number = orders.place(TestOrders.pickup("MEITUAN", 8, 5), null).orderNumber();
		proofs.confirm(number, com.cakeflow.order.InscriptionProofs.Method.READ_BACK, "clerk");
		return number;
	}

	String openTask(String number, String key) {
		var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
		return task == null ? null : task.getId();
	}

	@Test
	void bakerStartsAndFinishesACakeFromTheDisplayAndTheDecoratorGetsIt() {
		var number = placeOrderReadyToBake();
		var bakeTask = openTask(number, "Task_BakeCake");
		var baker = BrowserSession.login(port, "baker2");
		var display = baker.get("/kitchen/display?all=true");
		var card = display.selectFirst("article[data-order=" + number + "]");
		assertThat(card.selectFirst(".display-cakes").text()).isEqualTo("8寸 巧克力 ×1 + 生日蜡烛");
		assertThat(card.selectFirst(".display-inscription").text()).contains("妈妈生日快乐");
		assertThat(card.selectFirst(".countdown").attr("data-latest")).matches("\\d{13}");

		var started = baker.post("/kitchen/display/" + bakeTask + "/start?station=BAKE&all=true", display, Map.of());
		assertThat(started.selectFirst("#display-outcome").text()).isEqualTo("已开始");
		assertThat(started.selectFirst("article[data-order=" + number + "] .text-success").text()).startsWith("baker2 ");
		assertThat(tasks.createTaskQuery().taskId(bakeTask).singleResult().getAssignee()).isEqualTo("baker2");

		var done = baker.post("/kitchen/display/" + bakeTask + "/done?station=BAKE&all=true", display, Map.of());
		assertThat(done.selectFirst("#display-outcome").text()).isEqualTo("已完成，下一步已通知");
		assertThat(done.selectFirst("article[data-order=" + number + "]")).isNull();
		var again = baker.post("/kitchen/display/" + bakeTask + "/done?station=BAKE&all=true", display, Map.of());
		assertThat(again.selectFirst("#display-outcome").text()).isEqualTo("这个任务已经完成了");

		var decorator = BrowserSession.login(port, "decorator1").get("/kitchen/display?all=true");
		assertThat(decorator.selectFirst(".nav-link.active").text()).isEqualTo("裱花");
		assertThat(decorator.selectFirst("article[data-order=" + number + "]")).isNotNull();
		assertThat(openTask(number, "Task_DecorateCake")).isNotNull();
	}

	@Test
	void showsTheCustomersReferencePhotoAddedOnTheOrderPage() {
		var number = placeOrderReadyToBake();
		var clerk = BrowserSession.login(port, "clerk");
		var order = clerk.get("/orders/" + number);
		clerk.postFile("/orders/" + number + "/photos?kind=REFERENCE", order, Map.of(), "file", com.cakeflow.shared.QrCode.png("the cake she wants", 4));
		assertThat(clerk.getStatus("/orders/" + number + "/reference-photo")).isEqualTo(200);
		var display = BrowserSession.login(port, "baker1").get("/kitchen/display?all=true");
		assertThat(display.selectFirst("article[data-order=" + number + "] img.reference-photo").attr("src")).isEqualTo("/orders/" + number + "/reference-photo");
		assertThat(clerk.getStatus("/orders/" + placeOrderReadyToBake() + "/reference-photo")).as("none added").isEqualTo(404);
	}

	@Test
	void theSameActionsAsJsonAreSafeToSendTwice() {
		var number = placeOrderReadyToBake();
		var bakeTask = openTask(number, "Task_BakeCake");
		var baker = new ApiClient(port, "baker1");
		assertThat(baker.post("/api/kitchen/tasks/" + bakeTask + "/start", Map.of()).body().get("outcome").asText()).isEqualTo("STARTED");
		assertThat(baker.post("/api/kitchen/tasks/" + bakeTask + "/start", Map.of()).body().get("outcome").asText()).isEqualTo("ALREADY_STARTED");
		assertThat(baker.post("/api/kitchen/tasks/" + bakeTask + "/done", Map.of()).body().get("outcome").asText()).isEqualTo("DONE");
		assertThat(baker.post("/api/kitchen/tasks/" + bakeTask + "/done", Map.of()).body().get("outcome").asText()).isEqualTo("ALREADY_DONE");
		assertThat(baker.post("/api/kitchen/tasks/no-such-task/done", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void staffActOnlyAtTheirOwnStation() {
		var number = placeOrderReadyToBake();
		var bakeTask = openTask(number, "Task_BakeCake");
		assertThat(new ApiClient(port, "decorator1").post("/api/kitchen/tasks/" + bakeTask + "/done?station=BAKE", Map.of()).status()).isEqualTo(403);
		assertThat(new ApiClient(port, "driver1").post("/api/kitchen/tasks/" + bakeTask + "/done", Map.of()).status()).isEqualTo(403);
		assertThat(openTask(number, "Task_BakeCake")).isEqualTo(bakeTask);
	}
}
