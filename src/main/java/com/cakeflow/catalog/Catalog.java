package com.cakeflow.catalog;

import com.cakeflow.catalog.internal.CatalogRepositories;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The shop's catalog: sizes, flavors and add-ons with their prices and lead times. Read as a whole and kept for a
 * minute ({@link #REFRESH}): intake prices every cake against it and every screen names cakes from it, while the
 * catalog changes only with a data migration.
 */
@Service
public class Catalog {

	static final java.time.Duration REFRESH = java.time.Duration.ofMinutes(1);

	private final CatalogRepositories repositories;
	private volatile Snapshot snapshot;

	Catalog(CatalogRepositories repositories) {
		this.repositories = repositories;
	}

	public Optional<CakeSize> size(int inches) {
		return Optional.ofNullable(current().sizes.get(inches));
	}

	public Optional<Flavor> flavor(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(current().flavors.get(code.trim().toUpperCase()));
	}

	public Optional<AddOn> addOn(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(current().addOns.get(code.trim().toUpperCase()));
	}

	public List<CakeSize> sizes() {
		return List.copyOf(current().sizes.values());
	}

	public List<Flavor> flavors() {
		return List.copyOf(current().flavors.values());
	}

	public List<AddOn> addOns() {
		return List.copyOf(current().addOns.values());
	}

	private Snapshot current() {
		var now = System.nanoTime();
		var known = snapshot;
		if (known == null || now - known.readAt > REFRESH.toNanos()) {
			known = new Snapshot(repositories.sizes(), repositories.flavors(), repositories.addOns(), now);
			snapshot = known;
		}
		return known;
	}

	/** The catalog as read at one moment, in its display order (sizes by inches, flavors by sort order, add-ons by code). */
	private static final class Snapshot {

		final java.util.Map<Integer, CakeSize> sizes = new java.util.LinkedHashMap<>();
		final java.util.Map<String, Flavor> flavors = new java.util.LinkedHashMap<>();
		final java.util.Map<String, AddOn> addOns = new java.util.LinkedHashMap<>();
		final long readAt;

		Snapshot(List<CakeSize> sizes, List<Flavor> flavors, List<AddOn> addOns, long readAt) {
			sizes.forEach(size -> this.sizes.put(size.inches(), size));
			flavors.forEach(flavor -> this.flavors.put(flavor.code(), flavor));
			addOns.forEach(addOn -> this.addOns.put(addOn.code(), addOn));
			this.readAt = readAt;
		}
	}
}
