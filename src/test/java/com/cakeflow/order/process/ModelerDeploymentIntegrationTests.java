package com.cakeflow.order.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.order.OrderManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager deploys the diagram from Camunda Modeler (multipart POST to /engine-rest/deployment/create with HTTP Basic):
 * new orders start on the new version, running ones stay on theirs, and a restart with unchanged processes/ keeps the
 * manager's version as the latest. Staff may not deploy.
 */
@CakeFlowIntegrationTest
class ModelerDeploymentIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	OrderManagement orders;
	@Autowired
	RepositoryService repository;
	@Autowired
	RuntimeService runtime;
	@Autowired
	ProcessDeployment packaged;

	@Test
	void managerDeploysFromModelerAndRunningOrdersKeepTheirVersion() throws Exception {
		var running = orders.place(TestOrders.pickup("MEITUAN", 8), null);
		var before = latestVersion();

		assertThat(deploy("baker1").statusCode()).isEqualTo(403);
		var response = deploy("manager");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(latestVersion()).isEqualTo(before + 1);

		var next = orders.place(TestOrders.pickup("MEITUAN", 8), null);
		assertThat(versionOf(running.orderNumber())).isEqualTo(before);
		assertThat(versionOf(next.orderNumber())).isEqualTo(before + 1);

		packaged.afterSingletonsInstantiated(); // what a restart does
		assertThat(latestVersion()).isEqualTo(before + 1);
	}

	private int latestVersion() {
		return repository.createProcessDefinitionQuery().processDefinitionKey(CakeOrderProcess.KEY).latestVersion().singleResult().getVersion();
	}

	private int versionOf(String orderNumber) {
		var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).singleResult();
		return repository.getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
	}

	/** What Camunda Modeler sends on "Deploy current diagram". */
	private HttpResponse<String> deploy(String user) throws Exception {
		var bpmn = Files.readString(Path.of("processes/cake-order.bpmn"));
		var boundary = UUID.randomUUID().toString();
		var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncake-order\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\nCamunda Modeler\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"cake-order.bpmn\"; filename=\"cake-order.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/deployment/create"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
