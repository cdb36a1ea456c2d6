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
