package com.cakeflow.catalog;

/** A cake size in 寸 (inches) with its base price, extra lead time, inscription room and work minutes per station. */
public record CakeSize(int inches, long basePriceFen, int extraLeadMinutes, int maxInscriptionChars, int bakeMinutes,
		int decorateMinutes, int packMinutes, String servings) {
}
