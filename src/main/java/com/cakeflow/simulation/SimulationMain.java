package com.cakeflow.simulation;

import com.cakeflow.CakeFlowApplication;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The shop-day simulator from the command line. Each run gets an application context of its own — an in-memory
 * database with the demo data, a process engine named {@code simulation}, the simulated clock — so the same orders
 * meet each way of working from the same start.
 *
 * <pre>
 * java -cp target/cakeflow-0.1.0-SNAPSHOT.jar -Dloader.main=com.cakeflow.simulation.SimulationMain org.springframework.boot.loader.launch.PropertiesLauncher \
 *   --scenario=weekday --volume=1,2,3 --strategy=SMART,FIFO [--extra=DECORATOR:1] [--json=out.json]
 * </pre>
 */
public final class SimulationMain {

	private SimulationMain() {
	}

	public static void main(String[] args) throws IOException {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (Scenario.InvalidScenario invalid) {
			System.err.println("The scenario cannot be replayed:");
			invalid.problems().forEach(problem -> System.err.println("  - " + problem));
			System.exit(2);
			return;
		}
		var reports = run(options);
		System.out.println(table(reports));
		if (options.json() != null) {
			Files.writeString(Path.of(options.json()), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(reports));
		}
		System.exit(0);
	}

	/** Every volume × strategy, each in a fresh context; the day simulated is tomorrow in the scenario store's zone. */
	public static List<SimulationReport> run(Options options) throws IOException {
		var base = options.scenario();
		var reports = new ArrayList<SimulationReport>();
		for (double volume : options.volumes()) {
			var scenario = base.scaled(volume, options.extraRole(), options.extraCount());
			for (var strategy : options.strategies()) {
				// command-line arguments: they outrank application.yml and the environment (default properties would not)
				var context = new SpringApplicationBuilder(CakeFlowApplication.class).profiles("demo", "simulation").logStartupInfo(false)
					.run("--spring.datasource.url=jdbc:h2:mem:sim-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "--spring.datasource.username=sa",
							"--spring.datasource.password=", "--server.port=0", "--camunda.bpm.process-engine-name=simulation",
							"--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.webapp.enabled=false", "--cakeflow.matching.shift-check.enabled=false",
							"--cakeflow.planning.evening.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
							"--logging.level.com.cakeflow=WARN", "--spring.quartz.auto-startup=false");
				try {
					var day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
					reports.add(context.getBean(ShopDaySimulator.class).run(scenario, strategy, volume, day));
				}
				finally {
					context.close();
					ClockUtil.reset();
				}
			}
		}
		return reports;
	}

	/** The reports side by side, one column per run. */
	public static String table(List<SimulationReport> reports) {
		var rows = new LinkedHashMap<String, List<String>>();
		for (var r : reports) {
			add(rows, "scenario", r.scenario());
			add(rows, "strategy", r.strategy());
			add(rows, "orders arrived", r.arrived());
			add(rows, "taken", r.accepted());
			add(rows, "turned away (kitchen full)", r.turnedAway());
			add(rows, "refused otherwise", r.refused() + (r.refusedBecause().isEmpty() ? "" : " " + r.refusedBecause()));
			add(rows, "finished", r.finished());
			add(rows, "on time", r.onTime() + " (" + r.onTimeRate() + " %)");
			add(rows, "lateness p95 / max (min)", r.latenessP95Minutes() + " / " + r.latenessMaxMinutes());
			add(rows, "average lateness (min)", r.averageLateMinutes());
			for (var stage : List.of("BAKE", "DECORATE", "PACK", "DELIVER")) {
				add(rows, "lead time " + stage + " (min)", r.stageMinutes().getOrDefault(stage, 0.0));
			}
			r.utilisationPercent().forEach((person, percent) -> add(rows, "busy " + person + " (%)", percent));
			add(rows, "overdue alerts", r.overdueAlerts());
			add(rows, "wall time (s)", r.wallMillis() / 1000.0);
		}
		int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
		int column = Math.max(14, rows.values().stream().flatMap(List::stream).mapToInt(String::length).max().orElse(10) + 2);
		var out = new StringBuilder();
		rows.forEach((name, values) -> {
			out.append(String.format("%-" + width + "s", name));
			values.forEach(v -> out.append(String.format("%-" + column + "s", v)));
			out.append('\n');
		});
		return out.toString();
	}

	private static void add(Map<String, List<String>> rows, String name, Object value) {
		rows.computeIfAbsent(name, n -> new ArrayList<>()).add(String.valueOf(value));
	}

	/** What to run: a packaged scenario id or a YAML file, volumes, strategies, extra staff, where to write JSON. */
	public record Options(Scenario scenario, List<Double> volumes, List<ShopDaySimulator.Strategy> strategies, String extraRole, int extraCount,
			String json) {

		public static Options parse(String... args) throws IOException {
			var values = new LinkedHashMap<String, String>();
			for (var arg : args) {
				if (!arg.startsWith("--") || !arg.contains("=")) {
					throw new IllegalArgumentException("expected --name=value, got " + arg);
				}
				values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			var id = values.getOrDefault("scenario", "weekday");
			Scenario scenario;
			if (Scenario.packaged().containsKey(id)) {
				scenario = Scenario.packaged().get(id);
			}
			else {
				try (var in = new FileInputStream(id)) {
					scenario = Scenario.read(in);
				}
			}
			var volumes = Arrays.stream(values.getOrDefault("volume", "1").split(",")).map(String::strip).map(Double::valueOf).toList();
			var strategies = Arrays.stream(values.getOrDefault("strategy", "SMART,FIFO").split(",")).map(String::strip)
				.map(ShopDaySimulator.Strategy::valueOf).toList();
			String extraRole = null;
			int extraCount = 0;
			if (values.containsKey("extra") && !values.get("extra").isBlank()) {
				var extra = values.get("extra").split(":");
				extraRole = extra[0].strip().toUpperCase();
				extraCount = extra.length > 1 ? Integer.parseInt(extra[1].strip()) : 1;
			}
			return new Options(scenario, volumes, strategies, extraRole, extraCount, values.get("json"));
		}
	}
}
