package com.cakeflow.inventory;

import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import java.util.List;

/** The named ways an inventory request can fail. */
public final class InventoryProblems {

	private InventoryProblems() {
	}

	/** No such item: 404. */
	public static class UnknownItem extends DomainProblem {
		public UnknownItem(String code) {
			super(404, "problem.inventory.unknown-item", code);
		}
	}

	/** No recipe for a flavor at a size: 404. */
	public static class NoRecipe extends DomainProblem {
		public NoRecipe(String flavor, int size) {
			super(404, "problem.inventory.no-recipe", flavor, size);
		}
	}

	/** Waste or a count would take stock that is not available (or reserved by orders): 422. */
	public static class NotEnoughStock extends DomainProblem {
		public NotEnoughStock(String code, long wanted, long available) {
			super(422, "problem.invalid-request", List.of(),
					List.of(new FieldProblem("quantity", "inventory.adjust.not-enough", code, String.valueOf(wanted), String.valueOf(available))));
		}
	}

	/** A transfer to the store it comes from: 422. */
	public static class SameStore extends DomainProblem {
		public SameStore() {
			super(422, "problem.invalid-request", List.of(), List.of(new FieldProblem("toStore", "inventory.transfer.same-store")));
		}
	}

	/**
	 * Another order took the stock this one had counted on, between its reservation and its commit (the balance's
	 * constraint refused the write): nothing was stored, 409; trying again finds the shortage.
	 */
	public static class StockChanged extends DomainProblem {
		public StockChanged() {
			super(409, "problem.inventory.stock-changed");
		}
	}
}
