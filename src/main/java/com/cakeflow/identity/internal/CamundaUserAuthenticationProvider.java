package com.cakeflow.identity.internal;

import com.cakeflow.identity.Role;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates against Camunda's identity store (users, groups): one set of users for our screens, the API and the
 * Camunda webapps. A pair that passed bcrypt is remembered for a while ({@link VerifiedPasswords}), so an HTTP Basic
 * client sending its password on every call costs one indexed read of its user row, not a bcrypt check, per call.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

	static final String CHECKS = "cakeflow.auth.password.checks";

	private final IdentityService identityService;
	private final VerifiedPasswords verified;
	private final Counter accepted;
	private final Counter rejected;
	private final Counter remembered;

	CamundaUserAuthenticationProvider(IdentityService identityService, VerifiedPasswords verified, MeterRegistry meters) {
		this.identityService = identityService;
		this.verified = verified;
		this.accepted = Counter.builder(CHECKS).description("password checks (bcrypt)").tag("result", "accepted").register(meters);
		this.rejected = Counter.builder(CHECKS).description("password checks (bcrypt)").tag("result", "rejected").register(meters);
		this.remembered = Counter.builder("cakeflow.auth.password.remembered")
			.description("logins accepted from a recent password check, without bcrypt").register(meters);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		var username = authentication.getName();
		var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		if (username == null || username.isBlank()) {
			throw new BadCredentialsException("bad credentials");
		}
		// read before the check: a password changed meanwhile makes the remembered fingerprint stale, never the other way round
		var user = user(username);
		var known = verified.recall(username, password, user);
		if (known.isPresent()) {
			remembered.increment();
			return UsernamePasswordAuthenticationToken.authenticated(username, null, known.get());
		}
		if (!identityService.checkPassword(username, password)) {
			rejected.increment();
			throw new BadCredentialsException("bad credentials");
		}
		accepted.increment();
		List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(username).list().stream()
			.map(Group::getId)
			.flatMap(id -> Role.ofGroup(id).stream())
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		verified.remember(username, password, user, authorities);
		return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
	}

	/** The user's row as stored now; null for no such user (or an identity store that is not Camunda's database). */
	private UserEntity user(String username) {
		return identityService.createUserQuery().userId(username).singleResult() instanceof UserEntity entity ? entity : null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
