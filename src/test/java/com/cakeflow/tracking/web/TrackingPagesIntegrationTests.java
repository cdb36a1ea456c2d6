package com.cakeflow.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.QrCodes;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer's tracking page: no login, the last four phone digits, the stages, the pickup code with a QR that scans. */
@CakeFlowIntegrationTest
class TrackingPagesIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	TaskService tasks;

	record Page(int status, Document html, java.net.http.HttpHeaders headers) {
	}

	Page get(String path) throws Exception {
		var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Page(response.statusCode(), Jsoup.parse(response.body()), response.headers());
	}

	@Test
	void aCustomerSeesTheStagesAndOnceReadyThePickupCodeWithAQrCodeThatScans() throws Exception {
		var request = TestOrders.pickup("MEITUAN", 8);
		var placed = orders.place(request, null);
		var number = placed.orderNumber();
		var last4 = request.customer().phone().substring(request.customer().phone().length() - 4);

		var ask = get("/track/" + number);
		assertThat(ask.status()).as("no login needed").isEqualTo(200);
		assertThat(ask.html().select("form#ask input[name=phone]")).hasSize(1);

		var shown = get("/track/" + number + "?phone=" + last4);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(shown.html().select("#status").text()).contains("正在烘焙");
		assertThat(shown.html().select("#eta").text()).startsWith("约定取货时间：");
		assertThat(shown.html().select("#steps li")).extracting(li -> li.attr("data-step")).containsExactly("RECEIVED", "CONFIRMED", "BAKING",
				"DECORATING", "PACKING", "READY_FOR_PICKUP", "COMPLETED");
		assertThat(shown.html().select("#steps li[data-reached=true]")).hasSize(3);
		assertThat(shown.html().select("#pickup")).as("no code before the cake is ready").isEmpty();

		com.cakeflow.TestProduction.finish(tasks, number);
		var ready = get("/track/" + number + "?phone=" + last4);
		assertThat(ready.html().select("#status").text()).isEqualTo("蛋糕做好了，可以来取了");
		assertThat(ready.html().select("#code").text()).isEqualTo(placed.pickupCode());
		assertThat(ready.html().select("#steps li.active").attr("data-step")).isEqualTo("READY_FOR_PICKUP");
		assertThat(ready.html().select("#steps li[data-step=BAKING] .small").text()).matches("\\d+/\\d+ \\d{2}:\\d{2}");
		assertThat(scan(ready.html().select("#qr svg path").attr("d"))).isEqualTo("CAKEFLOW-PICKUP:" + number + ":" + placed.pickupCode());
		assertThat(get("/track/" + number + "?phone=" + last4 + "&lang=en").html().select("#status").text()).isEqualTo("Your cake is ready to collect");
	}

	@Test
	void wrongDigitsAndUnknownOrdersAreTheSame404AndRepeatedGuessingIs429() throws Exception {
		var request = TestOrders.pickup("MEITUAN", 8);
		var number = orders.place(request, null).orderNumber();
		var last4 = request.customer().phone().substring(request.customer().phone().length() - 4);
		var wrong = last4.equals("0000") ? "1111" : "0000";

		var unknown = get("/track/CF-19990101-9999?phone=" + last4);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.html().select("#wrong")).hasSize(1);
		for (int i = 0; i < 4; i++) {
			var guess = get("/track/" + number + "?phone=" + wrong);
			assertThat(guess.status()).isEqualTo(404);
			assertThat(guess.html().select("#steps")).isEmpty();
		}
		assertThat(get("/track/" + number + "?phone=12a4").status()).as("the fifth wrong guess").isEqualTo(404);
		var blocked = get("/track/" + number + "?phone=" + last4);
		assertThat(blocked.status()).as("even the right digits, until the window has passed").isEqualTo(429);
		assertThat(blocked.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(blocked.html().select("#too-many").text()).contains("15 分钟");

		var other = TestOrders.pickup("MEITUAN", 8);
		var otherNumber = orders.place(other, null).orderNumber();
		assertThat(get("/track/" + otherNumber + "?phone=" + other.customer().phone().substring(other.customer().phone().length() - 4)).status())
			.as("counted per order").isEqualTo(200);
	}

	/** Reads the QR code back from the SVG path (one unit square per dark module) with ZXing's decoder. */
	private static String scan(String path) throws Exception {
		var modules = Pattern.compile("M(\\d+),(\\d+)").matcher(path);
		var dark = new java.util.ArrayList<int[]>();
		int size = 0;
		while (modules.find()) {
			int x = Integer.parseInt(modules.group(1));
			int y = Integer.parseInt(modules.group(2));
			dark.add(new int[] { x, y });
			size = Math.max(size, Math.max(x, y) + 1);
		}
		int scale = 4;
		int width = (size + 2) * scale;
		var pixels = new int[width * width];
		java.util.Arrays.fill(pixels, 0xFFFFFFFF);
		for (var module : dark) {
			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					pixels[(module[1] * scale + dy) * width + module[0] * scale + dx] = 0xFF000000;
				}
			}
		}
		return QrCodes.decode(width, width, pixels);
	}
}
