package com.cakeflow.kitchen;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Work minutes per station of cakes, from the manager-editable DMN table {@code processes/work-minutes.dmn} (hit
 * policy COLLECT: the size's row plus a row per complexity — extra layer, fondant, photo print, gift box,
 * inscription — summed per station), times the quantity.
 * <p>
 * The table is asked once per kind of cake and version of the table: intake, matching and forecasts ask for the same
 * few kinds of cake all day, and each evaluation costs FEEL work and decision history rows. The latest deployed
 * version is looked up on every call (one indexed query), so a table a manager deploys from Modeler, on any node,
 * applies at once.
 */
@Service
public class WorkMinutes {

	public static final String DECISION = "workMinutes";
	private static final int MAX_KINDS = 10_000;

	private final DecisionService decisions;
	private final RepositoryService repository;
	private final Map<Kind, int[]> perCake = new ConcurrentHashMap<>();

	WorkMinutes(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	public Map<Station, Integer> of(List<CakeWork> cakes) {
		var total = new EnumMap<Station, Integer>(Station.class);
		for (var station : Station.values()) {
			total.put(station, 0);
		}
		if (cakes.isEmpty()) {
			return total;
		}
		var version = latestVersion();
		for (var cake : cakes) {
			var kind = new Kind(version, cake.sizeInches(), cake.addOns().stream().sorted().toList(), cake.inscribed());
			var minutes = perCake.get(kind);
			if (minutes == null) {
				if (perCake.size() >= MAX_KINDS) {
					perCake.clear();
				}
				minutes = evaluate(version, kind);
				perCake.put(kind, minutes);
			}
			for (var station : Station.values()) {
				total.merge(station, minutes[station.ordinal()] * cake.quantity(), Integer::sum);
			}
		}
		return total;
	}

	private String latestVersion() {
		var latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).latestVersion().singleResult();
		return latest == null ? "" : latest.getId();
	}

	private int[] evaluate(String version, Kind kind) {
		var variables = Variables.createVariables().putValue("sizeInches", kind.sizeInches()).putValue("addOns", kind.addOns())
			.putValue("inscription", kind.inscribed());
		var result = version.isEmpty() ? decisions.evaluateDecisionTableByKey(DECISION, variables)
				: decisions.evaluateDecisionTableById(version, variables);
		var minutes = new int[Station.values().length];
		for (var row : result) {
			minutes[Station.BAKE.ordinal()] += minutes(row.getEntry("bake"));
			minutes[Station.DECORATE.ordinal()] += minutes(row.getEntry("decorate"));
			minutes[Station.PACK.ordinal()] += minutes(row.getEntry("pack"));
		}
		return minutes;
	}

	private static int minutes(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}

	/** What decides a cake's minutes: the table's version, the size, the add-ons and whether it is inscribed. */
	private record Kind(String version, int sizeInches, List<String> addOns, boolean inscribed) {
	}
}
