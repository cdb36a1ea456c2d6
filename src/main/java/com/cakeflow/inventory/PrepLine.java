package com.cakeflow.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line of a prep list: a semi-finished item (a sponge base) a day's cakes need, how much of it their orders already
 * hold, how much is free in stock, and how much is left to make ahead, with what making it takes.
 */
public record PrepLine(String itemCode, String nameZh, String nameEn, String unit, long needed, long reserved, long free, long toMake,
		List<Ingredient> ingredients) {

	/** An ingredient of what is to be made, rounded up to whole stock units. */
	public record Ingredient(String itemCode, String nameZh, String unit, BigDecimal quantity) {
	}
}
