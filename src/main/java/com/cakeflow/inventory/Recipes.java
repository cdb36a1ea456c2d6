package com.cakeflow.inventory;

import com.cakeflow.inventory.internal.InventoryRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recipes (bills of materials) per flavor × size; semi-finished lines (a sponge base) are taken from stock when the
 * store has them, otherwise exploded into their own recipe.
 */
@Service
@Transactional(readOnly = true)
public class Recipes {

	private final InventoryRepository repository;

	Recipes(InventoryRepository repository) {
		this.repository = repository;
	}

	/** Everything the cakes need from this store's stock, per item (the store's items are read once). */
	public Map<String, Long> needs(long storeId, List<CakeLine> cakes) {
		var items = repository.items(storeId).stream().collect(Collectors.toMap(StockItem::code, Function.identity()));
		var needs = new LinkedHashMap<String, Long>();
		for (var cake : cakes) {
			recipe(cake.flavorCode(), cake.sizeInches()).forEach((code, quantity) -> add(items, needs, code, quantity * cake.quantity()));
		}
		return needs;
	}

	/** The fully exploded ingredient list of one cake with what each ingredient costs. */
	public List<RecipeLine> exploded(long storeId, String flavorCode, int sizeInches) {
		var items = repository.items(storeId).stream().collect(Collectors.toMap(StockItem::code, Function.identity()));
		return explodedQuantities(flavorCode, sizeInches).entrySet().stream().map(e -> {
			var item = items.get(e.getKey());
			long cost = Math.round(e.getValue() * repository.costPer1000(e.getKey()) / 1000.0);
			return new RecipeLine(e.getKey(), item.nameZh(), item.unit(), e.getValue(), cost);
		}).toList();
	}

	/** One cake broken down to what it is made of (semi-finished goods exploded into their own recipes). */
	public Map<String, Long> explodedQuantities(String flavorCode, int sizeInches) {
		var lines = new LinkedHashMap<String, Long>();
		recipe(flavorCode, sizeInches).forEach((code, quantity) -> explode(lines, code, quantity));
		return lines;
	}

	private Map<String, Long> recipe(String flavorCode, int sizeInches) {
		var recipe = repository.recipe(flavorCode, sizeInches);
		if (recipe.isEmpty()) {
			throw new InventoryProblems.NoRecipe(flavorCode, sizeInches);
		}
		return recipe;
	}

	private void add(Map<String, StockItem> items, Map<String, Long> needs, String code, long quantity) {
		var item = items.get(code);
		var subRecipe = item != null && "SEMI_FINISHED".equals(item.kind()) ? repository.recipe(code, 0) : Map.<String, Long>of();
		long fromStock = subRecipe.isEmpty() ? quantity : Math.min(quantity, Math.max(0, item.available() - needs.getOrDefault(code, 0L)));
		if (fromStock > 0) {
			needs.merge(code, fromStock, Long::sum);
		}
		long toMake = quantity - fromStock;
		if (toMake > 0) {
			subRecipe.forEach((ingredient, perUnit) -> add(items, needs, ingredient, perUnit * toMake));
		}
	}

	private void explode(Map<String, Long> lines, String code, long quantity) {
		var subRecipe = repository.recipe(code, 0);
		if (subRecipe.isEmpty()) {
			lines.merge(code, quantity, Long::sum);
		}
		else {
			subRecipe.forEach((ingredient, perUnit) -> explode(lines, ingredient, perUnit * quantity));
		}
	}
}
