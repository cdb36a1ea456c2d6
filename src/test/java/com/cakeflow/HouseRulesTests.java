package com.cakeflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of the house that keep the code findable (issue 16): a long file says why it is long, a bean has few collaborators. */
class HouseRulesTests {

	private static final int MAX_LINES = 350;

	@Test
	void noMainFileIsOver350LinesWithoutSayingWhyInItsJavadoc() throws IOException {
		var unexplained = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				var lines = Files.readAllLines(file);
				if (lines.size() > MAX_LINES && lines.stream().noneMatch(l -> l.contains("Longer than our " + MAX_LINES + " lines on purpose"))) {
					unexplained.add(file + " (" + lines.size() + " lines)");
				}
			}
		}
		assertThat(unexplained).as("files over %d lines whose Javadoc does not say \"Longer than our %d lines on purpose: ...\"", MAX_LINES, MAX_LINES)
			.isEmpty();
	}

	/**
	 * Tests read "now" from a clock they are given (the application's {@code Clock} bean, a fixed one, or for the
	 * kill -9 test the machine's, which the app under test runs on) and measure waits with {@code System.nanoTime()}.
	 */
	@Test
	void testsTakeNowFromAClockTheyAreGiven() throws IOException {
		var systemNow = java.util.regex.Pattern.compile("\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime)\\.now\\(\\s*(?!clock\\b|CHILD_CLOCK\\b)"
				+ "|System\\.currentTimeMillis\\(");
		var found = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("HouseRulesTests.java")).toList()) {
				var lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (systemNow.matcher(lines.get(i)).find()) {
						found.add(file + ":" + (i + 1) + " " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(found).as("now() of the system clock in tests").isEmpty();
		assertThat(systemNow.matcher("var t = Instant.now();").find()).isTrue();
		assertThat(systemNow.matcher("var d = LocalDate.now(zone);").find()).isTrue();
		assertThat(systemNow.matcher("var d = LocalDate.now(clock.withZone(zone));").find()).isFalse();
	}

	/** At most this many collaborators per bean: one with more does several jobs and wants splitting (issue 16). */
	private static final int MAX_DEPENDENCIES = 8;

	@Test
	void noBeanHasMoreThanEightDependencies() throws ClassNotFoundException {
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(org.springframework.stereotype.Component.class));
		var beans = new ArrayList<String>();
		var crowded = new ArrayList<String>();
		for (var candidate : scanner.findCandidateComponents("com.cakeflow")) {
			var type = Class.forName(candidate.getBeanClassName());
			beans.add(type.getName());
			for (var constructor : type.getDeclaredConstructors()) {
				if (constructor.getParameterCount() > MAX_DEPENDENCIES) {
					crowded.add(type.getName() + " (" + constructor.getParameterCount() + ")");
				}
			}
		}
		// the simulator is a bean of the simulation profile's own configuration, not a scanned component
		for (var constructor : com.cakeflow.simulation.ShopDaySimulator.class.getDeclaredConstructors()) {
			if (constructor.getParameterCount() > MAX_DEPENDENCIES) {
				crowded.add("ShopDaySimulator (" + constructor.getParameterCount() + ")");
			}
		}
		assertThat(beans).as("the scan finds the beans").contains(com.cakeflow.order.OrderManagement.class.getName())
			.hasSizeGreaterThan(100);
		assertThat(crowded).as("beans with more than %d constructor dependencies", MAX_DEPENDENCIES).isEmpty();
	}
}
