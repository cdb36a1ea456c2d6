package com.cakeflow.inventory.web;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.ExpiringLot;
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
	List<Map<String, Object>> items(@RequestParam(required = false) String store) {
		return inventory.items(store(store).id()).stream().map(InventoryController::view).toList();
	}

	@GetMapping("/items/{code}")
	Map<String, Object> item(@PathVariable String code, @RequestParam(required = false) String store) {
		var detail = inventory.item(store(store).id(), code.toUpperCase());
		var view = new java.util.LinkedHashMap<>(view(detail.item()));
		view.put("lots", detail.lots());
		view.put("movements", detail.movements());
		return view;
	}

	@PostMapping("/adjustments")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'BAKER')")
	ResponseEntity<Map<String, Object>> adjust(@RequestBody AdjustmentRequest request, @RequestParam(required = false) String store) {
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
		var item = inventory.adjust(store(store).id(), new Inventory.Adjustment(request.itemCode().strip().toUpperCase(), request.quantity(),
				request.reason(), request.lot(), expiresOn), actor.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(item));
	}

	/**
	 * Moves available stock to another store ({@code {"itemCode","quantity","toStore","reason"}}), lot by lot; answers
	 * the item as this store has it afterwards.
	 */
	@PostMapping("/transfers")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	ResponseEntity<Map<String, Object>> transfer(@RequestBody TransferRequest request, @RequestParam(required = false) String store) {
		var problems = new ArrayList<FieldProblem>();
		if (request.itemCode() == null || request.itemCode().isBlank()) {
			problems.add(new FieldProblem("itemCode", "inventory.adjust.item.required"));
		}
		if (request.quantity() == null || request.quantity() <= 0) {
			problems.add(new FieldProblem("quantity", "inventory.transfer.quantity.positive"));
		}
		if (request.toStore() == null || request.toStore().isBlank()) {
			problems.add(new FieldProblem("toStore", "inventory.transfer.store.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		var from = store(store);
		var to = stores.named(request.toStore(), "toStore");
		var reason = request.reason() == null || request.reason().isBlank() ? "transfer to " + to.code() : request.reason().strip();
		var item = inventory.transfer(from.id(), to.id(), request.itemCode().strip().toUpperCase(), request.quantity(), reason, actor.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(item));
	}

	/** Lots that run out of date within {@code days} (default 3), soonest first. */
	@GetMapping("/expiring")
	List<ExpiringLot> expiring(@RequestParam(defaultValue = "3") int days, @RequestParam(required = false) String store) {
		var info = store(store);
		return inventory.expiring(info.id(), today(info.zone()), Math.min(Math.max(days, 0), 365));
	}

	/**
	 * A recipe: as written (yield, lines in the baker's units with loss rates) and exploded to stock units, with its
	 * ingredient cost and the margin against the catalog price (base + flavor surcharge).
	 */
	@GetMapping("/recipes")
	Map<String, Object> recipe(@RequestParam String flavor, @RequestParam int sizeInches, @RequestParam(required = false) String store) {
		var code = flavor.strip().toUpperCase();
		var written = recipes.recipe(code, sizeInches);
		List<RecipeLine> lines = recipes.exploded(store(store).id(), code, sizeInches);
		long cost = lines.stream().mapToLong(RecipeLine::costFen).sum();
		var view = new java.util.LinkedHashMap<String, Object>();
		view.put("flavor", code);
		view.put("sizeInches", sizeInches);
		view.put("yield", written.yield());
		view.put("lines", written.lines());
		view.put("ingredients", lines);
		view.put("costFen", cost);
		Costing.price(catalog, code, sizeInches).map(price -> Costing.of(code, sizeInches, cost, price)).ifPresent(costing -> {
			view.put("priceFen", costing.priceFen());
			view.put("marginFen", costing.marginFen());
			view.put("marginPercent", costing.marginPercent());
		});
		return view;
	}

	/** Expected ingredient use for the next days (default 7, at most 31) with the method's backtest error (MAPE). */
	@GetMapping("/forecast")
	Forecasts.Forecast forecast(@RequestParam(defaultValue = "7") int days, @RequestParam(required = false) String store) {
		var info = store(store);
		return forecasts.forecast(info.id(), info.zone(), today(info.zone()), Math.min(Math.max(days, 1), 31));
	}

	/** What to buy from which supplier: forecast over the lead time + safety stock − available. */
	@GetMapping("/reorder-suggestions")
	List<Forecasts.SupplierOrder> reorderSuggestions(@RequestParam(required = false) String store) {
		var info = store(store);
		return forecasts.reorderSuggestions(info.id(), info.zone(), today(info.zone()));
	}

	private java.time.LocalDate today(java.time.ZoneId zone) {
		return clock.instant().atZone(zone).toLocalDate();
	}

	record AdjustmentRequest(String itemCode, Long quantity, String reason, String lot, String expiresOn) {
	}

	record TransferRequest(String itemCode, Long quantity, String toStore, String reason) {
	}

	/** The store named by {@code ?store=CODE}, else the default store. */
	private StoreInfo store(String code) {
		return stores.named(code, "store");
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
