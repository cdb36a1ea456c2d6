package com.cakeflow.identity.internal;

import com.cakeflow.identity.Role;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Authenticates against Camunda's identity store (users, groups): one set of users for our screens, the API and the Camunda webapps. */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	CamundaUserAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var username = authentication.getName();
		var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		if (username == null || username.isBlank() || !identityService.checkPassword(username, password)) {
			throw new BadCredentialsException("bad credentials");
		}
		List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(username).list().stream()
			.map(Group::getId)
			.flatMap(id -> Role.ofGroup(id).stream())
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
