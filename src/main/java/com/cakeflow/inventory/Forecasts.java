package com.cakeflow.inventory;

import com.cakeflow.inventory.internal.InventoryRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ingredient demand forecast per day, from two sources: what confirmed orders due that day hold reserved, and what
 * the consumption ledger says such a day uses (per item, the average use on the same weekday over the last eight
 * weeks, raised on cake holidays: Valentine's Day, 520, Children's Day, Christmas, New Year). The history part stands
 * for the whole day, so orders yet to come are history − confirmed, never below zero; the day's forecast is confirmed
 * + still to come. Backtested on the last 28 days (MAPE), and turned into reorder suggestions per supplier: forecast
 * over the supplier lead time + safety stock (the reorder point) − available.
 */
@Service
@Transactional(readOnly = true)
public class Forecasts {

	static final int WEEKS = 8;
	static final int BACKTEST_DAYS = 28;
	private static final Map<String, Double> HOLIDAY_UPLIFT = Map.of("02-14", 3.0, "05-20", 2.0, "12-24", 1.8, "12-25", 1.8, "01-01", 1.5,
			"06-01", 1.5);

	private final InventoryRepository repository;

	Forecasts(InventoryRepository repository) {
		this.repository = repository;
	}

	/** Expected use per item for each of the next {@code days} days, and the backtest error of the method. */
	public Forecast forecast(long storeId, ZoneId zone, LocalDate today, int days) {
		var history = repository.dailyConsumption(storeId, zone, today.minusWeeks(WEEKS).minusDays(BACKTEST_DAYS), today);
		var confirmed = repository.reservedByDay(storeId, zone, today, today.plusDays(days));
		var perDay = new ArrayList<DayForecast>();
		for (int d = 0; d < days; d++) {
			var date = today.plusDays(d);
			perDay.add(DayForecast.of(date, confirmed.getOrDefault(date, Map.of()), predict(history, date)));
		}
		return new Forecast(perDay, backtest(history, today));
	}

	/** What to buy now, per supplier. */
	public List<SupplierOrder> reorderSuggestions(long storeId, ZoneId zone, LocalDate today) {
		var forecast = forecast(storeId, zone, today, 31);
		var bySupplier = new TreeMap<String, List<Suggestion>>();
		for (var item : repository.items(storeId)) {
			int leadDays = Math.max(1, item.leadTimeDays());
			long demand = forecast.days().stream().limit(leadDays).mapToLong(day -> day.quantities().getOrDefault(item.code(), 0L)).sum();
			long suggested = demand + item.reorderPoint() - item.available();
			if (suggested > 0 && item.supplier() != null && !"本店".equals(item.supplier())) {
				bySupplier.computeIfAbsent(item.supplier(), s -> new ArrayList<>())
					.add(new Suggestion(item.code(), item.nameZh(), item.unit(), item.available(), demand, item.reorderPoint(), suggested, leadDays));
			}
		}
		return bySupplier.entrySet().stream().map(e -> new SupplierOrder(e.getKey(), e.getValue())).toList();
	}

	static Map<String, Long> predict(Map<LocalDate, Map<String, Long>> history, LocalDate date) {
		var sums = new TreeMap<String, Long>();
		for (int w = 1; w <= WEEKS; w++) {
			history.getOrDefault(date.minusWeeks(w), Map.of()).forEach((code, qty) -> sums.merge(code, qty, Long::sum));
		}
		double uplift = HOLIDAY_UPLIFT.getOrDefault(String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth()), 1.0);
		return sums.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				e -> Math.round(e.getValue() / (double) WEEKS * uplift), (a, b) -> a, LinkedHashMap::new));
	}

	/** Mean absolute percentage error of the method over the last 28 days, per item and day with any use. */
	static Backtest backtest(Map<LocalDate, Map<String, Long>> history, LocalDate today) {
		double errors = 0;
		int points = 0;
		for (int d = 1; d <= BACKTEST_DAYS; d++) {
			var day = today.minusDays(d);
			var actual = history.getOrDefault(day, Map.of());
			var predicted = predict(history, day);
			for (var e : actual.entrySet()) {
				if (e.getValue() > 0) {
					errors += Math.abs(e.getValue() - predicted.getOrDefault(e.getKey(), 0L)) / (double) e.getValue();
					points++;
				}
			}
		}
		return points == 0 ? new Backtest(null, 0, BACKTEST_DAYS)
				: new Backtest(BigDecimal.valueOf(errors * 100 / points).setScale(1, RoundingMode.HALF_UP), points, BACKTEST_DAYS);
	}

	/** The forecast: expected use per item per day, and how well the method did on the last 28 days. */
	public record Forecast(List<DayForecast> days, Backtest backtest) {

		public Map<String, Long> totals() {
			var totals = new TreeMap<String, Long>();
			days.forEach(day -> day.quantities().forEach((code, qty) -> totals.merge(code, qty, Long::sum)));
			return totals;
		}
	}

	/**
	 * Expected use per item on one day: {@code confirmed} (held by orders due that day) + {@code expected} (orders yet
	 * to come: the weekday pattern minus what is confirmed, never negative) = {@code quantities}.
	 */
	public record DayForecast(LocalDate date, Map<String, Long> confirmed, Map<String, Long> expected, Map<String, Long> quantities) {

		static DayForecast of(LocalDate date, Map<String, Long> confirmed, Map<String, Long> history) {
			var expected = new TreeMap<String, Long>();
			var total = new TreeMap<String, Long>(confirmed);
			history.forEach((code, qty) -> {
				long more = qty - confirmed.getOrDefault(code, 0L);
				if (more > 0) {
					expected.put(code, more);
					total.merge(code, more, Long::sum);
				}
			});
			return new DayForecast(date, new TreeMap<>(confirmed), expected, total);
		}
	}

	/** Backtest: MAPE in percent (null without history), over how many item-days. */
	public record Backtest(BigDecimal mapePercent, int points, int days) {
	}

	/** What to order from one supplier. */
	public record SupplierOrder(String supplier, List<Suggestion> items) {

		public SupplierOrder {
			items = items.stream().sorted(Comparator.comparing(Suggestion::itemCode)).toList();
		}
	}

	/** One line of a purchase suggestion: forecast over the lead time + safety stock − available. */
	public record Suggestion(String itemCode, String name, String unit, long available, long demandOverLeadTime, long safetyStock,
			long suggested, int leadTimeDays) {
	}
}
