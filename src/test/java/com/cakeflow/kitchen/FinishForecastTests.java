package com.cakeflow.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How a station's queue is worked off by the shift minutes of its people, hour by hour. */
class FinishForecastTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Two bakers 08:00–12:00, nobody else, no other station. */
	private static final Capacity.StaffMinutes TWO_BAKERS_IN_THE_MORNING = (station, slot) -> station == Station.BAKE
			&& slot.getHour() >= 8 && slot.getHour() < 12 ? 120 : 0;

	@Test
	void twoPeopleWorkOffTwoMinutesOfQueuePerMinuteFromNowOn() {
		// 10:30: the half hour left gives 60 minutes, 11:00-12:00 the other 120
		assertThat(FinishForecast.workedOff(TWO_BAKERS_IN_THE_MORNING, Station.BAKE, SHANGHAI, at("2026-11-23T10:30"), 180)).isEqualTo(at("2026-11-23T12:00"));
		assertThat(FinishForecast.workedOff(TWO_BAKERS_IN_THE_MORNING, Station.BAKE, SHANGHAI, at("2026-11-23T10:30"), 30)).isEqualTo(at("2026-11-23T10:45"));
	}

	@Test
	void workThatDoesNotFitTheShiftWaitsForTheNextMorning() {
		assertThat(FinishForecast.workedOff(TWO_BAKERS_IN_THE_MORNING, Station.BAKE, SHANGHAI, at("2026-11-23T11:30"), 120)).isEqualTo(at("2026-11-24T08:30"));
		assertThat(FinishForecast.workedOff(TWO_BAKERS_IN_THE_MORNING, Station.BAKE, SHANGHAI, at("2026-11-23T20:00"), 0)).isEqualTo(at("2026-11-23T20:00"));
	}

	@Test
	void aStationWithNobodyWithinTheHorizonHasNoFinish() {
		assertThat(FinishForecast.workedOff(TWO_BAKERS_IN_THE_MORNING, Station.DECORATE, SHANGHAI, at("2026-11-23T09:00"), 10)).isNull();
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
	}
}
