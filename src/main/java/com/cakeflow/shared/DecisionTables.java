package com.cakeflow.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The manager-editable DMN tables in {@code processes/}, for modules that only need their answers (work minutes,
 * deposit, cancellation fee): the rows a table answers are plain maps, so those modules do not depend on the engine.
 */
@Component
public class DecisionTables {

	private final DecisionService decisions;
	private final RepositoryService repository;

	DecisionTables(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	/** A table whose answers are kept per version and inputs ({@link DecisionCache}). */
	public <T> DecisionCache<T> cached(String key, Function<List<Map<String, Object>>, T> read) {
		return new DecisionCache<>(decisions, repository, key, read);
	}

	/** The rows the latest version of the table answers for these inputs, evaluated now. */
	public List<Map<String, Object>> evaluate(String key, Map<String, Object> inputs) {
		return decisions.evaluateDecisionTableByKey(key, Variables.fromMap(inputs)).getResultList();
	}

	/** An output of the first row answered, or null when no rule matched. */
	public static Object first(List<Map<String, Object>> rows, String output) {
		return rows.isEmpty() ? null : rows.get(0).get(output);
	}
}
