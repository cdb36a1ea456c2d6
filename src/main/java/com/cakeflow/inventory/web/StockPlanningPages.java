package com.cakeflow.inventory.web;

import com.cakeflow.catalog.CakeSize;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.catalog.Flavor;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.Forecasts;
import com.cakeflow.inventory.RecipeLine;
import com.cakeflow.inventory.Recipes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's stock planning pages: recipe costing (flavor × size, cost and margin, a recipe as written and
 * exploded), the purchase list per supplier (printable), and the demand forecast chart with its backtest error.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class StockPlanningPages {

	static final int CHART_HEIGHT = 200;
	static final int BAR_WIDTH = 36;

	private final Recipes recipes;
	private final Forecasts forecasts;
	private final Catalog catalog;
	private final Stores stores;
	private final Clock clock;

	StockPlanningPages(Recipes recipes, Forecasts forecasts, Catalog catalog, Stores stores, Clock clock) {
		this.recipes = recipes;
		this.forecasts = forecasts;
		this.catalog = catalog;
		this.stores = stores;
		this.clock = clock;
	}

	/** Cost and margin of every flavor × size; with {@code flavor} and {@code size}, that recipe in full. */
	@GetMapping("/inventory/recipes")
	String recipes(@RequestParam(required = false) String flavor, @RequestParam(required = false) Integer size, Model model) {
		var store = stores.current().id();
		var flavors = catalog.flavors();
		var sizes = catalog.sizes();
		var costs = recipes.costs(store, flavors.stream().map(Flavor::code).toList(), sizes.stream().map(CakeSize::inches).toList());
		var rows = new ArrayList<CostRow>();
		for (var f : flavors) {
			var cells = new ArrayList<Costing>();
			for (var s : sizes) {
				var cost = costs.get(f.code() + "@" + s.inches());
				cells.add(cost == null ? null : Costing.of(f.code(), s.inches(), cost, s.basePriceFen() + f.surchargeFen()));
			}
			rows.add(new CostRow(f, cells));
		}
		model.addAttribute("sizes", sizes);
		model.addAttribute("rows", rows);
		if (flavor != null && size != null) {
			var code = flavor.strip().toUpperCase();
			var lines = recipes.exploded(store, code, size);
			var written = recipes.recipe(code, size);
			long cost = lines.stream().mapToLong(RecipeLine::costFen).sum();
			model.addAttribute("selected", Costing.of(code, size, cost, Costing.price(catalog, code, size).orElse(0L)));
			model.addAttribute("selectedFlavor", catalog.flavor(code).orElse(null));
			model.addAttribute("written", written);
			model.addAttribute("exploded", lines);
			model.addAttribute("subRecipes", written.lines().stream().map(l -> l.itemCode()).distinct()
				.flatMap(item -> recipes.subRecipe(item).stream()).toList());
		}
		return "inventory/recipes";
	}

	/** What to buy from whom, printable as one purchase sheet per supplier. */
	@GetMapping("/inventory/purchasing")
	String purchasing(Model model) {
		var store = stores.current();
		var today = clock.instant().atZone(store.zone()).toLocalDate();
		model.addAttribute("suppliers", forecasts.reorderSuggestions(store.id(), store.zone(), today));
		model.addAttribute("store", store);
		model.addAttribute("today", today);
		return "inventory/purchasing";
	}

	/** The demand forecast of one item as a chart (confirmed orders + orders yet to come per day) and all items' totals. */
	@GetMapping("/inventory/forecast")
	String forecast(@RequestParam(defaultValue = "CREAM") String item, @RequestParam(defaultValue = "14") int days, Model model) {
		var store = stores.current();
		var today = clock.instant().atZone(store.zone()).toLocalDate();
		var forecast = forecasts.forecast(store.id(), store.zone(), today, Math.min(Math.max(days, 1), 31));
		var code = item.strip().toUpperCase();
		long max = forecast.days().stream().mapToLong(d -> d.quantities().getOrDefault(code, 0L)).max().orElse(0);
		var bars = new ArrayList<Bar>();
		for (int i = 0; i < forecast.days().size(); i++) {
			var day = forecast.days().get(i);
			long confirmed = day.confirmed().getOrDefault(code, 0L);
			long expected = day.expected().getOrDefault(code, 0L);
			int confirmedHeight = max == 0 ? 0 : (int) (confirmed * CHART_HEIGHT / max);
			int expectedHeight = max == 0 ? 0 : (int) ((confirmed + expected) * CHART_HEIGHT / max) - confirmedHeight;
			bars.add(new Bar(day.date(), i * (BAR_WIDTH + 8) + 40, confirmed, expected, confirmedHeight, expectedHeight));
		}
		model.addAttribute("item", code);
		model.addAttribute("items", forecast.totals().keySet());
		model.addAttribute("days", forecast.days().size());
		model.addAttribute("bars", bars);
		model.addAttribute("max", max);
		model.addAttribute("chartWidth", bars.size() * (BAR_WIDTH + 8) + 48);
		model.addAttribute("chartHeight", CHART_HEIGHT);
		model.addAttribute("totals", forecast.totals());
		model.addAttribute("backtest", forecast.backtest());
		return "inventory/forecast";
	}

	/** One row of the costing table: a flavor and its cost per size (null where it has no recipe). */
	record CostRow(Flavor flavor, List<Costing> cells) {
	}

	/** One day of the chart: x position, and the heights of the confirmed and the still-to-come parts. */
	record Bar(java.time.LocalDate date, int x, long confirmed, long expected, int confirmedHeight, int expectedHeight) {

		public int confirmedY() {
			return CHART_HEIGHT + 10 - confirmedHeight;
		}

		public int expectedY() {
			return confirmedY() - expectedHeight;
		}
	}
}
