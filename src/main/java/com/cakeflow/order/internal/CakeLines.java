package com.cakeflow.order.internal;

import com.cakeflow.catalog.Catalog;
import com.cakeflow.catalog.Flavor;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An order's cakes in one line as staff read them: {@code 8寸 巧克力 ×1}, or {@code 8" Chocolate ×1} in English. */
public final class CakeLines {

	private final Map<String, Flavor> flavors;
	private final Locale locale;
	private final boolean english;

	private CakeLines(Map<String, Flavor> flavors, Locale locale) {
		this.flavors = flavors;
		this.locale = locale;
		this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	/** The catalog's flavors are read once, for a whole list of orders. */
	public static CakeLines of(Catalog catalog, Locale locale) {
		return new CakeLines(catalog.flavors().stream().collect(Collectors.toMap(Flavor::code, Function.identity())), locale);
	}

	public String describe(CakeOrder order) {
		return order.items().stream()
			.map(i -> i.sizeInches() + (english ? "\" " : "寸 ")
					+ (flavors.containsKey(i.flavorCode()) ? flavors.get(i.flavorCode()).name(locale) : i.flavorCode()) + " ×" + i.quantity())
			.collect(Collectors.joining(", "));
	}
}
