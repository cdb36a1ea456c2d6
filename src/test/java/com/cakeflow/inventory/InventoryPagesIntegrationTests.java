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

	@Test
	void recipePageShowsCostAndMarginOfEveryFlavorAndSize() {
		var browser = BrowserSession.login(port, "manager");
		var page = browser.get("/inventory/recipes");
		var rows = page.select("#costing tbody tr");
		assertThat(rows).hasSize(12);
		assertThat(rows).allSatisfy(row -> assertThat(row.select("td a")).hasSize(4)); // a recipe for every flavor × size
		var api = new com.cakeflow.ApiClient(port, "manager").get("/api/inventory/recipes?flavor=MANGO&sizeInches=8").body();
		var mango8 = page.select("#costing a[href*=flavor=MANGO][href*=size=8]").first();
		assertThat(mango8.text()).contains(api.get("marginPercent").decimalValue().toPlainString() + "%")
			.contains(String.format("%.2f", api.get("costFen").asLong() / 100.0));

		var recipe = browser.get("/inventory/recipes?flavor=MANGO&size=8").select("#recipe");
		assertThat(recipe.text()).contains("SPONGE_8").contains("一批出 4 个").contains("kg").contains("2.0%").contains("芒果果泥").contains("250 g")
			.contains("122.45 g");
		assertThat(BrowserSession.login(port, "baker1").getStatus("/inventory/recipes")).isEqualTo(403);
	}

	@Test
	void purchasingPageGivesOnePrintableSheetPerSupplier() {
		TestStock.none(inventory, jdbc, "MANGO_PUREE");
		var page = BrowserSession.login(port, "manager").get("/inventory/purchasing");
		var sheet = page.select(".purchase-sheet").stream().filter(s -> s.text().contains("宝茸")).findFirst().orElseThrow();
		assertThat(sheet.text()).contains("MANGO_PUREE").contains("采购单");
		assertThat(page.select("button[onclick=window.print()]")).hasSize(1);
		assertThat(page.select(".purchase-sheet").size()).isEqualTo(new com.cakeflow.ApiClient(port, "manager")
			.get("/api/inventory/reorder-suggestions").body().size());
	}

	@Test
	void forecastPageDrawsConfirmedAndExpectedDemandPerDay() {
		var page = BrowserSession.login(port, "manager").get("/inventory/forecast?item=FLOUR&days=7");
		assertThat(page.select("#chart g")).hasSize(7);
		assertThat(page.select("#chart rect.bar-expected")).anySatisfy(bar -> assertThat(Integer.parseInt(bar.attr("height"))).isPositive());
		assertThat(page.select("#backtest").text()).contains("MAPE").containsPattern("\\d+\\.\\d%");
		assertThat(page.select("#item option[selected]").val()).isEqualTo("FLOUR");
	}

	@Test
	void expiringFilterShowsOnlyItemsWithLotsRunningOutOfDate() {
		long store = TestStock.demoStore(jdbc);
		inventory.adjust(store, new Inventory.Adjustment("STRAWBERRY", 200, "进货", "S-EXP-1", java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(1)), "test");
		var page = BrowserSession.login(port, "manager").get("/inventory?expiring=3");
		assertThat(page.select("#expiring-lots").text()).contains("S-EXP-1");
		var listed = page.select("table.table-hover tbody tr").eachText();
		assertThat(listed).anyMatch(row -> row.contains("STRAWBERRY")).noneMatch(row -> row.contains("FLOUR"));
	}

	@Test
	void transfersStockToAnotherStoreFromTheItemPage() {
		long sh02 = jdbc.sql("select id from store where code = 'SH02'").query(Long.class).single();
		long before = inventory.item(sh02, "CREAM").item().onHand();
		var browser = BrowserSession.login(port, "manager");
		var item = browser.get("/inventory/CREAM");
		assertThat(item.select("#toStore option").eachAttr("value")).contains("SH02");
		var moved = browser.post("/inventory/CREAM/transfer", item, Map.of("toStore", "SH02", "quantity", "500", "reason", "静安店周末备货"));
		assertThat(moved.select(".alert-success")).hasSize(1);
		assertThat(moved.text()).contains("TRANSFER_OUT").contains("↔ SH02");
		assertThat(inventory.item(sh02, "CREAM").item().onHand()).isEqualTo(before + 500);
		var refused = browser.post("/inventory/CREAM/transfer", moved, Map.of("toStore", "SH02", "quantity", "99999999"));
		assertThat(refused.select(".alert-danger").text()).contains("可用库存只有");
	}
}
