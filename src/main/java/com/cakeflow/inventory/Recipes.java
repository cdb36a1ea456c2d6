package com.cakeflow.inventory;

import com.cakeflow.inventory.internal.InventoryRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recipes (bills of materials) per flavor × size. A line's stock quantity per unit made is its quantity converted to
 * the item's stock unit, grossed up for the loss rate and divided by the recipe's yield:
 * {@code quantity × factor ÷ (1 − loss) ÷ yield}. Semi-finished lines (a sponge base) are taken from stock when the
 * store has them, otherwise exploded into their own recipe. Quantities stay exact until an order's total per item is
 * rounded up to whole stock units.
 */
@Service
@Transactional(readOnly = true)
public class Recipes {

	private static final int SCALE = 6;

	private final InventoryRepository repository;

	Recipes(InventoryRepository repository) {
		this.repository = repository;
	}

	/** Everything the cakes need from this store's stock, per item, in whole stock units (the store's items are read once). */
	public Map<String, Long> needs(long storeId, List<CakeLine> cakes) {
		return needs(book(storeId), cakes);
	}

	/**
	 * {@link #needs} for several alternative sets of cakes at once, with one read of items, recipes and conversions;
	 * empty for a set with a cake that has no recipe.
	 */
	public List<java.util.Optional<Map<String, Long>>> needsEach(long storeId, List<List<CakeLine>> alternatives) {
		var book = book(storeId);
		return alternatives.stream().map(cakes -> {
			try {
				return java.util.Optional.of(needs(book, cakes));
			}
			catch (InventoryProblems.NoRecipe noRecipe) {
				return java.util.Optional.<Map<String, Long>>empty();
			}
		}).toList();
	}

	private Book book(long storeId) {
		return new Book(repository.items(storeId).stream().collect(Collectors.toMap(StockItem::code, Function.identity())));
	}

	private static Map<String, Long> needs(Book book, List<CakeLine> cakes) {
		var needs = new LinkedHashMap<String, BigDecimal>();
		for (var cake : cakes) {
			book.make(needs, cake.flavorCode(), cake.sizeInches(), BigDecimal.valueOf(cake.quantity()), true);
		}
		return roundUp(needs);
	}

	/**
	 * The semi-finished goods made in-house (sponge bases, creams) that these cakes use directly, per item, exact — what
	 * a prep list starts from.
	 */
	public Map<String, BigDecimal> semiFinished(long storeId, List<CakeLine> cakes) {
		var book = book(storeId);
		var semi = new LinkedHashMap<String, BigDecimal>();
		for (var cake : cakes) {
			book.recipeOf(cake.flavorCode(), cake.sizeInches()).ifPresent(recipe -> {
				for (var line : recipe.lines()) {
					if (book.madeInHouse(line.itemCode())) {
						semi.merge(line.itemCode(), book.stockQuantity(line).divide(recipe.yield(), SCALE, RoundingMode.HALF_UP)
							.multiply(BigDecimal.valueOf(cake.quantity())), BigDecimal::add);
					}
				}
			});
		}
		return semi;
	}

	/** What making {@code units} of a semi-finished item takes, exploded, exact. */
	public Map<String, BigDecimal> toMake(long storeId, String itemCode, BigDecimal units) {
		var lines = new LinkedHashMap<String, BigDecimal>();
		book(storeId).make(lines, itemCode, 0, units, false);
		return lines;
	}

	/** The recipe as written (units, losses, yield). */
	public Recipe recipe(String productCode, int sizeInches) {
		return repository.recipe(productCode, sizeInches).orElseThrow(() -> new InventoryProblems.NoRecipe(productCode, sizeInches));
	}

	/** The recipe of a semi-finished item (a sponge base), if it is made in-house. */
	public java.util.Optional<Recipe> subRecipe(String itemCode) {
		return repository.recipe(itemCode, 0);
	}

	/** The fully exploded ingredient list of one cake with what each ingredient costs. */
	public List<RecipeLine> exploded(long storeId, String flavorCode, int sizeInches) {
		var items = repository.items(storeId).stream().collect(Collectors.toMap(StockItem::code, Function.identity()));
		var costs = repository.costsPer1000();
		return explodedQuantities(items, flavorCode, sizeInches).entrySet().stream().map(e -> {
			var item = items.get(e.getKey());
			long cost = cost(e.getValue(), costs.getOrDefault(e.getKey(), 0L));
			return new RecipeLine(e.getKey(), item.nameZh(), item.unit(), plain(e.getValue().setScale(2, RoundingMode.HALF_UP)), cost);
		}).toList();
	}

