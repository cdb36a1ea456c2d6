package com.cakeflow.order.process;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.catalog.Flavor;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.inventory.CakeLine;
import com.cakeflow.inventory.Inventory;
import com.cakeflow.inventory.Recipes;
import com.cakeflow.order.TimelineType;
import com.cakeflow.order.internal.CakeOrderRepository;
import com.cakeflow.order.internal.OrderChanges;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a stock shortage the manager may offer the customer another flavor: which flavors the stock allows now, and
 * the substitution itself (the lines whose recipe uses what is missing change to it, repriced, on the timeline).
 */
@Service
@Transactional
public class FlavorSubstitution {

	private final CakeOrderRepository orders;
	private final Catalog catalog;
	private final Recipes recipes;
	private final Inventory inventory;
	private final OrderChanges changes;
	private final MessageSource messages;
	private final CurrentActor actor;
	private final Clock clock;

	FlavorSubstitution(CakeOrderRepository orders, Catalog catalog, Recipes recipes, Inventory inventory, OrderChanges changes, MessageSource messages,
			CurrentActor actor, Clock clock) {
		this.orders = orders;
		this.catalog = catalog;
		this.recipes = recipes;
		this.inventory = inventory;
		this.changes = changes;
		this.messages = messages;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * Substitutes a flavor: the cake lines whose recipe uses a missing item (all lines if none does) change to it.
	 * Returns why it could not be done, or an empty string.
	 */
	public String substitute(long orderId, String flavorInput, java.util.Collection<String> shortItems) {
		var order = orders.lockById(orderId).orElseThrow();
		var flavor = flavorCode(flavorInput).orElse(flavorInput);
		var lines = new TreeSet<Integer>();
		for (var item : order.items()) {
			var uses = new HashSet<>(recipes.recipe(item.flavorCode(), item.sizeInches()).lines().stream().map(l -> l.itemCode()).toList());
			uses.addAll(recipes.explodedQuantities(item.flavorCode(), item.sizeInches()).keySet());
			if (shortItems.stream().anyMatch(uses::contains)) {
				lines.add(item.lineNo());
			}
		}
		if (lines.isEmpty()) {
			order.items().forEach(item -> lines.add(item.lineNo()));
		}
		var problem = changes.flavorProblem(order, lines, flavor);
		if (problem.isPresent()) {
			var why = messages.getMessage(problem.get().code(), problem.get().args().toArray(), problem.get().code(), Locale.SIMPLIFIED_CHINESE);
			order.log(clock.instant(), TimelineType.SUBSTITUTE_REFUSED, actor.name(), TimelineType.details("flavor", flavor, "reason", why));
			return why;
		}
		changes.changeFlavor(order, lines, flavor, actor.name());
		return "";
	}

	/** A flavor by its code or its Chinese or English name, as a manager may type it. */
	@Transactional(readOnly = true)
	public Optional<String> flavorCode(String input) {
		if (input == null || input.isBlank()) {
			return Optional.empty();
		}
		var wanted = input.strip();
		return catalog.flavors().stream()
			.filter(f -> f.code().equalsIgnoreCase(wanted) || f.nameZh().equals(wanted) || f.nameEn().equalsIgnoreCase(wanted))
			.map(Flavor::code).findFirst();
	}

	/** Flavors this order's cakes could be made in from the stock available now (what the manager can offer). */
	@Transactional(readOnly = true)
	public List<Flavor> makeable(long orderId) {
		var order = orders.findById(orderId).orElseThrow();
		var alternatives = new LinkedHashMap<Flavor, List<CakeLine>>();
		catalog.flavors().forEach(flavor -> alternatives.put(flavor,
				order.items().stream().map(i -> new CakeLine(flavor.code(), i.sizeInches(), i.quantity())).toList()));
		return List.copyOf(inventory.reservable(order.storeId(), alternatives));
	}
}
