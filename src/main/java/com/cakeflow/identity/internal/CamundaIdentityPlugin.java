package com.cakeflow.identity.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: new passwords are hashed with bcrypt (bcrypt salts itself, so Camunda's extra salt is left empty);
 * Camunda keeps its SHA checkers, so hashes written before still verify.
 */
@Component
class CamundaIdentityPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setPasswordEncryptor(new BcryptPasswordEncryptor());
		configuration.setSaltGenerator(() -> "");
	}
}
