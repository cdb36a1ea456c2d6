package com.cakeflow;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores of a test's own (Asia/Shanghai, CNY), with exactly the people the test gives them, so what fits is certain. */
public final class TestStores {

	private TestStores() {
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
