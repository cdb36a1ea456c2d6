package com.cakeflow.inventory;

/** One ingredient of an exploded recipe, in the item's unit, with what that quantity costs (fen, rounded). */
public record RecipeLine(String itemCode, String itemName, String unit, long quantity, long costFen) {
}
