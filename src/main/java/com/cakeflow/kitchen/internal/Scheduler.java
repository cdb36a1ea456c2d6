package com.cakeflow.kitchen.internal;

import com.cakeflow.kitchen.Station;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places an order's work minutes into hourly slots, backwards from its due time: packing in the last slots before the
 * due hour, decorating before the first packing slot, baking before the first decorating slot, each taking what the
 * station has free. Slots are whole local hours; the hour already begun is not offered (work booked there could not be
 * started in time), and a due time inside an hour counts from that hour's start — both on the safe side. Minutes that
 * need a skill (calligraphy, large sizes, fondant) take only what both the station and the people with that skill
 * have free.
 */
public final class Scheduler {

	static final List<Station> BACKWARDS = List.of(Station.PACK, Station.DECORATE, Station.BAKE);

	private Scheduler() {
	}

	/** Free minutes of a station for work needing these skills, in the slot starting at an instant. */
	@FunctionalInterface
	public interface Grid {
		int free(Station station, Set<String> skills, Instant slotStart);
	}

	/**
	 * Minutes of one station in one hourly slot, and the skills they need; {@code over} when a manager's override put
	 * them beyond capacity.
	 */
	public record Piece(Station station, Instant slotStart, int minutes, boolean over, Set<String> skills) {
	}

	/** A plan that fits the free capacity, or empty when the minutes do not fit before the due time. */
	public static Optional<List<Piece>> plan(Instant now, Instant due, Map<Station, Integer> minutes, Map<Station, Set<String>> skills, Grid grid,
			ZoneId zone) {
		var pieces = place(now, due, minutes, skills, grid, zone, false);
		return pieces.stream().anyMatch(Piece::over) ? Optional.empty() : Optional.of(pieces);
	}

	/** The manager's override: what fits is placed as usual, the rest goes beyond capacity into the latest slot it may use. */
	public static List<Piece> forced(Instant now, Instant due, Map<Station, Integer> minutes, Map<Station, Set<String>> skills, Grid grid,
			ZoneId zone) {
		return place(now, due, minutes, skills, grid, zone, true);
	}

	/** The first slot that may still be booked: the next full hour. */
	public static ZonedDateTime firstSlot(Instant now, ZoneId zone) {
		var hour = now.atZone(zone).truncatedTo(ChronoUnit.HOURS);
		return hour.toInstant().equals(now) ? hour : hour.plusHours(1);
	}

	private static List<Piece> place(Instant now, Instant due, Map<Station, Integer> minutes, Map<Station, Set<String>> skills, Grid grid,
			ZoneId zone, boolean force) {
		var first = firstSlot(now, zone);
		var deadline = due.atZone(zone).truncatedTo(ChronoUnit.HOURS);
		var pieces = new ArrayList<Piece>();
		for (var station : BACKWARDS) {
			int need = minutes.getOrDefault(station, 0);
			if (need <= 0) {
				continue;
			}
			var needs = skills.getOrDefault(station, Set.of());
			var firstUsed = deadline;
			for (var slot = deadline.minusHours(1); need > 0 && !slot.isBefore(first); slot = slot.minusHours(1)) {
				int take = Math.min(need, Math.max(0, grid.free(station, needs, slot.toInstant())));
				if (take > 0) {
					pieces.add(new Piece(station, slot.toInstant(), take, false, needs));
					need -= take;
					firstUsed = slot;
				}
			}
			if (need > 0) {
				var latest = deadline.minusHours(1);
				pieces.add(new Piece(station, (latest.isBefore(first) && !force ? first : latest).toInstant(), need, true, needs));
				if (!force) {
					return pieces;
				}
				firstUsed = firstUsed.isAfter(latest) ? latest : firstUsed;
			}
			deadline = firstUsed;
		}
		return pieces;
	}
}
