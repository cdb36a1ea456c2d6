package com.cakeflow.kitchen;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Work minutes per station of cakes, from the manager-editable DMN table {@code processes/work-minutes.dmn} (hit
 * policy COLLECT: the size's row plus a row per complexity — extra layer, fondant, photo print, gift box,
 * inscription — summed per station), times the quantity.
 */
@Service
public class WorkMinutes {

	public static final String DECISION = "workMinutes";

	private final DecisionService decisions;

	WorkMinutes(DecisionService decisions) {
		this.decisions = decisions;
	}

	public Map<Station, Integer> of(List<CakeWork> cakes) {
		var total = new EnumMap<Station, Integer>(Station.class);
		for (var station : Station.values()) {
			total.put(station, 0);
		}
		for (var cake : cakes) {
			var result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables().putValue("sizeInches", cake.sizeInches())
				.putValue("addOns", List.copyOf(cake.addOns())).putValue("inscription", cake.inscribed()));
			for (var row : result) {
				total.merge(Station.BAKE, minutes(row.getEntry("bake")) * cake.quantity(), Integer::sum);
				total.merge(Station.DECORATE, minutes(row.getEntry("decorate")) * cake.quantity(), Integer::sum);
				total.merge(Station.PACK, minutes(row.getEntry("pack")) * cake.quantity(), Integer::sum);
			}
		}
		return total;
	}

	private static int minutes(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}
}
