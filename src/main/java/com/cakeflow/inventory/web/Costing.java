package com.cakeflow.inventory.web;

import com.cakeflow.catalog.Catalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Ingredient cost, catalog price (size base price + flavor surcharge) and margin of one flavor at one size. */
record Costing(String flavor, int size, long costFen, long priceFen, long marginFen, BigDecimal marginPercent) {

	static Costing of(String flavor, int size, long costFen, long priceFen) {
		var percent = priceFen == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf((priceFen - costFen) * 100).divide(BigDecimal.valueOf(priceFen), 1, RoundingMode.HALF_UP);
		return new Costing(flavor, size, costFen, priceFen, priceFen - costFen, percent);
	}

	/** The catalog price of a flavor at a size, if both are in the catalog. */
	static Optional<Long> price(Catalog catalog, String flavor, int size) {
		return catalog.size(size).flatMap(s -> catalog.flavor(flavor).map(f -> s.basePriceFen() + f.surchargeFen()));
	}
}
