package com.cakeflow.inventory;

import com.cakeflow.inventory.internal.InventoryRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	/** Everything the cakes need from this store's stock, per item. */
	public Map<String, Long> needs(long storeId, List<CakeLine> cakes) {
		var needs = new LinkedHashMap<String, Long>();
		for (var cake : cakes) {
			var recipe = repository.recipe(cake.flavorCode(), cake.sizeInches());
			if (recipe.isEmpty()) {
				throw new InventoryProblems.NoRecipe(cake.flavorCode(), cake.sizeInches());
			}
			recipe.forEach((code, quantity) -> add(storeId, needs, code, quantity * cake.quantity()));
		}
		return needs;
	}

	/** The fully exploded ingredient list of one cake (semi-finished goods broken down into what they are made of). */
	public List<RecipeLine> exploded(long storeId, String flavorCode, int sizeInches) {
		var lines = new LinkedHashMap<String, Long>();
		var recipe = repository.recipe(flavorCode, sizeInches);
		if (recipe.isEmpty()) {
			throw new InventoryProblems.NoRecipe(flavorCode, sizeInches);
		}
		recipe.forEach((code, quantity) -> explode(lines, code, quantity));
		return lines.entrySet().stream().map(e -> {
			var item = repository.item(storeId, e.getKey()).orElseThrow();
			long cost = Math.round(e.getValue() * repository.costPer1000(e.getKey()) / 1000.0);
			return new RecipeLine(e.getKey(), item.nameZh(), item.unit(), e.getValue(), cost);
		}).toList();
	}

	private void add(long storeId, Map<String, Long> needs, String code, long quantity) {
		var item = repository.item(storeId, code).orElseThrow();
		var subRecipe = "SEMI_FINISHED".equals(item.kind()) ? repository.recipe(code, 0) : Map.<String, Long>of();
		long fromStock = subRecipe.isEmpty() ? quantity : Math.min(quantity, Math.max(0, item.available() - needs.getOrDefault(code, 0L)));
		if (fromStock > 0) {
			needs.merge(code, fromStock, Long::sum);
		}
		long toMake = quantity - fromStock;
		if (toMake > 0) {
			subRecipe.forEach((ingredient, perUnit) -> add(storeId, needs, ingredient, perUnit * toMake));
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
