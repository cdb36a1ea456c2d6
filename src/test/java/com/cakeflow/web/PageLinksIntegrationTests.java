package com.cakeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages write their links as they are (no resource-chain lookup per link), and the version-less webjar paths serve. */
@CakeFlowIntegrationTest
class PageLinksIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void webjarLinksAreVersionLessAndServed() throws Exception {
		var http = HttpClient.newHttpClient();
		var login = Jsoup.parse(http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
		var stylesheet = login.selectFirst("link[rel=stylesheet][href*=bootstrap]").attr("href");

		assertThat(stylesheet).isEqualTo("/webjars/bootstrap/css/bootstrap.min.css");
		var css = http.send(get(stylesheet), HttpResponse.BodyHandlers.ofString());
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).contains("Bootstrap");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build();
	}
}
