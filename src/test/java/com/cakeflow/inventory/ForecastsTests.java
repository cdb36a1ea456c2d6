package com.cakeflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forecast method: same-weekday average over eight weeks, holiday uplift, and its backtest error. */
class ForecastsTests {

	@Test
	void predictsTheSameWeekdayAverageOfTheLastEightWeeks() {
		var history = new HashMap<LocalDate, Map<String, Long>>();
		var saturday = LocalDate.of(2026, 11, 28);
		for (int w = 1; w <= 8; w++) {
			history.put(saturday.minusWeeks(w), Map.of("FLOUR", w % 2 == 0 ? 1000L : 2000L));
			history.put(saturday.minusWeeks(w).minusDays(4), Map.of("FLOUR", 300L)); // Tuesdays
		}
		assertThat(Forecasts.predict(history, saturday)).containsEntry("FLOUR", 1500L);
		assertThat(Forecasts.predict(history, saturday.minusDays(4))).containsEntry("FLOUR", 300L);
	}

	@Test
	void raisesTheForecastOnCakeHolidays() {
		var history = new HashMap<LocalDate, Map<String, Long>>();
		var valentines = LocalDate.of(2027, 2, 14);
		for (int w = 1; w <= 8; w++) {
			history.put(valentines.minusWeeks(w), Map.of("STRAWBERRY", 800L));
		}
		assertThat(Forecasts.predict(history, valentines)).containsEntry("STRAWBERRY", 2400L);
	}

	@Test
	void backtestIsTheMeanAbsolutePercentageError() {
		var history = new HashMap<LocalDate, Map<String, Long>>();
		var today = LocalDate.of(2026, 11, 22);
		for (int d = 1; d <= 28 + 8 * 7; d++) {
			history.put(today.minusDays(d), Map.of("SUGAR", 1000L));
		}
		history.put(today.minusDays(1), Map.of("SUGAR", 500L)); // predicted 1000: 100% off on one of 28 days
		var backtest = Forecasts.backtest(history, today);
		assertThat(backtest.points()).isEqualTo(28);
		assertThat(backtest.mapePercent()).isEqualByComparingTo("3.6"); // 100 / 28
		assertThat(Forecasts.backtest(Map.of(), today).mapePercent()).isNull();
	}
}
