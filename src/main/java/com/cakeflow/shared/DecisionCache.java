package com.cakeflow.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What a manager-editable DMN table (a decision by key) answers for given inputs, evaluated once per version of the
 * table and inputs: intake, matching and forecasts ask the same few questions all day, and each evaluation costs FEEL
 * parsing and evaluation. The latest deployed version is looked up on every call (one indexed query), so a table a
 * manager deploys from Modeler, on any node, applies at once.
 *
 * @param <T> what is read from the decision's result
 */
public final class DecisionCache<T> {

	private static final int MAX_ANSWERS = 10_000;

	private final DecisionService decisions;
	private final RepositoryService repository;
	private final String key;
	private final Function<DmnDecisionTableResult, T> read;
	private final Map<Question, T> answers = new ConcurrentHashMap<>();

	public DecisionCache(DecisionService decisions, RepositoryService repository, String key, Function<DmnDecisionTableResult, T> read) {
		this.decisions = decisions;
		this.repository = repository;
		this.key = key;
		this.read = read;
	}

	/** The answer for these inputs (values must be immutable, with equals and hashCode: strings, numbers, booleans, lists of those). */
	public T answer(Map<String, Object> inputs) {
		var latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
		var version = latest == null ? "" : latest.getId();
		var question = new Question(version, Map.copyOf(inputs));
		var known = answers.get(question);
		if (known != null) {
			return known;
		}
		var variables = Variables.fromMap(inputs);
		var result = version.isEmpty() ? decisions.evaluateDecisionTableByKey(key, variables) : decisions.evaluateDecisionTableById(version, variables);
		var answer = read.apply(result);
		if (answers.size() >= MAX_ANSWERS) {
			answers.clear();
		}
		answers.put(question, answer);
		return answer;
	}

	private record Question(String version, Map<String, Object> inputs) {
	}
}
