package com.cakeflow.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cake flavor (CHOCOLATE, MANGO, ...) with its zh-CN and English names, surcharge, lead time and the other names it
 * goes by ({@code aliases}, comma-separated: 朱古力, green tea) and the allergens it contains.
 */
public record Flavor(String code, String nameZh, String nameEn, long surchargeFen, int leadMinutes, String aliases, String allergens) {

	public Flavor(String code, String nameZh, String nameEn, long surchargeFen, int leadMinutes) {
		this(code, nameZh, nameEn, surchargeFen, leadMinutes, null, null);
	}

	public Flavor(String code, String nameZh, String nameEn, long surchargeFen, int leadMinutes, String aliases) {
		this(code, nameZh, nameEn, surchargeFen, leadMinutes, aliases, null);
	}

	/** The allergens its cake contains, as printed on the label (乳, 蛋, 麸质 ...); empty when not recorded. */
	public List<String> allergenList() {
		return allergens == null || allergens.isBlank() ? List.of()
				: java.util.Arrays.stream(allergens.split("[,，、]")).map(String::strip).filter(a -> !a.isEmpty()).toList();
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
