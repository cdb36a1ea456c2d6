package com.cakeflow.catalog.internal;

import com.cakeflow.catalog.AddOn;
import com.cakeflow.catalog.CakeSize;
import com.cakeflow.catalog.Flavor;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the catalog tables; the catalog is reference data, so plain SQL mapped to records is all it needs. */
@Repository
public class CatalogRepositories {

	// column names matched to record components once per result set: JdbcClient.query(Record.class) asks the driver for
	// each camel-case name first, and PostgreSQL's driver answers every miss with an exception (a third of intake's allocation)
	private static final org.springframework.jdbc.core.DataClassRowMapper<CakeSize> CAKESIZE_ROWS = new org.springframework.jdbc.core.DataClassRowMapper<>(CakeSize.class);
	private static final org.springframework.jdbc.core.DataClassRowMapper<Flavor> FLAVOR_ROWS = new org.springframework.jdbc.core.DataClassRowMapper<>(Flavor.class);
	private static final org.springframework.jdbc.core.DataClassRowMapper<AddOn> ADDON_ROWS = new org.springframework.jdbc.core.DataClassRowMapper<>(AddOn.class);

	private static final String SIZE = "select size_inches as inches, base_price_fen, extra_lead_minutes, max_inscription_chars, "
			+ "bake_minutes, decorate_minutes, pack_minutes, servings from cake_size";
	private static final String FLAVOR = "select code, name_zh, name_en, surcharge_fen, lead_minutes, aliases, allergens from flavor where active = true";
	private static final String ADD_ON = "select code, name_zh, name_en, price_fen, extra_minutes from add_on where active = true";

	private final JdbcClient jdbc;

	CatalogRepositories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CakeSize> sizes() {
		return jdbc.sql(SIZE + " order by size_inches").query(CAKESIZE_ROWS).list();
	}

	public List<Flavor> flavors() {
		return jdbc.sql(FLAVOR + " order by sort_order").query(FLAVOR_ROWS).list();
	}

	public List<AddOn> addOns() {
		return jdbc.sql(ADD_ON + " order by code").query(ADDON_ROWS).list();
	}
}
