package com.cakeflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CakeFlowIntegrationTest
class JobRunsIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;
	@Autowired
	JobRuns runs;

	@Test
	void aFireIsTakenByOneNodeOnlyAndListedWithItsNodeAndOutcome() {
		var name = "fire-once-" + Long.toHexString(System.nanoTime()); // a database kept between runs holds earlier ones
		var fire = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		var first = runs.start("test", name, fire, "node-a");
		assertThat(first).isNotNull();
		assertThat(runs.start("test", name, fire, "node-b")).as("the same fire on another node").isNull();
		assertThat(runs.start("test", name, fire.plusSeconds(5), "node-b")).as("the next fire").isNotNull();
		runs.finish(first, "IllegalStateException: boom");

		var listed = new ApiClient(port, "manager").get("/api/admin/jobs/runs?group=test&name=" + name).body();
		assertThat(listed).hasSize(2);
		var failed = listed.get(1);
		assertThat(failed.get("node").asText()).isEqualTo("node-a");
		assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
		assertThat(failed.get("error").asText()).contains("boom");
		assertThat(listed.get(0).get("outcome").asText()).isEqualTo("RUNNING");
	}

	@Test
	void runsAreForManagersAndABadSinceIsA422() {
		assertThat(new ApiClient(port, "clerk").get("/api/admin/jobs/runs").status()).isEqualTo(403);
		var bad = new ApiClient(port, "manager").get("/api/admin/jobs/runs?since=yesterday");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("since");
	}
}
