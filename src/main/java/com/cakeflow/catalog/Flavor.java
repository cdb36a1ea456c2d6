package com.cakeflow.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cake flavor (CHOCOLATE, MANGO, ...) with its zh-CN and English names, surcharge, lead time and the other names it
 * goes by ({@code aliases}, comma-separated: 朱古力, green tea).
 */
public record Flavor(String code, String nameZh, String nameEn, long surchargeFen, int leadMinutes, String aliases) {

	public Flavor(String code, String nameZh, String nameEn, long surchargeFen, int leadMinutes) {
		this(code, nameZh, nameEn, surchargeFen, leadMinutes, null);
	}

	/** Every name customers use for it: Chinese, English, then the aliases. */
	public List<String> names() {
		var names = new ArrayList<>(List.of(nameZh, nameEn));
		if (aliases != null) {
			for (var alias : aliases.split("[,，]")) {
				if (!alias.isBlank()) {
					names.add(alias.strip());
				}
			}
		}
		return names;
	}

	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
