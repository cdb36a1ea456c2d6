package com.cakeflow.customer.internal;

import com.cakeflow.customer.CustomerProfile.FamilyMember;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The family birthdays of customers ({@code customer_family_member}). */
@Repository
public class FamilyMembers {

	private final JdbcClient jdbc;

	FamilyMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<FamilyMember> of(long customerId) {
		return jdbc.sql("select name, relation, birthday, birthday_lunar from customer_family_member where customer_id = ? order by id")
			.param(customerId)
			.query((rs, i) -> new FamilyMember(rs.getString("name"), rs.getString("relation"), rs.getDate("birthday").toLocalDate(),
					rs.getBoolean("birthday_lunar")))
			.list();
	}

	/** The customer's family as given now (the whole list). */
	public void replace(long customerId, List<FamilyMember> family) {
		jdbc.sql("delete from customer_family_member where customer_id = ?").param(customerId).update();
		for (var member : family) {
			var lunar = member.lunarBirthday();
			jdbc.sql("""
					insert into customer_family_member (customer_id, name, relation, birthday, birthday_lunar, lunar_birth_month, lunar_birth_day)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(customerId, member.name(), member.relation(), Date.valueOf(member.birthday()), member.birthdayLunar(),
						lunar == null ? null : lunar.month(), lunar == null ? null : lunar.day())
				.update();
		}
	}
}
