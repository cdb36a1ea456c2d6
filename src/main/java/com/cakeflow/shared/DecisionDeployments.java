package com.cakeflow.shared;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Tells {@link DecisionCache} about every deployment this node makes (from Modeler, the REST API or a restart): the
 * latest version of each table is then looked up again — once when the deployment is made and again when it commits,
 * so a lookup between the two cannot keep the old version.
 */
@Component
class DecisionDeployments extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		var deployers = new ArrayList<Deployer>();
		if (configuration.getCustomPostDeployers() != null) {
			deployers.addAll(configuration.getCustomPostDeployers());
		}
		deployers.add(DecisionDeployments::deployed);
		configuration.setCustomPostDeployers(deployers);
	}

	private static void deployed(DeploymentEntity deployment) {
		DecisionCache.deployed();
		var command = Context.getCommandContext();
		if (command != null) {
			command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> DecisionCache.deployed());
		}
	}
}
