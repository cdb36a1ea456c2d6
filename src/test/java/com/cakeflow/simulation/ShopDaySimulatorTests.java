package com.cakeflow.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The simulator on a small weekday (30 % of its orders): each run in a context of its own, SMART and FIFO on the same
 * customers, every order accounted for, and the same run twice gives the same day.
 */
class ShopDaySimulatorTests {

	@Test
	void replaysTheSameOrdersForEachWayOfWorkingAccountsForEveryOrderAndRepeatsExactly() throws Exception {
		var reports = SimulationMain.run(SimulationMain.Options.parse("--scenario=weekday", "--volume=0.3", "--strategy=SMART,FIFO,SMART"));
		var smart = reports.get(0);
		var fifo = reports.get(1);
		assertThat(smart.arrived()).isGreaterThan(5).isEqualTo(fifo.arrived());
		for (var report : reports) {
			assertThat(report.accepted() + report.turnedAway() + report.refused()).as("every customer accounted for").isEqualTo(report.arrived());
			assertThat(report.finished()).as("every order taken is finished").isEqualTo(report.accepted());
			assertThat(report.onTime()).isLessThanOrEqualTo(report.finished());
			assertThat(report.latenessP95Minutes()).isLessThanOrEqualTo(report.latenessMaxMinutes());
			assertThat(report.stageMinutes()).containsKeys("BAKE", "DECORATE", "PACK");
			assertThat(report.utilisationPercent()).containsOnlyKeys("baker1", "baker2", "decorator1", "decorator2", "frontdesk1", "frontdesk2",
					"driver1", "driver2");
			assertThat(report.utilisationPercent().get("baker1")).isPositive();
		}
		assertThat(smart.refused()).as("the generated orders are valid").isZero();
		var again = reports.get(2);
		assertThat(again).usingRecursiveComparison().ignoringFields("wallMillis").isEqualTo(smart);
		assertThat(SimulationMain.table(reports)).contains("on time").contains("SMART").contains("FIFO");
	}

	@Test
	void aWhatIfScalesTheOrdersAndAddsPeopleLikeTheOnesOfThatRole() {
		var weekday = Scenario.packaged().get("weekday");
		var peak = weekday.scaled(3, "DECORATOR", 1);
		assertThat(peak.staff()).hasSize(weekday.staff().size() + 1);
		var extra = peak.staff().get(peak.staff().size() - 1);
		assertThat(extra.username()).isEqualTo("extra-decorator-1");
		assertThat(extra.shift()).isEqualTo("08:00-17:00");
		assertThat(extra.skills()).contains("CALLIGRAPHY");
		assertThat(peak.arrivalsPerHour().get(11)).isEqualTo(15.0);
		var day = LocalDate.of(2027, 2, 14);
		assertThat(Arrivals.of(peak, day, ZoneId.of("Asia/Shanghai")).size()).isGreaterThan(2 * Arrivals.of(weekday, day, ZoneId.of("Asia/Shanghai")).size());
		assertThat(Arrivals.of(weekday, day, ZoneId.of("Asia/Shanghai"))).as("same seed, same customers")
			.isEqualTo(Arrivals.of(weekday, day, ZoneId.of("Asia/Shanghai")));
		assertThatThrownBy(() -> weekday.scaled(1, "PASTRY_CHEF", 1)).isInstanceOf(IllegalArgumentException.class);
	}

	/** A scenario of one's own that could not be replayed is refused before anything runs, with every problem named. */
	@Test
	void refusesAScenarioThatCannotBeReplayedNamingEachProblem() throws Exception {
		var weekday = new String(getClass().getResourceAsStream("/scenarios/weekday.yml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		var broken = weekday.replace("delivery: 0.35", "delivery: 1.35").replace("shift: \"12:00-21:00\"", "shift: \"12-21\"")
			.replaceAll("(?m)^  - \\{username: frontdesk.*\n", "").replace("seed: 20261124\n", "");
		assertThatThrownBy(() -> Scenario.read(stream(broken))).isInstanceOf(Scenario.InvalidScenario.class).hasMessageContaining("seed: missing");
		var invalid = org.junit.jupiter.api.Assertions.assertThrows(Scenario.InvalidScenario.class,
				() -> Scenario.read(stream(broken.replace("store: SH01", "store: SH01\nseed: 7"))));
		assertThat(invalid.problems()).containsExactlyInAnyOrder("delivery: a probability from 0 to 1, not 1.35",
				"staff[3].shift: like \"08:00-17:00\", not 12-21", "staff: nobody of role FRONTDESK (every cake is baked, decorated and packed)");
		assertThatThrownBy(() -> Scenario.read(stream(weekday + "colour: red\n"))).isInstanceOf(Scenario.InvalidScenario.class)
			.hasMessageContaining("colour: unknown field (line 34)");
		assertThatThrownBy(() -> Scenario.read(stream(weekday.replace("urgent: 0.05", "urgent: often")))).isInstanceOf(Scenario.InvalidScenario.class)
			.hasMessageContaining("urgent: not a valid value");
		assertThat(Scenario.read(stream(weekday))).isEqualTo(Scenario.packaged().get("weekday"));
	}

	private static java.io.InputStream stream(String yaml) {
		return new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void everyPackagedScenarioReadsAndHasPeopleForEveryStage() {
		assertThat(Scenario.packaged()).containsOnlyKeys("weekday", "weekend", "holiday-peak");
		Scenario.packaged().values().forEach(scenario -> assertThat(scenario.staff()).extracting(Scenario.Person::role)
			.contains("BAKER", "DECORATOR", "FRONTDESK", "DRIVER"));
	}
}
