package com.cakeflow.kitchen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.kitchen.Station;
import com.cakeflow.kitchen.internal.Scheduler.Piece;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Backwards scheduling of an order's work minutes into hourly slots. */
class SchedulerTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final Map<Station, Integer> EIGHT_INCH = Map.of(Station.BAKE, 50, Station.DECORATE, 35, Station.PACK, 10);

	static Instant at(String local) {
		return LocalDateTime.parse("2026-11-24T" + local).atZone(SHANGHAI).toInstant();
	}

	@Test
	void packsInTheHourBeforeDueThenDecoratesThenBakesBeforeThat() {
		var plan = Scheduler.plan(at("08:10:00"), at("15:30:00"), EIGHT_INCH, (station, slot) -> 60, SHANGHAI).orElseThrow();
		assertThat(plan).containsExactly(new Piece(Station.PACK, at("14:00:00"), 10, false), new Piece(Station.DECORATE, at("13:00:00"), 35, false),
				new Piece(Station.BAKE, at("12:00:00"), 50, false));
	}

	@Test
	void splitsAStationOverHoursWhenAnHourIsPartlyTaken() {
		var free = new HashMap<Instant, Integer>(Map.of(at("13:00:00"), 20, at("12:00:00"), 60));
		var plan = Scheduler.plan(at("08:00:00"), at("15:00:00"), EIGHT_INCH,
				(station, slot) -> station == Station.DECORATE ? free.getOrDefault(slot, 0) : 60, SHANGHAI).orElseThrow();
		assertThat(plan).filteredOn(p -> p.station() == Station.DECORATE).extracting(Piece::slotStart, Piece::minutes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(at("13:00:00"), 20), org.assertj.core.groups.Tuple.tuple(at("12:00:00"), 15));
		// baking has to be done before decorating starts at 12:00
		assertThat(plan).filteredOn(p -> p.station() == Station.BAKE).extracting(Piece::slotStart).containsExactly(at("11:00:00"));
	}

	@Test
	void refusesWhatDoesNotFitBeforeTheDueTime() {
		assertThat(Scheduler.plan(at("08:00:00"), at("15:00:00"), EIGHT_INCH, (station, slot) -> station == Station.BAKE ? 8 : 60, SHANGHAI))
			.isEmpty(); // 8 free baking minutes an hour from 08:00 to 13:00 make 40, not 50
	}

	@Test
	void neverBooksTheHourThatHasBegun() {
		assertThat(Scheduler.plan(at("14:10:00"), at("15:00:00"), Map.of(Station.PACK, 10), (station, slot) -> 60, SHANGHAI)).isEmpty();
		assertThat(Scheduler.plan(at("14:00:00"), at("15:00:00"), Map.of(Station.PACK, 10), (station, slot) -> 60, SHANGHAI)).isPresent();
	}

	@Test
	void anOverrideBooksWhatDoesNotFitBeyondCapacityInTheLatestHour() {
		var plan = Scheduler.forced(at("08:00:00"), at("15:00:00"), EIGHT_INCH, (station, slot) -> station == Station.BAKE ? 0 : 60, SHANGHAI);
		assertThat(plan).filteredOn(Piece::over).singleElement().satisfies(piece -> {
			assertThat(piece.station()).isEqualTo(Station.BAKE);
			assertThat(piece.minutes()).isEqualTo(50);
			assertThat(piece.slotStart()).isEqualTo(at("12:00:00")); // right before decorating
		});
	}
}
