package com.cakeflow.simulation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop day to replay (a YAML file, see {@code src/main/resources/scenarios/}): how many orders arrive in each hour,
 * what they are (sizes, flavors, add-ons, inscriptions, pickup or delivery, how far ahead they are due), who works
 * when with which skills, and how long the work really takes compared with the plan.
 */
public record Scenario(String name, String store, long seed, Map<Integer, Double> arrivalsPerHour, Map<String, Double> channels,
		Map<Integer, Double> sizes, Map<String, Double> flavors, Map<String, Double> addOns, double delivery, double urgent,
		double chineseInscription, double englishInscription, Map<Integer, Double> dueHours, Map<Integer, Double> daysAhead,
		List<String> districts, List<Person> staff, Map<String, Double> durationSpread, int deliveryMinMinutes, int deliveryMaxMinutes) {

	/** Someone on the scenario's roster. */
	public record Person(String username, String name, String role, String shift, List<String> skills) {
	}

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	public static Scenario read(InputStream in) throws IOException {
		return YAML.readValue(in, Scenario.class);
	}

	/** The packaged scenarios by id (file name without .yml), read once. */
	public static Map<String, Scenario> packaged() {
		return Packaged.SCENARIOS;
	}

	private static final class Packaged {
		static final Map<String, Scenario> SCENARIOS = java.util.Collections.unmodifiableMap(read());
	}

	private static Map<String, Scenario> read() {
		var scenarios = new LinkedHashMap<String, Scenario>();
		for (var id : List.of("weekday", "weekend", "holiday-peak")) {
			try (var in = Scenario.class.getResourceAsStream("/scenarios/" + id + ".yml")) {
				scenarios.put(id, read(in));
			}
			catch (IOException e) {
				throw new IllegalStateException("scenario " + id + " unreadable", e);
			}
		}
		return scenarios;
	}

	/** The same day with the arrivals multiplied and extra people of a role added (what-if). */
	public Scenario scaled(double volume, String extraRole, int extraCount) {
		var arrivals = new LinkedHashMap<Integer, Double>();
		arrivalsPerHour.forEach((hour, n) -> arrivals.put(hour, n * volume));
		var people = new ArrayList<>(staff);
		if (extraRole != null && extraCount > 0) {
			var like = staff.stream().filter(p -> p.role().equals(extraRole)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the scenario has nobody of role " + extraRole + " to copy the shift and skills of"));
			for (int i = 1; i <= extraCount; i++) {
				people.add(new Person("extra-" + extraRole.toLowerCase() + "-" + i, "临时" + like.name(), extraRole, like.shift(), like.skills()));
			}
		}
		return new Scenario(name + (volume == 1 ? "" : " ×" + volume) + (extraCount > 0 ? " +" + extraCount + " " + extraRole : ""), store, seed,
				arrivals, channels, sizes, flavors, addOns, delivery, urgent, chineseInscription, englishInscription, dueHours, daysAhead, districts,
				people, durationSpread, deliveryMinMinutes, deliveryMaxMinutes);
	}
}
