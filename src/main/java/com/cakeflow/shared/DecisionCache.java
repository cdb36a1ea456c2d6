package com.cakeflow.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * What a manager-editable DMN table (a decision by key) answers for given inputs, evaluated once per version of the
 * table and inputs: intake, matching and forecasts ask the same few questions all day, and each evaluation costs FEEL
 * parsing and evaluation. Which version is the latest is remembered for {@link #VERSION_KEPT} (a query per answer was
 * a round trip per cake at every booking), and forgotten at once when a deployment is made on this node
 * ({@link DecisionDeployments}): a table a manager deploys from Modeler applies at once on the node that took it and
 * within seconds on the others.
 *
 * @param <T> what is read from the decision's result
 */
public final class DecisionCache<T> {

	private static final int MAX_ANSWERS = 10_000;

	/** How long the latest version found is trusted without a deployment on this node. */
	static final java.time.Duration VERSION_KEPT = java.time.Duration.ofSeconds(5);

	/** Counts deployments made (or loaded) on this node: a version found before the last one is looked up again. */
	private static final java.util.concurrent.atomic.AtomicLong DEPLOYMENTS = new java.util.concurrent.atomic.AtomicLong();

	private final DecisionService decisions;
	private final RepositoryService repository;
	private final String key;
	private final Function<List<Map<String, Object>>, T> read;
	private final Map<Question, T> answers = new ConcurrentHashMap<>();
	private volatile Latest latest;

	/** @param read what to take from the rows the table answers (one map of output name to value per matching rule) */
	public DecisionCache(DecisionService decisions, RepositoryService repository, String key, Function<List<Map<String, Object>>, T> read) {
		this.decisions = decisions;
		this.repository = repository;
		this.key = key;
		this.read = read;
	}

	/** The answer for these inputs (values must be immutable, with equals and hashCode: strings, numbers, booleans, lists of those). */
	public T answer(Map<String, Object> inputs) {
		var version = latestVersion();
		var question = new Question(version, Map.copyOf(inputs));
		var known = answers.get(question);
		if (known != null) {
			return known;
		}
		var variables = Variables.fromMap(inputs);
		var result = version.isEmpty() ? decisions.evaluateDecisionTableByKey(key, variables) : decisions.evaluateDecisionTableById(version, variables);
		var answer = read.apply(result.getResultList());
		if (answers.size() >= MAX_ANSWERS) {
			answers.clear();
		}
		answers.put(question, answer);
		return answer;
	}

	private String latestVersion() {
		var known = latest;
		var deployments = DEPLOYMENTS.get();
		var now = System.nanoTime();
		if (known != null && known.deployments() == deployments && now - known.foundAt() < VERSION_KEPT.toNanos()) {
			return known.id();
		}
		var definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
		var id = definition == null ? "" : definition.getId();
		latest = new Latest(id, deployments, now);
		return id;
	}

	/** A deployment was made on this node (called before and after its commit): versions are looked up again. */
	static void deployed() {
		DEPLOYMENTS.incrementAndGet();
	}

	private record Latest(String id, long deployments, long foundAt) {
	}

	private record Question(String version, Map<String, Object> inputs) {
	}
}
