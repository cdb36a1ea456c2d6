package com.cakeflow.identity.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * A small in-memory cache whose entries expire a fixed time after they were put and which forgets the least recently
 * used entry beyond its size. One lock around a {@link LinkedHashMap}: the operations are a few hundred nanoseconds,
 * far below what they save (a bcrypt check, a database round trip), so there is no need for a cache library.
 */
final class ExpiringCache<K, V> {

	private final long ttlNanos;
	private final LongSupplier nanoTime;
	private final Map<K, Entry<V>> entries;

	private record Entry<V>(V value, long expiresAt) {
	}

	ExpiringCache(int maxSize, Duration ttl) {
		this(maxSize, ttl, System::nanoTime);
	}

	ExpiringCache(int maxSize, Duration ttl, LongSupplier nanoTime) {
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
				return size() > maxSize;
			}
		};
	}

	/** Whether the cache keeps anything at all (a time to live of zero turns it off). */
	boolean enabled() {
		return ttlNanos > 0;
	}

	/** The value put for the key, unless it has expired since (then it is dropped). */
	synchronized V get(K key) {
		var entry = entries.get(key);
		if (entry == null) {
			return null;
		}
		if (nanoTime.getAsLong() - entry.expiresAt() >= 0) {
			entries.remove(key);
			return null;
		}
		return entry.value();
	}

	synchronized void put(K key, V value) {
		if (enabled()) {
			entries.put(key, new Entry<>(value, nanoTime.getAsLong() + ttlNanos));
		}
	}

	synchronized void remove(K key) {
		entries.remove(key);
	}

	/** Drops every entry whose value matches (all entries of one user, one API key). */
	synchronized void removeIf(Predicate<V> matches) {
		entries.values().removeIf(entry -> matches.test(entry.value()));
	}

	synchronized int size() {
		return entries.size();
	}
}
