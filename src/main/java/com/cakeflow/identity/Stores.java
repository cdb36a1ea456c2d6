package com.cakeflow.identity;

import com.cakeflow.identity.internal.IdentityProperties;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The stores of the chain, and which one the caller is working in ({@link #current()}); single-store shops have one,
 * the default. A store found is remembered for a minute
 * ({@link #REMEMBERED}): intake, matching, capacity and every screen ask for the store (its zone) many times per
 * request, and a store's row changes only when one is set up. A code or id not found is never remembered, so a new
 * store is there at once.
 */
@Service
public class Stores {

	private static final String SELECT = "select id, code, name, zone_id, currency, address, phone, manager_email from store";
	static final java.time.Duration REMEMBERED = java.time.Duration.ofMinutes(1);
	/** The session attribute holding the id of the store a person chose in the menu. */
	static final String CHOSEN = "cakeflow.store";

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
	 * The store a request names by code ({@code ?store=SH02}, {@code "toStore"}), checked against the caller's stores
	 * (another's is a 403, {@link StoreForbidden}); the caller's {@link #current() current store} when it names none; an
	 * unknown code is a 422 on that field.
	 */
	public StoreInfo named(String code, String field) {
		if (code == null || code.isBlank()) {
			return current();
		}
		var access = allowed(code, field);
		var store = byCode(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidRequest(new FieldProblem(field, "store.unknown", code)));
		if (!access.includes(store.id())) {
			throw forbidden(field, code, access);
		}
		return store;
	}

	/**
	 * The code of the store a request is for: the one it names (checked as in {@link #named}, but an unknown code is
	 * left for the caller to refuse) or, when it names none, the caller's current store.
	 */
	public String namedOrCurrent(String code, String field) {
		if (code == null || code.isBlank()) {
			return current().code();
		}
		var access = allowed(code, field);
		byCode(code.strip().toUpperCase(Locale.ROOT)).filter(store -> !access.includes(store.id())).ifPresent(store -> {
			throw forbidden(field, code, access);
		});
		return code.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * The store a list or count is of: the one named (checked as in {@link #named}); when none is named, nothing (every
	 * store) for callers who act for every store, and the current store for everyone else.
	 */
	public Optional<StoreInfo> scope(String code, String field) {
		if ((code == null || code.isBlank()) && actor.access().everyStore()) {
			return Optional.empty();
		}
		return Optional.of(named(code, field));
	}

	/** The caller's stores, refusing at once a code that cannot be one of them (so an unknown one is a 403 as well). */
	private StoreAccess allowed(String code, String field) {
		var access = actor.access();
		if (!access.everyStore() && access.storeIds().stream().map(this::byId).flatMap(Optional::stream)
			.noneMatch(store -> store.code().equalsIgnoreCase(code.strip()))) {
			throw forbidden(field, code, access);
		}
		return access;
	}

	private StoreForbidden forbidden(String field, String code, StoreAccess access) {
		return new StoreForbidden(field, code.strip(), String.join(", ", access.storeIds().stream().map(this::byId)
			.flatMap(Optional::stream).map(StoreInfo::code).toList()));
	}

	/**
	 * The store the caller works in right now: an API key's own; for a person the one they chose in the menu
	 * ({@link #choose}) while it is still one of theirs, else their home store (the first of theirs); the default store
	 * for the system and for people of every store who chose none.
	 */
	public StoreInfo current() {
		var access = actor.access();
		var chosen = chosenId();
		if (chosen != null && access.includes(chosen)) {
			var store = byId(chosen);
			if (store.isPresent()) {
				return store.get();
			}
		}
		return access.everyStore() ? defaultStore() : byId(access.storeIds().get(0)).orElseGet(this::defaultStore);
	}

	/** The stores the caller may switch between, in the order of their ids. */
	public List<StoreInfo> choices() {
		var access = actor.access();
		return access.everyStore() ? all() : access.storeIds().stream().map(this::byId).flatMap(Optional::stream).toList();
	}

	/** Makes a store (one of the caller's) the current one for the rest of their session. */
	public StoreInfo choose(String code) {
		var store = named(code, "store");
		if (RequestContextHolder.getRequestAttributes() instanceof
				ServletRequestAttributes request) {
			request.getRequest().getSession(true).setAttribute(CHOSEN, store.id());
		}
		return store;
	}

	private static Long chosenId() {
		var request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(CHOSEN, RequestAttributes.SCOPE_SESSION)
				instanceof Long id ? id : null;
	}

	public List<StoreInfo> all() {
		return jdbc.sql(SELECT + " order by id").query(Stores::map).list();
	}

	private static StoreInfo map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StoreInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"), ZoneId.of(rs.getString("zone_id")),
				rs.getString("currency"), rs.getString("address"), rs.getString("phone"), rs.getString("manager_email"));
	}
}
