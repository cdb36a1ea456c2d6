package com.cakeflow.catalog;

import com.cakeflow.catalog.internal.CatalogRepositories;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shop's catalog: sizes, flavors and add-ons with their prices and lead times. */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final CatalogRepositories repositories;

	Catalog(CatalogRepositories repositories) {
		this.repositories = repositories;
	}

	public Optional<CakeSize> size(int inches) {
		return repositories.size(inches);
	}

	public Optional<Flavor> flavor(String code) {
		return code == null ? Optional.empty() : repositories.flavor(code.trim().toUpperCase());
	}

	public Optional<AddOn> addOn(String code) {
		return code == null ? Optional.empty() : repositories.addOn(code.trim().toUpperCase());
	}

	public List<CakeSize> sizes() {
		return repositories.sizes();
	}

	public List<Flavor> flavors() {
		return repositories.flavors();
	}

	public List<AddOn> addOns() {
		return repositories.addOns();
	}
}
