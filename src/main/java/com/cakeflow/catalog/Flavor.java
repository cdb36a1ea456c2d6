package com.cakeflow.catalog;

import java.util.Locale;

/** A cake flavor (CHOCOLATE, MANGO, ...) with its zh-CN and English names, surcharge and lead time. */
public record Flavor(String code, String nameZh, String nameEn, long surchargeFen, int leadMinutes) {

	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
