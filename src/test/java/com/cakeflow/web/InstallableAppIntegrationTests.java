package com.cakeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What makes the staff app installable is served to a browser that has not logged in yet, as what it is. */
@CakeFlowIntegrationTest
class InstallableAppIntegrationTests {

	@LocalServerPort
	int port;

	HttpResponse<byte[]> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void servesTheManifestWorkerIconsAndOfflinePageWithoutALogin() throws Exception {
		var manifest = get("/manifest.webmanifest");
		assertThat(manifest.statusCode()).isEqualTo(200);
		assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
		var json = new ObjectMapper().readTree(manifest.body());
		assertThat(json.get("display").asText()).isEqualTo("standalone");
		assertThat(json.get("start_url").asText()).isEqualTo("/");
		for (var icon : json.get("icons")) {
			var png = get(icon.get("src").asText());
			assertThat(png.statusCode()).as(icon.get("src").asText()).isEqualTo(200);
			assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
		}
		var worker = get("/sw.js");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(new String(worker.body())).contains("addEventListener('fetch'");
		assertThat(get("/offline.html").statusCode()).isEqualTo(200);
	}
}
