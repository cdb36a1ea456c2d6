package com.cakeflow.identity;

import com.cakeflow.identity.internal.ApiKeyAuthentication;
import com.cakeflow.identity.internal.StoreMembers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now: the logged-in user (our screens, the API, engine REST, Camunda webapps), an API key
 * ({@code api-key:<name>}, which may be limited to one store) or "system"; and for which stores ({@link #access()}).
 */
@Component
public class CurrentActor {

	public static final String SYSTEM = "system";

	private final IdentityService identityService;
	private final StoreMembers members;

	CurrentActor(IdentityService identityService, StoreMembers members) {
		this.identityService = identityService;
		this.members = members;
	}

	/** Whether the logged-in user has the role (never true for "system"). */
	public boolean hasRole(Role role) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
	}

	/**
	 * The stores the actor may see and act for: an API key's store (or every store for a chain-wide key); a person's
	 * stores ({@link StoreMembers}; admins every store); every store for the system itself (jobs, the engine).
	 */
	public StoreAccess access() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth instanceof ApiKeyAuthentication key) {
			return key.storeId() == null ? StoreAccess.EVERY_STORE : StoreAccess.only(java.util.List.of(key.storeId()));
		}
		var name = name();
		if (SYSTEM.equals(name) || hasRole(Role.ADMIN)) {
			return StoreAccess.EVERY_STORE;
		}
		return members.access(name);
	}

	/** Whether the actor may see and act on the store's orders (see {@link #access()}). */
	public boolean actsFor(long storeId) {
		return access().includes(storeId);
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
