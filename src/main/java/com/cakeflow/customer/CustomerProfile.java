package com.cakeflow.customer;

import com.cakeflow.shared.LunarCalendar;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.cakeflow.shared.LunarCalendar.LunarDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the shop knows of a customer, as the front desk sees and edits it: contact, language for messages, birthday,
 * whether they agreed to reminders (marketing), the family birthdays they want to be reminded of, and their history.
 */
public record CustomerProfile(long id, String name, String phone, String email, String language, LocalDate birthday, boolean birthdayLunar,
		boolean marketingConsent, List<FamilyMember> family, int completedOrders, long totalSpentFen, Instant lastOrderAt) {

	/** The lunar date of the birthday, when the customer celebrates it by the Chinese calendar (农历生日). */
	@JsonProperty
	public LunarDate lunarBirthday() {
		return birthdayLunar && birthday != null ? LunarCalendar.of(birthday) : null;
	}

	/**
	 * Somebody in the customer's family whose birthday the shop may remind them of ("女儿", "妈妈" ...); {@code birthdayLunar}
	 * when they celebrate it by the Chinese calendar.
	 */
	public record FamilyMember(String name, String relation, LocalDate birthday, boolean birthdayLunar) {

		@JsonProperty
		public LunarDate lunarBirthday() {
			return birthdayLunar ? LunarCalendar.of(birthday) : null;
		}
	}

	/**
	 * A change from the front desk (a whole profile: what is left out is cleared, except the name, which stays). Dates are
	 * ISO ({@code 2019-05-04}), the day of birth also for a lunar birthday ({@code birthdayLunar}: celebrated on the same
	 * lunar month and day each year); language {@code zh-CN} or {@code en}.
	 */
	public record Update(String name, String email, String language, String birthday, Boolean birthdayLunar, Boolean marketingConsent,
			List<FamilyEntry> family) {
	}

	public record FamilyEntry(String name, String relation, String birthday, Boolean birthdayLunar) {
	}
}
