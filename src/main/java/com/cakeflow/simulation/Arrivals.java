package com.cakeflow.simulation;

import com.cakeflow.order.NewOrderRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The day's customers, drawn from the scenario with its seed: Poisson arrivals per hour at uniform times within the
 * hour, each with a cake (size, flavor, add-ons, inscription), a channel, pickup or delivery and a wanted time. The same
 * seed and volume give the same customers, whatever the way of working.
 */
final class Arrivals {

	private static final String[] CHINESE = { "生日快乐", "宝贝生日快乐", "妈妈生日快乐", "爸爸身体健康", "永远十八岁", "百年好合", "前程似锦" };
	// all short enough for the smallest cake (12 characters on a 6-inch)
	private static final String[] ENGLISH = { "Happy Bday", "Love You", "Congrats", "Best Wishes", "Happy 18th" };

	private Arrivals() {
	}

	/** One customer: when they order and what; {@code request(attempt)} asks for a day later on each new attempt. */
	record Arrival(int sequence, Instant at, String channel, String name, String phone, int size, String flavor, List<String> addOns,
			String inscription, String fulfillment, String address, LocalDate dueDay, int dueHour, boolean urgent) {

		NewOrderRequest request(int attempt) {
			var due = dueDay.plusDays(attempt) + String.format("T%02d:00:00", dueHour);
			return new NewOrderRequest(channel, new NewOrderRequest.Customer(name, phone),
					List.of(new NewOrderRequest.Item(size, flavor, inscription, 1, addOns)), new NewOrderRequest.Fulfillment(fulfillment, due, address),
					null, urgent, null);
		}
	}

	static List<Arrival> of(Scenario scenario, LocalDate day, ZoneId zone) {
		var random = new Random(scenario.seed());
		var arrivals = new ArrayList<Arrival>();
		int sequence = 0;
		for (var hour : new java.util.TreeMap<>(scenario.arrivalsPerHour()).entrySet()) {
			int count = poisson(random, hour.getValue());
			var times = new ArrayList<Integer>();
			for (int i = 0; i < count; i++) {
				times.add(random.nextInt(3600));
			}
			times.sort(Integer::compare);
			for (int second : times) {
				var at = day.atTime(hour.getKey(), 0).plusSeconds(second).atZone(zone);
				sequence++;
				var addOns = new ArrayList<String>();
				scenario.addOns().forEach((code, p) -> {
					if (random.nextDouble() < p) {
						addOns.add(code);
					}
				});
				double text = random.nextDouble();
				String inscription = text < scenario.chineseInscription() ? CHINESE[random.nextInt(CHINESE.length)]
						: text < scenario.chineseInscription() + scenario.englishInscription() ? ENGLISH[random.nextInt(ENGLISH.length)] : null;
				boolean delivery = random.nextDouble() < scenario.delivery();
				var address = delivery ? scenario.districts().get(random.nextInt(scenario.districts().size())) + "某路" + (1 + random.nextInt(999)) + "号" : null;
				int daysAhead = pick(random, scenario.daysAhead());
				int dueHour = pick(random, scenario.dueHours());
				var dueDay = day.plusDays(daysAhead);
				if (daysAhead == 0 && dueHour <= at.getHour() + 1) { // wanted too soon today: the next good hour, else tomorrow
					dueDay = dueDay.plusDays(1);
				}
				arrivals.add(new Arrival(sequence, at.toInstant(), pickString(random, scenario.channels()), "顾客" + sequence,
						String.format("139%08d", scenario.seed() % 1000 * 100_000 + sequence), pick(random, scenario.sizes()),
						pickString(random, scenario.flavors()), List.copyOf(addOns), inscription, delivery ? "DELIVERY" : "PICKUP", address, dueDay, dueHour,
						random.nextDouble() < scenario.urgent()));
			}
		}
		return arrivals;
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= random.nextDouble();
		}
		return count;
	}

	private static int pick(Random random, Map<Integer, Double> weights) {
		return Integer.parseInt(pickString(random, new java.util.TreeMap<>(weights).entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new))));
	}

	private static String pickString(Random random, Map<String, Double> weights) {
		double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		double r = random.nextDouble() * total;
		String last = null;
		for (var entry : weights.entrySet()) {
			last = entry.getKey();
			r -= entry.getValue();
			if (r < 0) {
				return last;
			}
		}
		return last;
	}
}
