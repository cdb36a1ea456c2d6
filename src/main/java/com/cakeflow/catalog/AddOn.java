package com.cakeflow.catalog;

import java.util.Locale;

/** Something added to a cake (candles, extra layer, photo print) with its price and the extra work it takes. */
public record AddOn(String code, String nameZh, String nameEn, long priceFen, int extraMinutes) {

	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
