package com.cakeflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache asks for the latest table version once per few seconds, and again at once after a deployment here. */
class DecisionCacheTests {

	private final DecisionService decisions = mock(DecisionService.class);
	private final RepositoryService repository = mock(RepositoryService.class);
	private final DecisionDefinitionQuery query = mock(DecisionDefinitionQuery.class, RETURNS_SELF);
	private final DecisionDefinition version1 = definition("work-minutes:1");
	private final DecisionDefinition version2 = definition("work-minutes:2");
	private DecisionCache<String> cache;

	@BeforeEach
	void setUp() {
		when(repository.createDecisionDefinitionQuery()).thenReturn(query);
		when(query.singleResult()).thenReturn(version1);
		when(decisions.evaluateDecisionTableById(anyString(), any())).thenAnswer(call -> {
			var result = mock(DmnDecisionTableResult.class);
			when(result.getResultList()).thenReturn(java.util.List.of(Map.of("version", call.getArgument(0))));
			return result;
		});
		cache = new DecisionCache<>(decisions, repository, "work-minutes", rows -> (String) rows.get(0).get("version"));
	}

	@Test
	void repeatedQuestionsNeitherEvaluateNorLookUpTheVersionAgain() {
		for (int i = 0; i < 50; i++) {
			assertThat(cache.answer(Map.of("size", 8))).isEqualTo("work-minutes:1");
			assertThat(cache.answer(Map.of("size", 10))).isEqualTo("work-minutes:1");
		}
		verify(query, times(1)).singleResult();
		verify(decisions, times(2)).evaluateDecisionTableById(anyString(), any());
	}

	@Test
	void aDeploymentOnThisNodeAppliesToTheNextAnswer() {
		assertThat(cache.answer(Map.of("size", 8))).isEqualTo("work-minutes:1");
		when(query.singleResult()).thenReturn(version2);
		assertThat(cache.answer(Map.of("size", 8))).as("within the time a version is kept").isEqualTo("work-minutes:1");

		DecisionCache.deployed();

		assertThat(cache.answer(Map.of("size", 8))).isEqualTo("work-minutes:2");
		verify(query, times(2)).singleResult();
	}

	private static DecisionDefinition definition(String id) {
		var definition = mock(DecisionDefinition.class);
		when(definition.getId()).thenReturn(id);
		return definition;
	}
}
