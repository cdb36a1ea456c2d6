package com.cakeflow.kitchen;

import com.cakeflow.shared.DecisionCache;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
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

	WorkMinutes(DecisionService decisions, RepositoryService repository) {
		this.perCake = new DecisionCache<>(decisions, repository, DECISION, result -> {
			var minutes = new int[Station.values().length];
			for (var row : result) {
				minutes[Station.BAKE.ordinal()] += minutes(row.getEntry("bake"));
				minutes[Station.DECORATE.ordinal()] += minutes(row.getEntry("decorate"));
				minutes[Station.PACK.ordinal()] += minutes(row.getEntry("pack"));
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
