package com.cakeflow.fulfillment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.shared.QrCode;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The driver's screen: deliveries with map and call links, delivered with a name or a photo, the balance collected. */
@CakeFlowIntegrationTest
class DriverPagesIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	TaskService tasks;
	@Autowired
	JdbcClient jdbc;

	String outForDelivery() {
		var number = orders.place(TestOrders.delivery("MEITUAN"), null).orderNumber();
		com.cakeflow.TestProduction.finish(tasks, number);
		var deliver = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_DeliverCake").singleResult();
		tasks.setAssignee(deliver.getId(), "driver1");
		return number;
	}

	String status(String number) {
		return jdbc.sql("select status from cake_order where number = ?").param(number).query(String.class).single();
	}

	@Test
	void showsTheDeliveryWithMapAndCallLinksAndRecordsWhoTookIt() {
		var number = outForDelivery();
		var driver = BrowserSession.login(port, "driver1");
		var page = driver.get("/driver");
		var card = page.selectFirst("article[data-order=" + number + "]");
		assertThat(card.selectFirst(".address").text()).isEqualTo("静安区南京西路1266号 1801室");
		assertThat(card.selectFirst(".map-link").attr("href")).startsWith("https://uri.amap.com/search?keyword=")
			.contains("%E9%9D%99%E5%AE%89%E5%8C%BA");
		assertThat(card.selectFirst(".call-link").attr("href")).matches("tel:1\\d{10}");

		var refused = driver.post("/driver/" + number + "/delivered", page, Map.of("method", "CASH"));
		assertThat(refused.selectFirst("#driver-problem").text()).isEqualTo(number + ": 请填写签收人姓名或拍一张送达照片");
		assertThat(status(number)).isEqualTo("OUT_FOR_DELIVERY");

		var done = driver.post("/driver/" + number + "/delivered", page, Map.of("recipientName", "李雷的同事", "method", "CASH"));
		assertThat(done.selectFirst("#delivered").text()).isEqualTo("订单 " + number + " 已送达");
		assertThat(done.selectFirst("article[data-order=" + number + "]")).isNull();
		assertThat(status(number)).isEqualTo("COMPLETED");
		assertThat(jdbc.sql("select details from order_event e join cake_order o on o.id = e.order_id where o.number = ? and e.type = 'DELIVERED_TO'")
			.param(number).query(String.class).single()).isEqualTo("{\"recipient\":\"李雷的同事\"}");
	}

	@Test
	void aPhotoAtTheDoorIsProofEnough() {
		var number = outForDelivery();
		var driver = BrowserSession.login(port, "driver1");
		var page = driver.get("/driver");
		var done = driver.postFile("/driver/" + number + "/delivered", page, Map.of("method", "ONLINE"), "photo", QrCode.png("at the door", 4));
		assertThat(done.selectFirst("#delivered")).isNotNull();
		assertThat(jdbc.sql("select count(*) from order_photo p join cake_order o on o.id = p.order_id where o.number = ? and p.kind = 'DELIVERY'")
			.param(number).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void isForDrivers() {
		assertThat(BrowserSession.login(port, "baker1").getStatus("/driver")).isEqualTo(403);
	}
}
