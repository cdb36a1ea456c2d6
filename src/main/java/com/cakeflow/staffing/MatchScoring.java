package com.cakeflow.staffing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How well a person suits a stage, as a sum of named parts (so the timeline can say why):
 * <ul>
 * <li><b>skills</b> −1000 when a required skill is missing (large sizes, calligraphy, fondant): somebody without it is
 * chosen only when nobody with it is there at all;</li>
 * <li><b>shift</b> +30 on shift now, +10 when the shift starts before the latest start, −60 when it does not;</li>
 * <li><b>time</b> +20 when the person's shift minutes until the latest finish, less what they already have committed,
 * hold the stage's minutes, −40 when they do not (the cake would be late with them);</li>
 * <li><b>load</b> −1 per 6 committed minutes, at most −40 (spread the work);</li>
 * <li><b>zone</b> (drivers) +25 when they cover the delivery's district, −25 when they do not;</li>
 * <li><b>route</b> (drivers) +10 per open delivery of theirs to the same district due within an hour of this one, at
 * most +20 (one trip for two cakes).</li>
 * </ul>
 * Ties go to the less committed, then by username — the same inputs always give the same choice.
 */
final class MatchScoring {

	static final Duration ROUTE_WINDOW = Duration.ofHours(1);
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private MatchScoring() {
	}

	/** A person who could do the stage, with what they already carry. */
	record Candidate(String username, String displayName, Set<String> skills, LocalTime shiftStart, LocalTime shiftEnd,
			long committedMinutes, List<Delivery> openDeliveries) {
	}

	/** An open delivery already assigned to a driver. */
	record Delivery(String zone, Instant dueAt) {
	}

	/** One named part of a score. */
	record Part(String name, int points, String why) {

		@Override
		public String toString() {
			return name + " " + (points >= 0 ? "+" : "−") + Math.abs(points) + " (" + why + ")";
		}
	}

	record Scored(Candidate candidate, List<Part> parts) {

		int total() {
			return parts.stream().mapToInt(Part::points).sum();
		}

		String breakdown() {
			return candidate.username() + " " + total() + " = " + parts.stream().map(Part::toString).collect(Collectors.joining(" · "));
		}
	}

	static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::total).reversed()
		.thenComparingLong(s -> s.candidate().committedMinutes()).thenComparing(s -> s.candidate().username());

	static List<Scored> rank(List<Candidate> candidates, MatchRequest request, ZonedDateTime now) {
		return candidates.stream().map(c -> score(c, request, now)).sorted(BEST_FIRST).toList();
	}

	static Scored score(Candidate person, MatchRequest request, ZonedDateTime now) {
		var parts = new ArrayList<Part>();
		var missing = new TreeSet<>(request.requiredSkills());
		missing.removeAll(person.skills());
		if (!missing.isEmpty()) {
			parts.add(new Part("skills", -1000, "lacks " + String.join(", ", missing)));
		}
		var zone = now.getZone();
		var latestStart = request.latestStart().atZone(zone);
		var latestFinish = request.latestFinish().atZone(zone);
		if (onShift(person, now.toLocalTime())) {
			parts.add(new Part("shift", 30, "on shift until " + HH_MM.format(person.shiftEnd())));
		}
		else {
			var next = nextShiftStart(person, now);
			boolean inTime = !next.isAfter(latestStart);
			parts.add(new Part("shift", inTime ? 10 : -60, "next shift " + when(next, now) + (inTime ? ", before" : ", after")
					+ " the latest start " + when(latestStart, now)));
		}
		long free = shiftMinutes(person, now, latestFinish) - person.committedMinutes();
		parts.add(free >= request.minutes()
				? new Part("time", 20, Math.max(free, 0) + " min free before " + when(latestFinish, now))
				: new Part("time", -40, "only " + Math.max(free, 0) + " of " + request.minutes() + " min free before " + when(latestFinish, now)));
		if (person.committedMinutes() > 0) {
			parts.add(new Part("load", -(int) Math.min(40, person.committedMinutes() / 6), person.committedMinutes() + " min committed"));
		}
		if (request.zone() != null) {
			boolean covers = person.skills().contains(DeliveryZones.skill(request.zone()));
			parts.add(new Part("zone", covers ? 25 : -25, (covers ? "covers " : "does not cover ") + request.zone()));
			long together = person.openDeliveries().stream().filter(d -> request.zone().equals(d.zone())
					&& Duration.between(d.dueAt(), request.latestFinish()).abs().compareTo(ROUTE_WINDOW) <= 0).count();
			if (together > 0) {
				parts.add(new Part("route", (int) Math.min(20, 10 * together), together + " delivery to " + request.zone() + " due within 1 h"));
			}
		}
		return new Scored(person, List.copyOf(parts));
	}

	static boolean onShift(Candidate person, LocalTime time) {
		return new StaffRoster.Shift(person.username(), person.shiftStart(), person.shiftEnd()).covers(time);
	}

	/** Now when on shift, else the next time the shift starts. */
	static ZonedDateTime nextShiftStart(Candidate person, ZonedDateTime now) {
		if (onShift(person, now.toLocalTime())) {
			return now;
		}
		var today = now.toLocalDate().atTime(person.shiftStart()).atZone(now.getZone());
		return today.isAfter(now) ? today : today.plusDays(1);
	}

	/** Minutes of the person's shifts inside [from, to). */
	static long shiftMinutes(Candidate person, ZonedDateTime from, ZonedDateTime to) {
		long minutes = 0;
		for (var day = from.toLocalDate().minusDays(1); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
			var start = day.atTime(person.shiftStart()).atZone(from.getZone());
			var end = (person.shiftStart().isBefore(person.shiftEnd()) ? day : day.plusDays(1)).atTime(person.shiftEnd()).atZone(from.getZone());
			var a = start.isAfter(from) ? start : from;
			var b = end.isBefore(to) ? end : to;
			if (a.isBefore(b)) {
				minutes += Duration.between(a, b).toMinutes();
			}
		}
		return minutes;
	}

	/** A time as HH:mm, with the date when it is not today. */
	private static String when(ZonedDateTime time, ZonedDateTime now) {
		return time.toLocalDate().equals(now.toLocalDate()) ? HH_MM.format(time) : time.toLocalDate() + " " + HH_MM.format(time);
	}
}
