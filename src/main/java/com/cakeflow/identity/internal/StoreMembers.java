package com.cakeflow.identity.internal;

import com.cakeflow.identity.StoreAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which stores each person works in ({@code store_member}; a row without a store = every store). Asked on every
 * request that lists or touches a store's data, so what was read is remembered for {@link #REMEMBERED} and forgotten
 * at once when it is changed here; a change made straight in the table is seen within that time.
 */
@Component
public class StoreMembers {

	static final Duration REMEMBERED = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private final IdentityProperties properties;
	private final ExpiringCache<String, StoreAccess> remembered = new ExpiringCache<>(10_000, REMEMBERED);

	StoreMembers(JdbcClient jdbc, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** What a person's rows say; {@code storeIds} empty and {@code everyStore} false = no rows (the default store). */
	public record Membership(String username, boolean everyStore, List<Long> storeIds) {

		public boolean none() {
			return !everyStore && storeIds.isEmpty();
		}
	}

	/** The stores a person works in: their rows, or the default store if they have none. */
	public StoreAccess access(String username) {
		var known = remembered.get(username);
		if (known != null) {
			return known;
		}
		var membership = of(username);
		var access = membership.everyStore() ? StoreAccess.EVERY_STORE
				: StoreAccess.only(membership.none() ? List.of(defaultStoreId()) : membership.storeIds());
		remembered.put(username, access);
		return access;
	}

	public Membership of(String username) {
		var rows = jdbc.sql("select store_id from store_member where username = ? order by store_id nulls first").param(username)
			.query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1)).list();
		return new Membership(username, rows.contains(null), rows.stream().filter(java.util.Objects::nonNull).toList());
	}

	private long defaultStoreId() {
		return jdbc.sql("select id from store where code = ?").param(properties.defaultCode()).query(Long.class).optional()
			.or(() -> jdbc.sql("select min(id) from store").query(Long.class).optional())
			.orElseThrow(() -> new IllegalStateException("no store configured: add one to the store table"));
	}

	/** Everyone with a row, by name. */
	public List<Membership> all() {
		var byName = new LinkedHashMap<String, List<Long>>();
		jdbc.sql("select username, store_id from store_member order by username, store_id nulls first").query(rs -> {
			var ids = byName.computeIfAbsent(rs.getString(1), u -> new ArrayList<>());
			ids.add(rs.getObject(2) == null ? null : rs.getLong(2));
		});
		return byName.entrySet().stream().map(Map.Entry::getKey).map(u -> {
			var ids = byName.get(u);
			return new Membership(u, ids.contains(null), ids.stream().filter(java.util.Objects::nonNull).toList());
		}).toList();
	}

	/** Replaces a person's stores (every store, or the given ones; none = back to the default store). */
	@Transactional
	public Membership replace(String username, boolean everyStore, List<Long> storeIds) {
		jdbc.sql("delete from store_member where username = ?").param(username).update();
		if (everyStore) {
			jdbc.sql("insert into store_member (username, store_id) values (?, null)").param(username).update();
		}
		else {
			for (var id : storeIds.stream().distinct().sorted().toList()) {
				jdbc.sql("insert into store_member (username, store_id) values (?, ?)").params(username, id).update();
			}
		}
		forgetAfterCommit(username);
		return of(username);
	}

	private void forgetAfterCommit(String username) {
		remembered.remove(username);
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						remembered.remove(username);
					}
				});
		}
	}
}
