package com.cakeflow.identity.internal;

import java.util.ArrayList;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated with an API key: named {@code api-key:<name>} (what timelines show as the actor), with an
 * authority per scope ({@code SCOPE_orders:write}) and the roles its scopes lend, limited to one store unless the key
 * is chain-wide ({@code storeId} null).
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	public static final String ACTOR_PREFIX = "api-key:";

	private final long keyId;
	private final String keyName;
	private final Long storeId;
	private final String storeCode;
	private final Set<ApiScope> scopes;

	ApiKeyAuthentication(long keyId, String keyName, Long storeId, String storeCode, Set<ApiScope> scopes) {
		super(authorities(scopes));
		this.keyId = keyId;
		this.keyName = keyName;
		this.storeId = storeId;
		this.storeCode = storeCode;
		this.scopes = Set.copyOf(scopes);
		setAuthenticated(true);
	}

	private static ArrayList<GrantedAuthority> authorities(Set<ApiScope> scopes) {
		var authorities = new ArrayList<GrantedAuthority>();
		for (var scope : scopes) {
			authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope.code()));
			scope.actsAs().map(role -> new SimpleGrantedAuthority(role.authority())).filter(a -> !authorities.contains(a))
				.ifPresent(authorities::add);
		}
		return authorities;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return ACTOR_PREFIX + keyName;
	}

	long keyId() {
		return keyId;
	}

	/** The store the key is limited to, null for a chain-wide key. */
	public Long storeId() {
		return storeId;
	}

	public String storeCode() {
		return storeCode;
	}

	Set<ApiScope> scopes() {
		return scopes;
	}
}
