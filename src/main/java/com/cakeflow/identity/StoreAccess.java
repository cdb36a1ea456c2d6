package com.cakeflow.identity;

import java.util.List;

/**
 * The stores someone may see and act for: every store of the chain (admins, a chain's managers, chain-wide API keys,
 * the system itself), or the listed ones, the first being their home store (the one a screen opens on).
 */
public record StoreAccess(boolean everyStore, List<Long> storeIds) {

	public static final StoreAccess EVERY_STORE = new StoreAccess(true, List.of());

	public StoreAccess {
		storeIds = List.copyOf(storeIds);
		if (!everyStore && storeIds.isEmpty()) {
			throw new IllegalArgumentException("a person works in at least one store");
		}
	}

	public static StoreAccess only(List<Long> storeIds) {
		return new StoreAccess(false, storeIds);
	}

	public boolean includes(long storeId) {
		return everyStore || storeIds.contains(storeId);
	}
}
