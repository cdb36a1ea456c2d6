package com.cakeflow.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the shop knows of a customer, as the front desk sees and edits it: contact, language for messages, birthday,
 * whether they agreed to reminders (marketing), the family birthdays they want to be reminded of, and their history.
 */
public record CustomerProfile(long id, String name, String phone, String email, String language, LocalDate birthday, boolean marketingConsent,
		List<FamilyMember> family, int completedOrders, long totalSpentFen, Instant lastOrderAt) {

	/** Somebody in the customer's family whose birthday the shop may remind them of ("女儿", "妈妈" ...). */
	public record FamilyMember(String name, String relation, LocalDate birthday) {
	}

	/**
	 * A change from the front desk (a whole profile: what is left out is cleared, except the name, which stays). Dates are
	 * ISO ({@code 2019-05-04}); language {@code zh-CN} or {@code en}.
	 */
	public record Update(String name, String email, String language, String birthday, Boolean marketingConsent, List<FamilyEntry> family) {
	}

	public record FamilyEntry(String name, String relation, String birthday) {
	}
}
