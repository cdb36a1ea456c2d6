package com.cakeflow.catalog;

import java.time.Duration;
import java.util.List;

/** The price breakdown and lead time of one cake line (size + flavor + add-ons) times its quantity. */
public record CakeQuote(CakeSize size, Flavor flavor, List<AddOn> addOns, int quantity) {

	public long addOnsFen() {
		return addOns.stream().mapToLong(AddOn::priceFen).sum();
	}

	public long unitPriceFen() {
		return size.basePriceFen() + flavor.surchargeFen() + addOnsFen();
	}

	public long lineTotalFen() {
		return unitPriceFen() * quantity;
	}

	/** Flavor lead time plus the size's extra time plus the add-ons' extra work. */
	public Duration leadTime() {
		return Duration.ofMinutes(flavor.leadMinutes() + size.extraLeadMinutes()
				+ addOns.stream().mapToInt(AddOn::extraMinutes).sum());
	}

	/** Minutes of work at the bake, decorate and pack stations for the whole line. */
	public int bakeMinutes() {
		return size.bakeMinutes() * quantity;
	}

	public int decorateMinutes() {
		return (size.decorateMinutes() + addOns.stream().mapToInt(AddOn::extraMinutes).sum()) * quantity;
	}

	public int packMinutes() {
		return size.packMinutes() * quantity;
	}
}
