package com.cakeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web shell as a browser sees it: login with CSRF, the order list and detail, the language switch, the Cockpit link. */
@CakeFlowIntegrationTest
class ShellPagesIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;

	@Test
	void pagesNeedALoginAndShowOrdersWithTheirTimelineInBothLanguages() throws Exception {
		// due later than any other test's order, so it is first on the list page (newest due first)
		var placed = orders.place(TestOrders.pickup("PHONE", 8, 30), null);
		var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();

		var anonymous = browser.send(get("/orders"), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.uri().getPath()).isEqualTo("/login");
		assertThat(anonymous.body()).contains("登录");

		var token = Jsoup.parse(anonymous.body()).selectFirst("input[name=_csrf]").val();
		var form = "username=clerk&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		var list = browser.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(list.uri().getPath()).isEqualTo("/orders");
		assertThat(list.body()).contains(placed.orderNumber()).contains("待付定金");

		var detail = Jsoup.parse(browser.send(get("/orders/" + placed.orderNumber()), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(detail.select(".progress-steps .step.current").text()).isEqualTo("待付定金");
		assertThat(detail.select(".timeline li")).isNotEmpty();
		assertThat(detail.select("a[href*=/camunda/app/cockpit/default/#/process-instance/]")).hasSize(0); // clerks have no Cockpit link
		assertThat(detail.text()).contains(placed.pickupCode()).contains("妈妈生日快乐");

		var english = Jsoup.parse(browser.send(get("/orders/" + placed.orderNumber() + "?lang=en"), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(english.select(".progress-steps .step.current").text()).isEqualTo("Awaiting deposit");
		assertThat(english.select("h2").eachText()).contains("Cakes", "Price", "Timeline");
		var search = browser.send(get("/orders?q=" + placed.orderNumber()), HttpResponse.BodyHandlers.ofString());
		assertThat(Jsoup.parse(search.body()).select("#order-table tbody tr")).hasSize(1);
		assertThat(browser.send(get("/orders/CF-19990101-0001"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
