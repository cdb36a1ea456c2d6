package com.cakeflow.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers are authenticated ({@code cakeflow.auth.*}).
 *
 * @param passwordCacheTtl how long a (user, password) pair that passed the bcrypt check is remembered, so an HTTP Basic
 *        client calling every request costs no bcrypt (0 turns it off); the stored password and lock are re-read on
 *        each use, so only a change of the user's groups waits for this
 * @param passwordCacheSize at most this many remembered pairs (the least recently used go first)
 * @param basicSessionTrial how long a session opened by an HTTP Basic call lives until the client comes back with its
 *        cookie (then: the normal idle timeout); a client that keeps no cookies leaves sessions that go this soon
 * @param apiKeyCacheTtl how long a found API key is remembered before its row is read again: the longest a key revoked
 *        on another node still works there (0: read the row on every request)
 */
@ConfigurationProperties("cakeflow.auth")
public record AuthenticationProperties(@DefaultValue("PT10M") Duration passwordCacheTtl, @DefaultValue("10000") int passwordCacheSize,
		@DefaultValue("PT30S") Duration basicSessionTrial, @DefaultValue("PT5S") Duration apiKeyCacheTtl) {
}
