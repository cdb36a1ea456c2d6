package com.cakeflow.inventory;

/** One ingredient of an exploded recipe, in the item's unit. */
public record RecipeLine(String itemCode, String itemName, String unit, long quantity) {
}
