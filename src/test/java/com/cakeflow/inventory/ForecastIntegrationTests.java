package com.cakeflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestStock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forecast and reorder suggestions over REST, learnt from the demo store's ten weeks of consumption. */
@CakeFlowIntegrationTest
class ForecastIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;
	@Autowired
	Inventory inventory;
	@Autowired
	JdbcClient jdbc;

	@Test
	void forecastsTheNextSevenDaysWithItsBacktestError() {
		var forecast = new ApiClient(port, "manager").get("/api/inventory/forecast?days=7").body();
		assertThat(forecast.get("days")).hasSize(7);
		JsonNode weekend = null;
		JsonNode midweek = null;
		for (var day : forecast.get("days")) {
			var dow = java.time.LocalDate.parse(day.get("date").asText()).getDayOfWeek();
			if (dow == java.time.DayOfWeek.SATURDAY) {
				weekend = day;
			}
			if (dow == java.time.DayOfWeek.TUESDAY) {
				midweek = day;
			}
		}
		assertThat(weekend.at("/quantities/FLOUR").asLong()).isGreaterThan(midweek.at("/quantities/FLOUR").asLong());
		assertThat(forecast.at("/backtest/points").asInt()).isPositive();
		assertThat(forecast.at("/backtest/mapePercent").decimalValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
	}

	@Autowired
	Forecasts forecasts;

	@Test
	void confirmedOrdersCountOnTheDayTheyAreDue() {
		jdbc.sql("insert into store (code, name, zone_id, currency) values ('FC' || ?, '预测店', 'Asia/Shanghai', 'CNY')").param(System.nanoTime() % 100_000_000).update();
		long store = jdbc.sql("select max(id) from store where code like 'FC%'").query(Long.class).single();
		for (var item : java.util.List.of("FLOUR", "SUGAR", "EGG", "BUTTER", "MILK", "CREAM", "DARK_CHOCOLATE", "COCOA", "BOX_8")) {
			inventory.adjust(store, new Inventory.Adjustment(item, 10_000, "test stock", null, null), "test");
		}
		var zone = java.time.ZoneId.of("Asia/Shanghai");
		var today = java.time.LocalDate.now(clock.withZone(zone));
		long order = 900_000_000L + System.nanoTime() % 100_000_000L;
		inventory.reserve(store, order, today.plusDays(1).atTime(15, 0).atZone(zone).toInstant(), java.util.List.of(new CakeLine("CHOCOLATE", 8, 2)), "test");

		var forecast = forecasts.forecast(store, zone, today, 7);
		assertThat(forecast.days().get(1).confirmed()).containsEntry("DARK_CHOCOLATE", 300L);
		assertThat(forecast.days().get(1).quantities()).containsEntry("DARK_CHOCOLATE", 300L); // a store without history expects nothing more
		assertThat(forecast.days().get(0).quantities()).doesNotContainKey("DARK_CHOCOLATE");

		inventory.reschedule(order, today.plusDays(3).atTime(10, 0).atZone(zone).toInstant()); // the customer moved the party
		forecast = forecasts.forecast(store, zone, today, 7);
		assertThat(forecast.days().get(1).confirmed()).doesNotContainKey("DARK_CHOCOLATE");
		assertThat(forecast.days().get(3).confirmed()).containsEntry("DARK_CHOCOLATE", 300L);

		inventory.release(order, "clerk", "cancelled");
		assertThat(forecasts.forecast(store, zone, today, 7).days().get(3).confirmed()).isEmpty();
	}

	@Test
	void theDemoStoreAddsOrdersYetToComeOnTopOfConfirmedOnes() {
		var days = new ApiClient(port, "manager").get("/api/inventory/forecast?days=7").body().get("days");
		for (var day : days) {
			day.get("quantities").fields().forEachRemaining(e -> assertThat(e.getValue().asLong()).isEqualTo(
					day.at("/confirmed/" + e.getKey()).asLong(0) + day.at("/expected/" + e.getKey()).asLong(0)));
		}
	}

	@Test
	void suggestsWhatToBuyPerSupplier() {
		TestStock.none(inventory, jdbc, "MANGO_PUREE");
		var suppliers = new ApiClient(port, "manager").get("/api/inventory/reorder-suggestions").body();
		JsonNode mango = null;
		for (var supplier : suppliers) {
			for (var item : supplier.get("items")) {
				if (item.get("itemCode").asText().equals("MANGO_PUREE")) {
					mango = item;
					assertThat(supplier.get("supplier").asText()).isEqualTo("宝茸");
				}
			}
		}
		assertThat(mango).isNotNull();
		assertThat(mango.get("available").asLong()).isZero();
		assertThat(mango.get("leadTimeDays").asInt()).isEqualTo(3);
		assertThat(mango.get("suggested").asLong())
			.isEqualTo(mango.get("demandOverLeadTime").asLong() + mango.get("safetyStock").asLong());
		assertThat(mango.get("demandOverLeadTime").asLong()).isPositive();
	}
}
