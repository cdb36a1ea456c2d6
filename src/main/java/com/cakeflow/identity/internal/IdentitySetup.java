package com.cakeflow.identity.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Creates groups and grants, and in the demo profile the demo users, once all beans (and so the engine) are ready. */
@Component
class IdentitySetup implements SmartInitializingSingleton {

	private final CamundaAuthorizations authorizations;
	private final DemoUsers demoUsers;
	private final Environment environment;

	IdentitySetup(CamundaAuthorizations authorizations, DemoUsers demoUsers, Environment environment) {
		this.authorizations = authorizations;
		this.demoUsers = demoUsers;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		authorizations.ensure();
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			demoUsers.ensure();
		}
	}
}
