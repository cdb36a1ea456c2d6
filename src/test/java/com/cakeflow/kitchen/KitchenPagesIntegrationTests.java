package com.cakeflow.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The capacity calendar of the demo store: stations by hour, adjustments listed, a manager's adjustment from the form. */
@CakeFlowIntegrationTest
class KitchenPagesIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	@Test
	void showsEachStationByHourAndTakesAManagersAdjustment() {
		var day = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(5);
		var browser = BrowserSession.login(port, "manager");
		var page = browser.get("/kitchen/capacity?date=" + day);
		assertThat(page.select("#capacity tbody tr:not([data-skill])")).extracting(row -> row.attr("data-station")).containsExactly("BAKE", "DECORATE", "PACK");
		assertThat(page.select("#capacity tr[data-station=BAKE]:not([data-skill]) .badge")).isNotEmpty();
		// the skill pools under their station: baker1 bakes large sizes; decorator1 writes calligraphy, works fondant and large sizes
		assertThat(page.select("#capacity tr[data-skill]")).extracting(row -> row.attr("data-station") + " " + row.attr("data-skill"))
			.containsExactly("BAKE LARGE_SIZE", "DECORATE CALLIGRAPHY", "DECORATE FONDANT", "DECORATE LARGE_SIZE");
		assertThat(page.select("#capacity tr[data-skill=CALLIGRAPHY] th").text()).isEqualTo("其中需要 书法写字 的工时");
		assertThat(page.select("#capacity tr[data-skill=CALLIGRAPHY] .badge").first().text()).matches("08:00 \\d+/60");

		var saved = browser.post("/kitchen/capacity/adjustments", page,
				Map.of("date", day.toString(), "station", "DECORATE", "from", "09:00", "to", "17:00", "extraStaff", "1", "reason", "情人节临时裱花师"));
		assertThat(saved.select(".alert-success")).hasSize(1);
		assertThat(saved.select("#adjustments").text()).contains("裱花 +1").contains("09:00–").contains("情人节临时裱花师");
		var refused = browser.post("/kitchen/capacity/adjustments", saved,
				Map.of("date", day.toString(), "station", "BAKE", "from", "17:00", "to", "09:00", "extraStaff", "1", "reason", "x"));
		assertThat(refused.select(".alert-danger").text()).isEqualTo("结束时间必须晚于开始时间");
		var clerk = BrowserSession.login(port, "clerk");
		assertThat(clerk.get("/kitchen/capacity?date=" + day).select("#adjust")).isEmpty(); // clerks see capacity, cannot change it
	}
}
