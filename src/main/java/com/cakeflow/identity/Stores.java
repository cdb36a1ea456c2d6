package com.cakeflow.identity;

import com.cakeflow.identity.internal.IdentityProperties;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The stores of the chain; single-store shops have one, the default. A store found is remembered for a minute
 * ({@link #REMEMBERED}): intake, matching, capacity and every screen ask for the store (its zone) many times per
 * request, and a store's row changes only when one is set up. A code or id not found is never remembered, so a new
 * store is there at once.
 */
@Service
public class Stores {

	private static final String SELECT = "select id, code, name, zone_id, currency, address, phone, manager_email from store";
	static final java.time.Duration REMEMBERED = java.time.Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final IdentityProperties properties;
	private final java.util.Map<Object, Remembered> found = new java.util.concurrent.ConcurrentHashMap<>();
	private final CurrentActor actor;

	Stores(JdbcClient jdbc, IdentityProperties properties, CurrentActor actor) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.actor = actor;
	}

	public Optional<StoreInfo> byId(long id) {
		return remembered(id, () -> jdbc.sql(SELECT + " where id = ?").param(id).query(Stores::map).optional());
	}

	public Optional<StoreInfo> byCode(String code) {
		return remembered(code, () -> jdbc.sql(SELECT + " where code = ?").param(code).query(Stores::map).optional());
	}

	private Optional<StoreInfo> remembered(Object key, java.util.function.Supplier<Optional<StoreInfo>> load) {
		long now = System.nanoTime();
		var known = found.get(key);
		if (known != null && now - known.at() < REMEMBERED.toNanos()) {
			return Optional.of(known.store());
		}
		var store = load.get();
		store.ifPresentOrElse(s -> found.put(key, new Remembered(s, now)), () -> found.remove(key));
		return store;
	}

	private record Remembered(StoreInfo store, long at) {
	}

	/** The store that takes an order when the caller names none. */
	public StoreInfo defaultStore() {
		return byCode(properties.defaultCode()).or(() -> all().stream().findFirst())
			.orElseThrow(() -> new IllegalStateException("no store configured: add one to the store table"));
	}

	/**
	 * The store a request names by code ({@code ?store=SH02}, {@code "toStore"}), the default store when it names none;
	 * an unknown code is a 422 on that field. For an API key limited to a store: that store, and naming another is a 403.
	 */
	public StoreInfo named(String code, String field) {
		var own = limitedTo(code, field);
		if (own.isPresent()) {
			return byCode(own.get()).orElseThrow();
		}
		if (code == null || code.isBlank()) {
			return defaultStore();
		}
		return byCode(code.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new com.cakeflow.shared.InvalidRequest(new com.cakeflow.shared.FieldProblem(field, "store.unknown", code)));
	}

	/**
	 * The code of the store the caller is limited to (an API key's), checked against the one the request names (none,
	 * or the same: fine; another: {@link StoreForbidden}); empty for callers that may act for any store.
	 */
	public Optional<String> limitedTo(String requestedCode, String field) {
		var own = actor.storeCode();
		if (own.isPresent() && requestedCode != null && !requestedCode.isBlank() && !requestedCode.strip().equalsIgnoreCase(own.get())) {
			throw new StoreForbidden(field, requestedCode.strip(), own.get());
		}
		return own;
	}

	public List<StoreInfo> all() {
		return jdbc.sql(SELECT + " order by id").query(Stores::map).list();
	}

	private static StoreInfo map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StoreInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"), ZoneId.of(rs.getString("zone_id")),
				rs.getString("currency"), rs.getString("address"), rs.getString("phone"), rs.getString("manager_email"));
	}
}
