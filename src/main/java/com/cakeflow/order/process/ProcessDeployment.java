package com.cakeflow.order.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the top-level {@code processes/} folder (BPMN, DMN and Camunda Forms — the starter would skip the forms)
 * under stable resource names as one deployment named {@value #NAME}, with duplicate filtering: a restart with
 * unchanged files deploys nothing, so no new versions appear and a manager's newer Modeler deployment stays the latest
 * until the packaged files change. Warns when a Modeler deployment is newer than the packaged one.
 */
@Component
class ProcessDeployment implements SmartInitializingSingleton {

	static final String NAME = "cakeflow-processes";
	static final String SOURCE = "cakeflow";

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

	private final RepositoryService repository;

	ProcessDeployment(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public void afterSingletonsInstantiated() {
		var deployment = repository.createDeployment().name(NAME).source(SOURCE).enableDuplicateFiltering(false);
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			// a class path can list the same folder twice (a manifest Class-Path plus the folder itself): one file per name
			var names = new java.util.HashSet<String>();
			for (var resource : resolver.getResources("classpath*:processes/**/*")) {
				var url = resource.getURL().toString();
				if (url.endsWith(".bpmn") || url.endsWith(".dmn") || url.endsWith(".form")) {
					var name = url.substring(url.lastIndexOf("/processes/") + "/processes/".length());
					if (names.add(name)) {
						deployment.addInputStream(name, resource.getInputStream());
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read processes/", e);
		}
		var deployed = deployment.deployWithResult();
		var fresh = deployed.getDeployedProcessDefinitions() == null ? 0 : deployed.getDeployedProcessDefinitions().size();
		log.info("processes/ deployed as {} ({} process definitions new; unchanged files deploy nothing)", deployed.getId(), fresh);
		var latest = repository.createProcessDefinitionQuery().processDefinitionKey(CakeOrderProcess.KEY).latestVersion().singleResult();
		var ours = repository.createDeploymentQuery().deploymentName(NAME).orderByDeploymentTime().desc().listPage(0, 1);
		if (latest != null && !ours.isEmpty() && !latest.getDeploymentId().equals(ours.get(0).getId())) {
			log.warn("cakeOrder v{} was deployed outside processes/ (e.g. from Camunda Modeler) and is newer than the packaged diagram: "
					+ "save it into processes/ so the next release keeps it", latest.getVersion());
		}
	}
}
