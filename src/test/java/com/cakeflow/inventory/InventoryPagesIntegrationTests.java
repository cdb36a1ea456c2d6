package com.cakeflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.BrowserSession;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestStock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stock pages: low stock first, an item with lots and movements, receiving and a refused waste from the form. */
@CakeFlowIntegrationTest
class InventoryPagesIntegrationTests {

	@LocalServerPort
	int port;
	@Autowired
	Inventory inventory;
	@Autowired
	JdbcClient jdbc;

	@Test
	void listsLowStockFirstAndReceivesAndWastesFromTheItemPage() {
		TestStock.none(inventory, jdbc, "VANILLA_EXTRACT");
		var browser = BrowserSession.login(port, "manager");
		var overview = browser.get("/inventory");
		var rows = overview.select("tbody tr");
		assertThat(rows).isNotEmpty();
		var vanilla = rows.stream().filter(r -> r.text().contains("VANILLA_EXTRACT")).findFirst().orElseThrow();
		assertThat(vanilla.hasClass("table-warning")).isTrue();
		var firstNotLow = rows.stream().filter(r -> !r.hasClass("table-warning")).findFirst().map(rows::indexOf).orElse(rows.size());
		assertThat(rows.indexOf(vanilla)).isLessThan(firstNotLow);

		var item = browser.get("/inventory/VANILLA_EXTRACT");
		var received = browser.post("/inventory/VANILLA_EXTRACT/adjust", item,
				Map.of("quantity", "120", "reason", "进货", "lot", "V-2026-11", "expiresOn", "2027-06-30"));
		assertThat(received.select(".alert-success")).hasSize(1);
		assertThat(received.text()).contains("V-2026-11").contains("RECEIVE");

		var refused = browser.post("/inventory/VANILLA_EXTRACT/adjust", received, Map.of("quantity", "-10"));
		assertThat(refused.select(".alert-danger").text()).isEqualTo("报损或盘点需要填写原因");
		var tooMuch = browser.post("/inventory/VANILLA_EXTRACT/adjust", refused, Map.of("quantity", "-100000", "reason", "WASTE spilt"));
		assertThat(tooMuch.select(".alert-danger").text()).contains("可用库存只有 120");
	}
}
