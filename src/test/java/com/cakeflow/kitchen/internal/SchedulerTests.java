package com.cakeflow.kitchen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.kitchen.Station;
import com.cakeflow.kitchen.internal.Scheduler.Piece;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Backwards scheduling of an order's work minutes into hourly slots. */
class SchedulerTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final Map<Station, Integer> EIGHT_INCH = Map.of(Station.BAKE, 50, Station.DECORATE, 35, Station.PACK, 10);
	static final Map<Station, Set<String>> NONE = Map.of();

	static Instant at(String local) {
		return LocalDateTime.parse("2026-11-24T" + local).atZone(SHANGHAI).toInstant();
	}

	@Test
	void packsInTheHourBeforeDueThenDecoratesThenBakesBeforeThat() {
		var plan = Scheduler.plan(at("08:10:00"), at("15:30:00"), EIGHT_INCH, NONE, (station, skills, slot) -> 60, SHANGHAI).orElseThrow();
		assertThat(plan).containsExactly(new Piece(Station.PACK, at("14:00:00"), 10, false, Set.of()), new Piece(Station.DECORATE, at("13:00:00"), 35, false, Set.of()),
				new Piece(Station.BAKE, at("12:00:00"), 50, false, Set.of()));
	}

	@Test
	void splitsAStationOverHoursWhenAnHourIsPartlyTaken() {
		var free = new HashMap<Instant, Integer>(Map.of(at("13:00:00"), 20, at("12:00:00"), 60));
		var plan = Scheduler.plan(at("08:00:00"), at("15:00:00"), EIGHT_INCH, NONE,
				(station, skills, slot) -> station == Station.DECORATE ? free.getOrDefault(slot, 0) : 60, SHANGHAI).orElseThrow();
		assertThat(plan).filteredOn(p -> p.station() == Station.DECORATE).extracting(Piece::slotStart, Piece::minutes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(at("13:00:00"), 20), org.assertj.core.groups.Tuple.tuple(at("12:00:00"), 15));
		// baking has to be done before decorating starts at 12:00
		assertThat(plan).filteredOn(p -> p.station() == Station.BAKE).extracting(Piece::slotStart).containsExactly(at("11:00:00"));
	}

	@Test
	void refusesWhatDoesNotFitBeforeTheDueTime() {
		assertThat(Scheduler.plan(at("08:00:00"), at("15:00:00"), EIGHT_INCH, NONE, (station, skills, slot) -> station == Station.BAKE ? 8 : 60, SHANGHAI))
			.isEmpty(); // 8 free baking minutes an hour from 08:00 to 13:00 make 40, not 50
	}

	@Test
	void neverBooksTheHourThatHasBegun() {
		assertThat(Scheduler.plan(at("14:10:00"), at("15:00:00"), Map.of(Station.PACK, 10), NONE, (station, skills, slot) -> 60, SHANGHAI)).isEmpty();
		assertThat(Scheduler.plan(at("14:00:00"), at("15:00:00"), Map.of(Station.PACK, 10), NONE, (station, skills, slot) -> 60, SHANGHAI)).isPresent();
	}

	@Test
	void anOverrideBooksWhatDoesNotFitBeyondCapacityInTheLatestHour() {
		var plan = Scheduler.forced(at("08:00:00"), at("15:00:00"), EIGHT_INCH, NONE, (station, skills, slot) -> station == Station.BAKE ? 0 : 60, SHANGHAI);
		assertThat(plan).filteredOn(Piece::over).singleElement().satisfies(piece -> {
			assertThat(piece.station()).isEqualTo(Station.BAKE);
			assertThat(piece.minutes()).isEqualTo(50);
			assertThat(piece.slotStart()).isEqualTo(at("12:00:00")); // right before decorating
		});
	}

	/**
	 * Decorating with a Chinese inscription takes only what the calligraphers have free: the station has 60 minutes an
	 * hour, but the one calligrapher is booked until 13:00, so the piece moves earlier than a plain cake's would.
	 */
	@Test
	void minutesNeedingASkillTakeOnlyWhatThePeopleWithItHaveFree() {
		Scheduler.Grid grid = (station, skills, slot) -> skills.contains("CALLIGRAPHY") && !slot.isBefore(at("12:00:00")) ? 0 : 60;
		var plain = Scheduler.plan(at("08:00:00"), at("15:00:00"), EIGHT_INCH, NONE, grid, SHANGHAI).orElseThrow();
		assertThat(plain).filteredOn(p -> p.station() == Station.DECORATE).extracting(Piece::slotStart).containsExactly(at("13:00:00"));
		var written = Scheduler.plan(at("08:00:00"), at("15:00:00"), EIGHT_INCH, Map.of(Station.DECORATE, Set.of("CALLIGRAPHY")), grid, SHANGHAI)
			.orElseThrow();
		assertThat(written).filteredOn(p -> p.station() == Station.DECORATE).singleElement()
			.satisfies(p -> assertThat(p.slotStart()).isEqualTo(at("11:00:00"))).satisfies(p -> assertThat(p.skills()).containsExactly("CALLIGRAPHY"));
		assertThat(written).filteredOn(p -> p.station() == Station.BAKE).extracting(Piece::slotStart).containsExactly(at("10:00:00"));
		// the calligrapher has no free minute that day: the inscribed cake does not fit, whatever the station has free
		assertThat(Scheduler.plan(at("08:00:00"), at("10:00:00"), EIGHT_INCH, Map.of(Station.DECORATE, Set.of("CALLIGRAPHY")),
				(station, skills, slot) -> skills.isEmpty() ? 60 : 0, SHANGHAI)).isEmpty();
	}
}
