package com.cakeflow.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The (user, password) pairs that passed the bcrypt check in the last minutes, with the user's roles. An entry is found
 * by an HMAC-SHA256 of the pair under a random secret of this process, so neither the password nor a hash anybody could
 * test guesses against is kept. Each use compares the user's stored password hash (as a keyed fingerprint) and lock with
 * what they were at the check: a changed password, a deleted or a locked user ends the entry on every node at once.
 * Only successes are remembered: a wrong password always goes to bcrypt.
 */
@Component
class VerifiedPasswords {

	private static final String HMAC = "HmacSHA256";

	private final SecretKeySpec secret;
	private final ExpiringCache<String, Verified> verified;

	/** Who passed, the fingerprint of the password hash the check ran against, and the user's roles then. */
	private record Verified(String username, String passwordFingerprint, List<GrantedAuthority> authorities) {
	}

	VerifiedPasswords(AuthenticationProperties properties) {
		var key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.secret = new SecretKeySpec(key, HMAC);
		this.verified = new ExpiringCache<>(properties.passwordCacheSize(), properties.passwordCacheTtl());
	}

	/**
	 * The roles of a user whose password passed recently, if {@code current} (the user's row as it is now) still has
	 * the password hash of that check and is not locked; otherwise empty, and the entry is gone.
	 */
	Optional<List<GrantedAuthority>> recall(String username, String password, UserEntity current) {
		if (!verified.enabled()) {
			return Optional.empty();
		}
		var key = key(username, password);
		var entry = verified.get(key);
		if (entry == null) {
			return Optional.empty();
		}
		if (current == null || locked(current) || !entry.username().equals(username)
				|| !entry.passwordFingerprint().equals(fingerprint(current))) {
			verified.remove(key);
			return Optional.empty();
		}
		return Optional.of(entry.authorities());
	}

	/** Remembers a pair that just passed the check against {@code checked}, the user's row read before the check. */
	void remember(String username, String password, UserEntity checked, List<GrantedAuthority> authorities) {
		if (checked != null && verified.enabled()) {
			verified.put(key(username, password), new Verified(username, fingerprint(checked), List.copyOf(authorities)));
		}
	}

	int size() {
		return verified.size();
	}

	private static boolean locked(UserEntity user) {
		return user.getLockExpirationTime() != null && user.getLockExpirationTime().after(ClockUtil.getCurrentTime());
	}

	private String fingerprint(UserEntity user) {
		return hmac("stored\u0000" + user.getPassword() + "\u0000" + user.getSalt());
	}

	private String key(String username, String password) {
		return hmac("pair\u0000" + username + "\u0000" + password);
	}

	private String hmac(String text) {
		try {
			var mac = Mac.getInstance(HMAC);
			mac.init(secret);
			return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) { // HmacSHA256 is in every JDK
			throw new IllegalStateException(impossible);
		}
	}
}
