package com.cakeflow.inventory;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bill of materials as the baker writes it: one batch of a product (a flavor at a size, or a semi-finished item with
 * size 0) makes {@code yield} units; each line is in the unit the baker thinks in and loses a share in preparation.
 */
public record Recipe(String productCode, int sizeInches, BigDecimal yield, String note, List<Line> lines) {

	/** One line: quantity in {@code unit} (null: the item's stock unit); {@code lossRate} of the stock quantity is lost in preparation. */
	public record Line(String itemCode, BigDecimal quantity, String unit, BigDecimal lossRate) {
	}
}
