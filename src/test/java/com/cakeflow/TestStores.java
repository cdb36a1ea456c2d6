package com.cakeflow;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores of a test's own (Asia/Shanghai, CNY), with exactly the people the test gives them, so what fits is certain. */
public final class TestStores {

	private TestStores() {
	}

	/** The username of a clerk who works in every store (tests' own stores have no logins of their own); password "demo". */
	public static final String CLERK_OF_EVERY_STORE = "testclerk";

	/** Makes {@link #CLERK_OF_EVERY_STORE} if it is not there yet; returns the username. */
	public static synchronized String clerkOfEveryStore(org.camunda.bpm.engine.IdentityService identity,
			com.cakeflow.identity.internal.StoreMembers members) {
		if (identity.createUserQuery().userId(CLERK_OF_EVERY_STORE).count() == 0) {
			var user = identity.newUser(CLERK_OF_EVERY_STORE);
			user.setFirstName("测试");
			user.setLastName("店员");
			user.setPassword("demo");
			identity.saveUser(user);
			identity.createMembership(CLERK_OF_EVERY_STORE, com.cakeflow.identity.Role.CLERK.groupId());
			members.replace(CLERK_OF_EVERY_STORE, true, java.util.List.of());
		}
		return CLERK_OF_EVERY_STORE;
	}

	/** A new store; returns its id. */
	public static long create(JdbcClient jdbc, String code, String name) {
		jdbc.sql("insert into store (code, name, zone_id, currency) values (?, ?, 'Asia/Shanghai', 'CNY')").params(code, name).update();
		return jdbc.sql("select id from store where code = ?").param(code).query(Long.class).single();
	}

	/** A person of the role on shift from–to ({@code "08:00"}), username {@code <code><role><suffix>} in lower case, with a skill or none. */
	public static void person(JdbcClient jdbc, String storeCode, long storeId, String role, String from, String to, String suffix, String skill) {
		var username = storeCode.toLowerCase() + role.toLowerCase() + suffix;
		jdbc.sql("insert into staff (username, display_name, role, store_id, active, shift_start, shift_end) values (?, ?, ?, ?, true, ?, ?)")
			.params(username, role, role, storeId, java.sql.Time.valueOf(from + ":00"), java.sql.Time.valueOf(to + ":00")).update();
		if (skill != null) {
			jdbc.sql("insert into staff_skill (staff_id, skill) select id, ? from staff where username = ?").params(skill, username).update();
		}
	}
}
