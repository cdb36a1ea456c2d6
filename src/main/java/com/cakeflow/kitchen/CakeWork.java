package com.cakeflow.kitchen;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cake line as the kitchen sees it: what decides its work minutes and the skills its stations need. The inscription
 * is the text to write (null when none).
 */
public record CakeWork(int sizeInches, List<String> addOns, String inscription, int quantity) {

	/** Sizes from this many inches up need somebody used to large cakes (baking and decorating). */
	public static final int LARGE_INCHES = 10;
	public static final String LARGE_SIZE = "LARGE_SIZE";
	/** A Chinese inscription is piped by somebody who writes calligraphy. */
	public static final String CALLIGRAPHY = "CALLIGRAPHY";
	/** A fondant topper is modelled by somebody who works fondant. */
	public static final String FONDANT = "FONDANT";

	public boolean inscribed() {
		return inscription != null && !inscription.isBlank();
	}

	/** The skills this cake asks of the person at a station: large sizes, Chinese calligraphy, fondant. */
	public Set<String> skills(Station station) {
		var skills = new TreeSet<String>();
		if (sizeInches >= LARGE_INCHES && (station == Station.BAKE || station == Station.DECORATE)) {
			skills.add(LARGE_SIZE);
		}
		if (station == Station.DECORATE && inscribed()
				&& inscription.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			skills.add(CALLIGRAPHY);
		}
		if (station == Station.DECORATE && addOns.contains("FONDANT_TOPPER")) {
			skills.add(FONDANT);
		}
		return skills;
	}

	/** Every skill a station's work may need. */
	public static Set<String> possibleSkills(Station station) {
		return switch (station) {
			case BAKE -> Set.of(LARGE_SIZE);
			case DECORATE -> Set.of(CALLIGRAPHY, FONDANT, LARGE_SIZE);
			case PACK -> Set.of();
		};
	}

	/** The skills an order's cakes ask of one station (one person does the whole station for the order). */
	public static Set<String> skills(List<CakeWork> cakes, Station station) {
		var skills = new TreeSet<String>();
		cakes.forEach(cake -> skills.addAll(cake.skills(station)));
		return skills;
	}
}
