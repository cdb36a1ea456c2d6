package com.cakeflow.identity;

import com.cakeflow.identity.internal.ApiKeyAuthentication;
import java.util.Optional;
import java.util.OptionalLong;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now: the logged-in user (our screens, the API, engine REST, Camunda webapps), an API key
 * ({@code api-key:<name>}, which may be limited to one store) or "system".
 */
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

	/** The store an API key is limited to; empty for people and chain-wide keys, who act for any store. */
	public OptionalLong storeId() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key && key.storeId() != null
				? OptionalLong.of(key.storeId()) : OptionalLong.empty();
	}

	/** The code of the store an API key is limited to (see {@link #storeId()}). */
	public Optional<String> storeCode() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key && key.storeId() != null
				? Optional.of(key.storeCode()) : Optional.empty();
	}

	/** Whether the actor may see and act on the store's orders: always, except an API key of another store. */
	public boolean actsFor(long storeId) {
		var limited = storeId();
		return limited.isEmpty() || limited.getAsLong() == storeId;
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
