package com.cakeflow.order.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deploying processes/ again with unchanged files (as on every restart) creates no new versions; forms are deployed too. */
@CakeFlowIntegrationTest
class ProcessDeploymentTests {

	@Autowired
	ProcessDeployment deployment;
	@Autowired
	RepositoryService repository;

	@Test
	void redeployingUnchangedFilesCreatesNoNewVersions() {
		long definitions = repository.createProcessDefinitionQuery().processDefinitionKey(CakeOrderProcess.KEY).count();
		long deployments = repository.createDeploymentQuery().deploymentName(ProcessDeployment.NAME).count();
		deployment.afterSingletonsInstantiated();
		deployment.afterSingletonsInstantiated();
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(CakeOrderProcess.KEY).count()).isEqualTo(definitions);
		assertThat(repository.createDeploymentQuery().deploymentName(ProcessDeployment.NAME).count()).isEqualTo(deployments);
	}

	@Test
	void deploysTheDiagramTheDecisionTablesAndTheFormsUnderStableNames() {
		var latest = repository.createDeploymentQuery().deploymentName(ProcessDeployment.NAME).orderByDeploymentTime().desc().listPage(0, 1).get(0);
		assertThat(repository.getDeploymentResourceNames(latest.getId())).contains("cake-order.bpmn", "deposit-policy.dmn",
				"cancellation-fee.dmn", "forms/bake-cake.form", "forms/decorate-cake.form", "forms/pack-cake.form",
				"forms/hand-over-cake.form", "forms/deliver-cake.form");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(CakeOrderProcess.KEY).latestVersion().singleResult()
			.getHistoryTimeToLive()).isEqualTo(180);
	}
}
