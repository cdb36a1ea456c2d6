package com.cakeflow.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Simulations started from the manager page. Each runs in a JVM of its own ({@link SimulationMain} with the same
 * class path), because a simulation moves the clock of its process engine and must never touch the shop's database or
 * engine. One at a time (they use the machine's cores); a run taking longer than 20 minutes is stopped. Results are
 * kept in memory until the application restarts.
 */
@Service
public class SimulationRuns {

	private static final Logger log = LoggerFactory.getLogger(SimulationRuns.class);
	private static final Duration LIMIT = Duration.ofMinutes(20);

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();
	private final AtomicLong ids = new AtomicLong();
	private final Clock clock;

	SimulationRuns(Clock clock) {
		this.clock = clock;
	}

	/** Starts a run (SMART and FIFO on the same orders); empty when one is still running. */
	public synchronized Optional<Run> start(String scenario, double volume, String extraRole, int extraCount, String by) {
		if (runs.values().stream().anyMatch(r -> r.status() == Status.RUNNING)) {
			return Optional.empty();
		}
		long id = ids.incrementAndGet();
		try {
			var json = Files.createTempFile("cakeflow-simulation-" + id, ".json");
			var out = Files.createTempFile("cakeflow-simulation-" + id, ".log");
			var command = new ArrayList<>(javaCommand());
			command.addAll(List.of("--scenario=" + scenario, "--volume=" + volume, "--strategy=SMART,FIFO", "--json=" + json));
			if (extraRole != null && extraCount > 0) {
				command.add("--extra=" + extraRole + ":" + extraCount);
			}
			var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
			var run = new Run(id, scenario, volume, extraRole, extraCount, by, clock.instant(), Status.RUNNING, List.of(), null);
			runs.put(id, run);
			var waiter = new Thread(() -> await(run, process, json, out), "simulation-" + id);
			waiter.setDaemon(true);
			waiter.start();
			return Optional.of(run);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot start a simulation", e);
		}
	}

	private void await(Run run, Process process, Path json, Path out) {
		Run finished;
		try {
			if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
				process.destroyForcibly();
				finished = run.failed("stopped after " + LIMIT.toMinutes() + " minutes");
			}
			else if (process.exitValue() != 0 || Files.size(json) == 0) {
				var lines = Files.readAllLines(out);
				var causes = lines.stream().filter(l -> l.startsWith("Caused by") || l.startsWith("Exception") || l.contains("APPLICATION FAILED")
						|| l.startsWith("Description:") || l.startsWith("Reason:")).toList();
				var shown = causes.isEmpty() ? lines.subList(Math.max(0, lines.size() - 5), lines.size()) : causes.subList(Math.max(0, causes.size() - 6), causes.size());
				finished = run.failed("exit " + process.exitValue() + " (log: " + out + "): " + String.join("\n", shown));
			}
			else {
				var reports = List.of(new ObjectMapper().readValue(json.toFile(), SimulationReport[].class));
				finished = new Run(run.id(), run.scenario(), run.volume(), run.extraRole(), run.extraCount(), run.startedBy(), run.startedAt(),
						Status.DONE, reports, null);
			}
		}
		catch (IOException | InterruptedException e) {
			finished = run.failed(e.toString());
		}
		finally {
			json.toFile().delete();
		}
		if (finished.status() == Status.DONE) {
			out.toFile().delete(); // a failed run's log stays for whoever looks into it
		}
		log.info("simulation {} {}", run.id(), finished.status());
		runs.put(run.id(), finished);
	}

	/** The newest runs first. */
	public List<Run> recent() {
		return runs.values().stream().sorted(Comparator.comparingLong(Run::id).reversed()).limit(10).toList();
	}

	public Optional<Run> find(long id) {
		return Optional.ofNullable(runs.get(id));
	}

	/** The same java with the same class path; from a Spring Boot fat jar through its PropertiesLauncher. */
	static List<String> javaCommand() {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var classPath = System.getProperty("java.class.path");
		var main = SimulationMain.class.getName();
		boolean fatJar = classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator) && SimulationRuns.class.getClassLoader() != ClassLoader
			.getSystemClassLoader();
		if (fatJar) {
			return List.of(java, "-Xmx768m", "-Dloader.main=" + main, "-cp", classPath, "org.springframework.boot.loader.launch.PropertiesLauncher");
		}
		return List.of(java, "-Xmx768m", "-cp", classPath, main);
	}

	public enum Status {
		RUNNING, DONE, FAILED
	}

	/** A run: what was asked, by whom, and how it came out. */
	public record Run(long id, String scenario, double volume, String extraRole, int extraCount, String startedBy, Instant startedAt, Status status,
			List<SimulationReport> reports, String error) {

		Run failed(String why) {
			return new Run(id, scenario, volume, extraRole, extraCount, startedBy, startedAt, Status.FAILED, List.of(), why);
		}
	}
}