	/**
	 * Ingredient cost (fen) of one cake of each flavor × size that has a recipe, keyed {@code FLAVOR@size}; recipes,
	 * conversions and prices are read once for the whole table.
	 */
	public Map<String, Long> costs(long storeId, List<String> flavorCodes, List<Integer> sizes) {
		var book = book(storeId);
		var prices = repository.costsPer1000();
		var costs = new LinkedHashMap<String, Long>();
		for (var flavor : flavorCodes) {
			for (int size : sizes) {
				if (book.recipeOf(flavor, size).isPresent()) {
					var lines = new LinkedHashMap<String, BigDecimal>();
					book.make(lines, flavor, size, BigDecimal.ONE, false);
					costs.put(flavor + "@" + size, lines.entrySet().stream().mapToLong(e -> cost(e.getValue(), prices.getOrDefault(e.getKey(), 0L))).sum());
				}
			}
		}
		return costs;
	}

	private static long cost(BigDecimal quantity, long fenPer1000) {
		return quantity.multiply(BigDecimal.valueOf(fenPer1000)).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact();
	}

	/** One cake broken down to what it is made of (semi-finished goods exploded into their own recipes), exact. */
	public Map<String, BigDecimal> explodedQuantities(String flavorCode, int sizeInches) {
		return explodedQuantities(repository.itemsWithoutStock().stream().collect(Collectors.toMap(StockItem::code, Function.identity())),
				flavorCode, sizeInches);
	}

	private Map<String, BigDecimal> explodedQuantities(Map<String, StockItem> items, String flavorCode, int sizeInches) {
		var lines = new LinkedHashMap<String, BigDecimal>();
		new Book(items).make(lines, flavorCode, sizeInches, BigDecimal.ONE, false);
		return lines;
	}

	/** Without trailing zeros, never in exponent notation (250, not 2.5E+2). */
	public static BigDecimal plain(BigDecimal value) {
		var stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** Whole stock units, rounded up: a reservation never holds less than the recipe needs. */
	public static Map<String, Long> roundUp(Map<String, BigDecimal> exact) {
		var rounded = new LinkedHashMap<String, Long>();
		exact.forEach((code, quantity) -> {
			long whole = quantity.setScale(0, RoundingMode.CEILING).longValueExact();
			if (whole > 0) {
				rounded.put(code, whole);
			}
		});
		return rounded;
	}

	/** Recipes and unit conversions read once per calculation. */
	private final class Book {

		private final Map<String, StockItem> items;
		private final Map<String, java.util.Optional<Recipe>> recipes = new HashMap<>();
		private final Map<String, BigDecimal> conversions;

		Book(Map<String, StockItem> items) {
			this.items = items;
			this.conversions = repository.conversions();
		}

		/** Adds what {@code units} of a product take; semi-finished lines come from stock first when {@code fromStock}. */
		void make(Map<String, BigDecimal> needs, String product, int size, BigDecimal units, boolean fromStock) {
			var recipe = recipeOf(product, size).orElseThrow(() -> new InventoryProblems.NoRecipe(product, size));
			for (var line : recipe.lines()) {
				var perUnit = stockQuantity(line).divide(recipe.yield(), SCALE, RoundingMode.HALF_UP);
				use(needs, line.itemCode(), perUnit.multiply(units), fromStock);
			}
		}

		boolean madeInHouse(String code) {
			var item = items.get(code);
			return item != null && "SEMI_FINISHED".equals(item.kind()) && recipeOf(code, 0).isPresent();
		}

		private void use(Map<String, BigDecimal> needs, String code, BigDecimal quantity, boolean fromStock) {
			var item = items.get(code);
			if (!madeInHouse(code)) {
				needs.merge(code, quantity, BigDecimal::add);
				return;
			}
			var taken = BigDecimal.ZERO;
			if (fromStock) {
				var left = BigDecimal.valueOf(item.available()).subtract(needs.getOrDefault(code, BigDecimal.ZERO)).max(BigDecimal.ZERO);
				taken = quantity.min(left);
				if (taken.signum() > 0) {
					needs.merge(code, taken, BigDecimal::add);
				}
			}
			var toMake = quantity.subtract(taken);
			if (toMake.signum() > 0) {
				make(needs, code, 0, toMake, fromStock);
			}
		}

		private java.util.Optional<Recipe> recipeOf(String product, int size) {
			return recipes.computeIfAbsent(product + "@" + size, key -> repository.recipe(product, size));
		}

		/** The line's quantity in the item's stock unit, grossed up for what is lost in preparation. */
		private BigDecimal stockQuantity(Recipe.Line line) {
			var item = items.get(line.itemCode());
			var factor = BigDecimal.ONE;
			if (line.unit() != null && item != null && !line.unit().equals(item.unit())) {
				factor = conversions.get(line.itemCode() + ":" + line.unit() + ">" + item.unit());
				if (factor == null) {
					factor = conversions.get("*:" + line.unit() + ">" + item.unit());
				}
				if (factor == null) {
					throw new IllegalStateException("no unit conversion from " + line.unit() + " to " + item.unit() + " for " + line.itemCode());
				}
			}
			return line.quantity().multiply(factor).divide(BigDecimal.ONE.subtract(line.lossRate()), SCALE, RoundingMode.HALF_UP);
		}
	}
}
