package com.cakeflow.inventory;

import java.math.BigDecimal;

/** One ingredient of an exploded recipe, in the item's stock unit (losses and yield applied), with its cost (fen, rounded). */
public record RecipeLine(String itemCode, String itemName, String unit, BigDecimal quantity, long costFen) {
}
