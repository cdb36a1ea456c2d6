package com.cakeflow.inventory.web;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.Forecasts;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.inventory.RecipeLine;
import com.cakeflow.inventory.Recipes;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stock of the store over REST: items with on-hand/reserved/available, an item's lots and movements, adjustments, recipes. */
@RestController
@RequestMapping("/api/inventory")
class InventoryController {

	private final Inventory inventory;
	private final Recipes recipes;
	private final Stores stores;
	private final CurrentActor actor;
	private final Catalog catalog;
	private final Forecasts forecasts;
	private final java.time.Clock clock;

	InventoryController(Inventory inventory, Recipes recipes, Stores stores, CurrentActor actor, Catalog catalog, Forecasts forecasts,
			java.time.Clock clock) {
		this.catalog = catalog;
		this.forecasts = forecasts;
		this.clock = clock;
		this.inventory = inventory;
		this.recipes = recipes;
		this.stores = stores;
		this.actor = actor;
	}

	@GetMapping("/items")
	List<Map<String, Object>> items() {
		return inventory.items(store()).stream().map(InventoryController::view).toList();
	}

	@GetMapping("/items/{code}")
	Map<String, Object> item(@PathVariable String code) {
		var detail = inventory.item(store(), code.toUpperCase());
		var view = new java.util.LinkedHashMap<>(view(detail.item()));
		view.put("lots", detail.lots());
		view.put("movements", detail.movements());
		return view;
	}

	@PostMapping("/adjustments")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'BAKER')")
	ResponseEntity<Map<String, Object>> adjust(@RequestBody AdjustmentRequest request) {
		var problems = new ArrayList<FieldProblem>();
		if (request.itemCode() == null || request.itemCode().isBlank()) {
			problems.add(new FieldProblem("itemCode", "inventory.adjust.item.required"));
		}
		if (request.quantity() == null || request.quantity() == 0) {
			problems.add(new FieldProblem("quantity", "inventory.adjust.quantity.required"));
		}
		if (request.quantity() != null && request.quantity() < 0 && (request.reason() == null || request.reason().isBlank())) {
			problems.add(new FieldProblem("reason", "inventory.adjust.reason.required"));
		}
		LocalDate expiresOn = null;
		if (request.expiresOn() != null && !request.expiresOn().isBlank()) {
			try {
				expiresOn = LocalDate.parse(request.expiresOn().strip());
			}
			catch (DateTimeParseException invalid) {
				problems.add(new FieldProblem("expiresOn", "inventory.adjust.expires.invalid", request.expiresOn()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		var item = inventory.adjust(store(), new Inventory.Adjustment(request.itemCode().strip().toUpperCase(), request.quantity(),
				request.reason(), request.lot(), expiresOn), actor.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(item));
	}

	/** The exploded recipe with its ingredient cost and the margin against the catalog price (base + flavor surcharge). */
	@GetMapping("/recipes")
	Map<String, Object> recipe(@RequestParam String flavor, @RequestParam int sizeInches) {
		var code = flavor.strip().toUpperCase();
		List<RecipeLine> lines = recipes.exploded(store(), code, sizeInches);
		long cost = lines.stream().mapToLong(RecipeLine::costFen).sum();
		var view = new java.util.LinkedHashMap<String, Object>();
		view.put("flavor", code);
		view.put("sizeInches", sizeInches);
		view.put("ingredients", lines);
		view.put("costFen", cost);
		var price = catalog.size(sizeInches).flatMap(size -> catalog.flavor(code).map(f -> size.basePriceFen() + f.surchargeFen()));
		price.ifPresent(p -> {
			view.put("priceFen", p);
			view.put("marginFen", p - cost);
			view.put("marginPercent", java.math.BigDecimal.valueOf(p - cost).multiply(java.math.BigDecimal.valueOf(100))
				.divide(java.math.BigDecimal.valueOf(p), 1, java.math.RoundingMode.HALF_UP));
		});
		return view;
	}

	/** Expected ingredient use for the next days (default 7, at most 31) with the method's backtest error (MAPE). */
	@GetMapping("/forecast")
	Forecasts.Forecast forecast(@RequestParam(defaultValue = "7") int days) {
		var store = stores.defaultStore();
		return forecasts.forecast(store.id(), store.zone(), today(store.zone()), Math.min(Math.max(days, 1), 31));
	}

	/** What to buy from which supplier: forecast over the lead time + safety stock − available. */
	@GetMapping("/reorder-suggestions")
	List<Forecasts.SupplierOrder> reorderSuggestions() {
		var store = stores.defaultStore();
		return forecasts.reorderSuggestions(store.id(), store.zone(), today(store.zone()));
	}

	private java.time.LocalDate today(java.time.ZoneId zone) {
		return clock.instant().atZone(zone).toLocalDate();
	}

	record AdjustmentRequest(String itemCode, Long quantity, String reason, String lot, String expiresOn) {
	}

	private long store() {
		return stores.defaultStore().id();
	}

	private static Map<String, Object> view(com.cakeflow.inventory.StockItem item) {
		var view = new java.util.LinkedHashMap<String, Object>();
		view.put("code", item.code());
		view.put("name", item.nameZh());
		view.put("nameEn", item.nameEn());
		view.put("kind", item.kind());
		view.put("unit", item.unit());
		view.put("onHand", item.onHand());
		view.put("reserved", item.reserved());
		view.put("available", item.available());
		view.put("reorderPoint", item.reorderPoint());
		view.put("low", item.low());
		view.put("supplier", item.supplier());
		view.put("allergens", item.allergens());
		return view;
	}
}
