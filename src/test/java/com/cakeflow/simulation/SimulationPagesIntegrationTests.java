package com.cakeflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A manager runs a what-if from the page: a JVM of its own does the day, the page shows SMART and FIFO side by side. */
@CakeFlowIntegrationTest
class SimulationPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aManagerRunsAWhatIfAndSeesBothWaysOfWorking() {
		var manager = BrowserSession.login(port, "manager");
		var page = manager.get("/simulation");
		assertThat(page.select("#scenario option").eachAttr("value")).containsExactly("weekday", "weekend", "holiday-peak");

		var refused = manager.post("/simulation", page, Map.of("scenario", "weekday", "volume", "9", "extraRole", "DECORATOR", "extraCount", "0"));
		assertThat(refused.select("#error").text()).isEqualTo("单量倍数须在 0.1 到 5 之间");

		var started = manager.post("/simulation", page, Map.of("scenario", "weekday", "volume", "0.2", "extraRole", "DECORATOR", "extraCount", "1"));
		var id = started.select(".run").first().attr("data-run");
		assertThat(started.select(".run").first().text()).contains("+1 DECORATOR");
		Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(3))
			.until(() -> !manager.get("/simulation").select(".run[data-run=" + id + "]").attr("data-status").equals("RUNNING"));
		var done = manager.get("/simulation").select(".run[data-run=" + id + "]");
		assertThat(done.attr("data-status")).as(done.text()).isEqualTo("DONE");
		assertThat(done.select("thead th").eachText()).containsExactly("SMART", "FIFO");
		assertThat(done.select("td.on-time")).hasSize(2).allSatisfy(cell -> assertThat(cell.text()).matches("\\d+ / \\d+ \\(\\d+(\\.\\d)? %\\)"));
		assertThat(done.text()).contains("extra-decorator-1");

		assertThat(BrowserSession.login(port, "baker1").getStatus("/simulation")).isEqualTo(403);
	}
}
