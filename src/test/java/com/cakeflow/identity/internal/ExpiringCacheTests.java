package com.cakeflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The small cache behind remembered passwords and API keys: entries expire, the least recently used go first. */
class ExpiringCacheTests {

	private final AtomicLong now = new AtomicLong(1_000);

	@Test
	void forgetsAnEntryOnceItsTimeToLiveHasPassed() {
		var cache = new ExpiringCache<String, String>(10, Duration.ofNanos(100), now::get);
		cache.put("a", "1");
		now.addAndGet(99);
		assertThat(cache.get("a")).isEqualTo("1");
		now.addAndGet(1);
		assertThat(cache.get("a")).isNull();
		assertThat(cache.size()).isZero();
	}

	@Test
	void dropsTheLeastRecentlyUsedEntryBeyondItsSize() {
		var cache = new ExpiringCache<String, String>(2, Duration.ofMinutes(1), now::get);
		cache.put("a", "1");
		cache.put("b", "2");
		cache.get("a");
		cache.put("c", "3");
		assertThat(cache.get("b")).isNull();
		assertThat(cache.get("a")).isEqualTo("1");
		assertThat(cache.get("c")).isEqualTo("3");
	}

	@Test
	void removesEveryEntryWhoseValueMatches() {
		var cache = new ExpiringCache<String, Integer>(10, Duration.ofMinutes(1), now::get);
		cache.put("a", 7);
		cache.put("b", 7);
		cache.put("c", 8);
		cache.removeIf(value -> value == 7);
		assertThat(cache.size()).isEqualTo(1);
		assertThat(cache.get("c")).isEqualTo(8);
	}

	@Test
	void keepsNothingWithATimeToLiveOfZero() {
		var cache = new ExpiringCache<String, String>(10, Duration.ZERO, now::get);
		cache.put("a", "1");
		assertThat(cache.enabled()).isFalse();
		assertThat(cache.get("a")).isNull();
	}
}
