package com.cakeflow.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the API key a request presents: the SHA-256 of what it sent, looked up in one indexed read and remembered for
 * {@code cakeflow.auth.api-key-cache-ttl} (5 s), which is how long a key revoked on another node may still work
 * there; on the node that revokes it, it stops at once. {@code last_used_at} is written at most once a minute per key
 * and node, not on every call.
 */
@Component
class ApiKeyLookup {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ExpiringCache<String, ApiKeyAuthentication> found;
	private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

	ApiKeyLookup(JdbcClient jdbc, Clock clock, AuthenticationProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.found = new ExpiringCache<>(1000, properties.apiKeyCacheTtl());
	}

	/** The key, if the secret is one of ours and not revoked. */
	Optional<ApiKeyAuthentication> authenticate(String secret) {
		if (secret == null || !secret.startsWith(ApiKeys.SECRET_PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		var hash = sha256(secret);
		var key = found.get(hash);
		if (key == null) {
			key = jdbc.sql("""
					select k.id, k.name, k.store_id, s.code, k.scopes from api_key k left join store s on s.id = k.store_id
					where k.secret_sha256 = ? and k.revoked_at is null""")
				.param(hash)
				.query((rs, row) -> new ApiKeyAuthentication(rs.getLong("id"), rs.getString("name"), rs.getObject("store_id", Long.class),
						rs.getString("code"), scopes(rs.getString("scopes"))))
				.optional().orElse(null);
			if (key == null) {
				return Optional.empty();
			}
			found.put(hash, key);
		}
		touch(key.keyId());
		return Optional.of(key);
	}

	/** Forgets a key on this node (it was just revoked here). */
	void forget(long keyId) {
		found.removeIf(key -> key.keyId() == keyId);
	}

	static String sha256(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static java.util.Set<ApiScope> scopes(String stored) {
		return Arrays.stream(stored.split(" ")).map(ApiScope::of).flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
	}

	private void touch(long keyId) {
		var now = clock.instant();
		var previous = touched.get(keyId);
		if (previous != null && now.isBefore(previous.plus(TOUCH_EVERY))) {
			return;
		}
		touched.put(keyId, now); // two calls at the same moment may both write: harmless
		jdbc.sql("update api_key set last_used_at = ? where id = ?").params(Timestamp.from(now), keyId).update();
	}
}
