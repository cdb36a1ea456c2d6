package com.cakeflow.kitchen;

import com.cakeflow.shared.DecisionCache;
import com.cakeflow.shared.DecisionTables;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Work minutes per station of cakes, from the manager-editable DMN table {@code processes/work-minutes.dmn} (hit
 * policy COLLECT: the size's row plus a row per complexity — extra layer, fondant, photo print, gift box,
 * inscription — summed per station), times the quantity. The table is asked once per kind of cake and version of the
 * table ({@link DecisionCache}).
 */
@Service
public class WorkMinutes {

	public static final String DECISION = "workMinutes";

	private final DecisionCache<int[]> perCake;

	WorkMinutes(DecisionTables tables) {
		this.perCake = tables.cached(DECISION, rows -> {
			var minutes = new int[Station.values().length];
			for (var row : rows) {
				minutes[Station.BAKE.ordinal()] += minutes(row.get("bake"));
				minutes[Station.DECORATE.ordinal()] += minutes(row.get("decorate"));
				minutes[Station.PACK.ordinal()] += minutes(row.get("pack"));
			}
			return minutes;
		});
	}

	public Map<Station, Integer> of(List<CakeWork> cakes) {
		var total = new EnumMap<Station, Integer>(Station.class);
		for (var station : Station.values()) {
			total.put(station, 0);
		}
		for (var cake : cakes) {
			var minutes = perCake.answer(Map.of("sizeInches", cake.sizeInches(), "addOns", cake.addOns().stream().sorted().toList(), "inscription",
					cake.inscribed()));
			for (var station : Station.values()) {
				total.merge(station, minutes[station.ordinal()] * cake.quantity(), Integer::sum);
			}
		}
		return total;
	}

	private static int minutes(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}
}
