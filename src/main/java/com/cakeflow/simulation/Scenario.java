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
import java.util.Set;

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

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
		.configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true).configure(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, true);
	private static final java.util.regex.Pattern SHIFT = java.util.regex.Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");
	private static final Set<String> ROLES = Set.of("BAKER", "DECORATOR", "FRONTDESK", "DRIVER");

	/**
	 * Reads and checks a scenario: every field is required, and a scenario that could not be replayed (no front desk to
	 * pack, probabilities above 1, a shift like "8-17") is refused with every problem named, before anything runs.
	 */
	public static Scenario read(InputStream in) throws IOException {
		Scenario scenario;
		try {
			scenario = YAML.readValue(in, Scenario.class);
		}
		catch (com.fasterxml.jackson.core.JacksonException unreadable) {
			throw new InvalidScenario(List.of(unreadable(unreadable)));
		}
		var problems = scenario.problems();
		if (!problems.isEmpty()) {
			throw new InvalidScenario(problems);
		}
		return scenario;
	}

	/** What the YAML reader could not take, said as "where: what (line n)". */
	private static String unreadable(com.fasterxml.jackson.core.JacksonException e) {
		var line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
		var path = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping ? mapping.getPath().stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]").collect(java.util.stream.Collectors.joining("."))
			.replace(".[", "[") : "";
		var missing = java.util.regex.Pattern.compile("Missing (?:required )?creator property '([^']+)'").matcher(e.getOriginalMessage());
		if (missing.find()) {
			return (path.isEmpty() ? "" : path + ".") + missing.group(1) + ": missing" + line;
		}
		if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
			return path + ": unknown field" + line;
		}
		if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
			return path + ": not a valid value" + line;
		}
		return e.getOriginalMessage() + line;
	}

	/** A scenario that cannot be replayed, with what is wrong in it. */
	public static final class InvalidScenario extends IllegalArgumentException {

		private final List<String> problems;

		InvalidScenario(List<String> problems) {
			super("invalid scenario: " + String.join("; ", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return problems;
		}
	}

	/** What makes this scenario impossible to replay (empty when it is fine). */
	List<String> problems() {
		var problems = new ArrayList<String>();
		if (name.isBlank()) {
			problems.add("name: must not be blank");
		}
		if (store.isBlank()) {
			problems.add("store: must not be blank");
		}
		if (arrivalsPerHour.keySet().stream().anyMatch(hour -> hour < 0 || hour > 23)) {
			problems.add("arrivalsPerHour: hours are 0 to 23");
		}
		if (arrivalsPerHour.values().stream().anyMatch(n -> n == null || n < 0)
				|| arrivalsPerHour.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
			problems.add("arrivalsPerHour: orders per hour are 0 or more, and some hour has orders");
		}
		if (dueHours.keySet().stream().anyMatch(hour -> hour < 0 || hour > 23)) {
			problems.add("dueHours: hours are 0 to 23");
		}
		if (daysAhead.keySet().stream().anyMatch(days -> days < 0 || days > 30)) {
			problems.add("daysAhead: days are 0 to 30");
		}
		weights(problems, "channels", channels);
		weights(problems, "sizes", sizes);
		weights(problems, "flavors", flavors);
		weights(problems, "dueHours", dueHours);
		weights(problems, "daysAhead", daysAhead);
		addOns.forEach((code, p) -> probability(problems, "addOns." + code, p));
		probability(problems, "delivery", delivery);
		probability(problems, "urgent", urgent);
		probability(problems, "chineseInscription", chineseInscription);
		probability(problems, "englishInscription", englishInscription);
		if (chineseInscription + englishInscription > 1) {
			problems.add("chineseInscription + englishInscription: at most 1 together");
		}
		if (delivery > 0 && districts.isEmpty()) {
			problems.add("districts: deliveries need at least one district");
		}
		if (deliveryMinMinutes <= 0 || deliveryMaxMinutes < deliveryMinMinutes) {
			problems.add("deliveryMinMinutes/deliveryMaxMinutes: more than 0, and the maximum not below the minimum");
		}
		durationSpread.forEach((station, sigma) -> {
			if (!Set.of("BAKE", "DECORATE", "PACK").contains(station) || sigma == null || sigma < 0 || sigma > 2) {
				problems.add("durationSpread." + station + ": stations BAKE, DECORATE, PACK with a spread from 0 to 2");
			}
		});
		var usernames = new java.util.HashSet<String>();
		for (int i = 0; i < staff.size(); i++) {
			var person = staff.get(i);
			var at = "staff[" + i + "]";
			if (person == null || person.username() == null || person.username().isBlank()) {
				problems.add(at + ".username: must not be blank");
				continue;
			}
			if (!usernames.add(person.username())) {
				problems.add(at + ".username: " + person.username() + " twice");
			}
			if (person.name() == null || person.name().isBlank()) {
				problems.add(at + ".name: must not be blank");
			}
			if (person.role() == null || !ROLES.contains(person.role())) {
				problems.add(at + ".role: one of BAKER, DECORATOR, FRONTDESK, DRIVER, not " + person.role());
			}
			if (person.shift() == null || !SHIFT.matcher(person.shift().strip()).matches()) {
				problems.add(at + ".shift: like \"08:00-17:00\", not " + person.shift());
			}
			if (person.skills() == null) {
				problems.add(at + ".skills: a list, [] for none");
			}
		}
		for (var role : List.of("BAKER", "DECORATOR", "FRONTDESK")) {
			if (staff.stream().noneMatch(p -> p != null && role.equals(p.role()))) {
				problems.add("staff: nobody of role " + role + " (every cake is baked, decorated and packed)");
			}
		}
		if (delivery > 0 && staff.stream().noneMatch(p -> p != null && "DRIVER".equals(p.role()))) {
			problems.add("staff: nobody of role DRIVER, but delivery > 0");
		}
		return problems;
	}

	private static void weights(List<String> problems, String field, Map<?, Double> weights) {
		if (weights.isEmpty() || weights.values().stream().anyMatch(w -> w == null || w < 0)
				|| weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
			problems.add(field + ": weights are 0 or more, at least one above 0");
		}
	}

	private static void probability(List<String> problems, String field, Double p) {
		if (p == null || p < 0 || p > 1) {
			problems.add(field + ": a probability from 0 to 1, not " + p);
		}
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
