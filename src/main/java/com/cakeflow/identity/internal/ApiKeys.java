package com.cakeflow.identity.internal;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Role;
import com.cakeflow.identity.Stores;
import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Managers' API keys for integrations: created with a name, a store and scopes (the secret is returned once, only its
 * SHA-256 is stored), listed without secrets, revoked (kept, with who and when). Managers make keys for one store;
 * only admins may make a chain-wide key (no store), which acts for whichever store a request names.
 */
@Service
public class ApiKeys {

	static final String SECRET_PREFIX = "cf_";
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,39}");
	private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);
	private static final String SELECT = """
			select k.id, k.name, k.key_prefix, s.code, k.scopes, k.created_by, k.created_at, k.last_used_at, k.revoked_by, k.revoked_at
			from api_key k left join store s on s.id = k.store_id""";

	private final JdbcClient jdbc;
	private final Stores stores;
	private final CurrentActor actor;
	private final ApiKeyLookup lookup;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiKeys(JdbcClient jdbc, Stores stores, CurrentActor actor, ApiKeyLookup lookup, Clock clock) {
		this.jdbc = jdbc;
		this.stores = stores;
		this.actor = actor;
		this.lookup = lookup;
		this.clock = clock;
	}

	/** A key as lists show it: never its secret. {@code store} null = chain-wide. */
	public record ApiKeyView(long id, String name, String prefix, String store, List<String> scopes, String createdBy, Instant createdAt,
			Instant lastUsedAt, String revokedBy, Instant revokedAt) {

		public boolean revoked() {
			return revokedAt != null;
		}
	}

	/** A new key and, this once, its secret. */
	public record CreatedKey(ApiKeyView key, String secret) {
	}

	public CreatedKey create(String name, String storeCode, List<String> scopeCodes) {
		var problems = new ArrayList<FieldProblem>();
		var trimmed = name == null ? "" : name.strip();
		if (!NAME.matcher(trimmed).matches()) {
			problems.add(new FieldProblem("name", "apikey.name.invalid", 40));
		}
		else if (jdbc.sql("select count(*) from api_key where name = ?").param(trimmed).query(Long.class).single() > 0) {
			problems.add(new FieldProblem("name", "apikey.name.taken", trimmed));
		}
		Long storeId = null;
		if (storeCode == null || storeCode.isBlank()) {
			if (!actor.hasRole(Role.ADMIN)) {
				problems.add(new FieldProblem("store", "apikey.store.required"));
			}
		}
		else {
			stores.namedOrCurrent(storeCode, "store"); // a manager of one store makes keys for that store only: 403
			var store = stores.byCode(storeCode.strip().toUpperCase(Locale.ROOT));
			if (store.isEmpty()) {
				problems.add(new FieldProblem("store", "store.unknown", storeCode));
			}
			else {
				storeId = store.get().id();
			}
		}
		var scopes = EnumSet.noneOf(ApiScope.class);
		for (var code : scopeCodes == null ? List.<String>of() : scopeCodes) {
			ApiScope.of(code == null ? "" : code.strip()).ifPresentOrElse(scopes::add,
					() -> problems.add(new FieldProblem("scopes", "apikey.scopes.unknown", String.valueOf(code))));
		}
		if (scopes.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("scopes"))) {
			problems.add(new FieldProblem("scopes", "apikey.scopes.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			jdbc.sql("""
					insert into api_key (name, key_prefix, secret_sha256, store_id, scopes, created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(trimmed, secret.substring(0, SECRET_PREFIX.length() + 8), ApiKeyLookup.sha256(secret), storeId,
						String.join(" ", scopes.stream().map(ApiScope::code).toList()), actor.name(), Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException sameNameMeanwhile) {
			throw new InvalidRequest(new FieldProblem("name", "apikey.name.taken", trimmed));
		}
		var created = jdbc.sql(SELECT + " where k.name = ?").param(trimmed).query(ApiKeys::view).single();
		log.info("API key {} ({}) created by {} for store {} with scopes {}", created.name(), created.prefix(), created.createdBy(),
				created.store() == null ? "(all)" : created.store(), created.scopes());
		return new CreatedKey(created, secret);
	}

	/** The keys of the caller's stores, the ones in use first, newest first (chain-wide keys only to people of every store). */
	public List<ApiKeyView> list() {
		var access = actor.access();
		return jdbc.sql(SELECT + " order by case when k.revoked_at is null then 0 else 1 end, k.id desc").query(ApiKeys::view).list().stream()
			.filter(key -> access.everyStore() || key.store() != null && stores.byCode(key.store()).map(s -> access.includes(s.id())).orElse(false))
			.toList();
	}

	/** Revokes the key from now on (on this node at once, on the others within the lookup's cache time); repeat-safe. */
	public ApiKeyView revoke(long id) {
		if (list().stream().noneMatch(key -> key.id() == id)) {
			throw new ApiKeyNotFound(id); // another store's key: as if there were none
		}
		jdbc.sql("update api_key set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), actor.name(), id).update();
		lookup.forget(id);
		var key = jdbc.sql(SELECT + " where k.id = ?").param(id).query(ApiKeys::view).optional().orElseThrow(() -> new ApiKeyNotFound(id));
		log.info("API key {} ({}) revoked by {}", key.name(), key.prefix(), key.revokedBy());
		return key;
	}

	private static ApiKeyView view(ResultSet rs, int row) throws SQLException {
		return new ApiKeyView(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"), rs.getString("code"),
				ApiKeyLookup.scopes(rs.getString("scopes")).stream().sorted().map(ApiScope::code).toList(), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")), rs.getString("revoked_by"),
				instant(rs.getTimestamp("revoked_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** No key with that id: 404. */
	static class ApiKeyNotFound extends DomainProblem {
		ApiKeyNotFound(long id) {
			super(404, "problem.api-key.not-found", id);
		}
	}
}
