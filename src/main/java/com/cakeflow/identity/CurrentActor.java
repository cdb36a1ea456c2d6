package com.cakeflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting right now: the logged-in user (our screens, the API, engine REST, Camunda webapps) or "system". */
@Component
public class CurrentActor {

	public static final String SYSTEM = "system";

	private final IdentityService identityService;

	CurrentActor(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** Whether the logged-in user has the role (never true for "system"). */
	public boolean hasRole(Role role) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
	}

	public String name() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return auth.getName();
		}
		var camunda = identityService.getCurrentAuthentication();
		return camunda != null && camunda.getUserId() != null ? camunda.getUserId() : SYSTEM;
	}
}
