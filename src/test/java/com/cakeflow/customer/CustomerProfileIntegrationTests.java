package com.cakeflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.ApiClient;
import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.TestOrders;
import com.cakeflow.shared.PhoneNumber;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The front desk keeps customers' profiles; customers who agreed hear of their own and their family's birthdays a week ahead. */
@CakeFlowIntegrationTest
class CustomerProfileIntegrationTests {

	/** The application's clock: tests read "now" where the app does. */
	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;
	@Autowired
	Customers customers;
	@Autowired
	BirthdayReminders reminders;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theFrontDeskFillsInTheProfileWithFamilyBirthdays() {
		var phone = TestOrders.freshPhone();
		customers.findOrCreate(new PhoneNumber(phone), "张女士");
		var clerk = new ApiClient(port, "clerk");
		var saved = clerk.put("/api/customers/" + phone + "/profile", Map.of("email", "zhang@example.com", "language", "en", "birthday", "1990-05-04",
				"marketingConsent", true, "family", List.of(Map.of("name", "乐乐", "relation", "女儿", "birthday", "2019-12-01"),
						Map.of("name", "妈妈", "birthday", "1962-03-08"))));
		assertThat(saved.status()).isEqualTo(200);
		var profile = clerk.get("/api/customers/" + "+86-" + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7)).body();
		assertThat(profile.get("name").asText()).as("the name stays when none is sent").isEqualTo("张女士");
		assertThat(profile.get("email").asText()).isEqualTo("zhang@example.com");
		assertThat(profile.get("birthday").asText()).isEqualTo("1990-05-04");
		assertThat(profile.get("marketingConsent").asBoolean()).isTrue();
		assertThat(profile.get("family")).extracting(m -> m.get("name").asText() + "/" + m.get("birthday").asText()).containsExactly("乐乐/2019-12-01",
				"妈妈/1962-03-08");

		var bad = clerk.put("/api/customers/" + phone + "/profile", Map.of("email", "zhang-at-example", "language", "fr", "birthday", "2090-01-01",
				"family", List.of(Map.of("name", " ", "birthday", "2019-13-01"))));
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.body().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("email", "language", "birthday",
				"family[0].name", "family[0].birthday");
		assertThat(clerk.get("/api/customers/" + phone).body().get("family")).as("nothing half-written").hasSize(2);

		var cleared = clerk.put("/api/customers/" + phone + "/profile", Map.of("marketingConsent", false)).body();
		assertThat(cleared.get("family")).isEmpty();
		assertThat(cleared.get("email").isNull()).isTrue();

		var unknown = clerk.get("/api/customers/13900000000");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(new ApiClient(port, "driver1").get("/api/customers/" + phone).status()).isEqualTo(403);
	}

	@Test
	void birthdayRemindersGoAWeekAheadOnlyToCustomersWhoAgreedAndOncePerPersonAndYear() {
		var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		var birthday = today.plusDays(7);
		var agreed = customer("1988-" + monthDay(birthday), true, "agreed@example.com", List.of(Map.of("name", "乐乐", "relation", "女儿",
				"birthday", "2020-" + monthDay(birthday))));
		var refused = customer("1988-" + monthDay(birthday), false, "refused@example.com", List.of());
		var otherDay = customer("1988-" + monthDay(birthday.plusDays(1)), true, null, List.of());

		reminders.remind(today);
		reminders.remind(today); // the job ran twice, or on two nodes
		assertThat(sent(agreed)).extracting(m -> m.get("channel") + " " + m.get("recipient")).containsExactlyInAnyOrder("EMAIL agreed@example.com",
				"EMAIL agreed@example.com", "SMS " + phone(agreed), "SMS " + phone(agreed));
		assertThat(sent(agreed)).extracting(m -> (String) m.get("subject")).anyMatch(s -> s.contains("乐乐（女儿）")).anyMatch(s -> s.contains("张"));
		assertThat(sent(refused)).isEmpty();
		assertThat(sent(otherDay)).isEmpty();
		assertThat(jdbc.sql("select body from notification where dedup_key like ? and channel = 'SMS'").param("BIRTHDAY_REMINDER:" + agreed + ":self:%")
			.query(String.class).single()).contains(birthday.getMonthValue() + "月" + birthday.getDayOfMonth() + "日");
	}

	@Test
	void aLunarBirthdayIsRemindedBeforeItsDayOfTheChineseCalendarOncePerLunarYear() {
		// born on 中秋 1990 (3 October): in 2026 the birthday is 中秋, 25 September; reminded on the 18th
		var lunar = customer("1990-10-03", true, true, "lunar@example.com", List.of());
		// born on 25 September, celebrated by the lunar calendar: not on 25 September
		var notThatDay = customer("1990-09-25", true, true, null, List.of());
		// the same birth date, celebrated by the Gregorian calendar: on 25 September
		var solar = customer("1990-09-25", false, true, null, List.of());
		reminders.remind(LocalDate.of(2026, 9, 18));
		reminders.remind(LocalDate.of(2026, 9, 18));
		assertThat(sent(lunar)).extracting(m -> (String) m.get("channel")).containsExactlyInAnyOrder("EMAIL", "SMS");
		assertThat(jdbc.sql("select body from notification where dedup_key like ? and channel = 'SMS'").param("BIRTHDAY_REMINDER:" + lunar + ":self:%")
			.query(String.class).single()).contains("9月25日（农历八月十五）");
		assertThat(sent(notThatDay)).isEmpty();
		assertThat(sent(solar)).extracting(m -> (String) m.get("channel")).containsExactly("SMS");

		// a daughter born in the leap sixth month of 2025 (30 July = 闰六月初六) celebrates on 六月初六: 19 July 2026
		var family = customer("1988-01-01", false, true, null, List.of(Map.of("name", "朵朵", "relation", "女儿", "birthday", "2025-07-30",
				"birthdayLunar", true)));
		reminders.remind(LocalDate.of(2026, 7, 11));
		assertThat(sent(family)).isEmpty();
		reminders.remind(LocalDate.of(2026, 7, 12));
		assertThat(sent(family)).extracting(m -> (String) m.get("channel")).containsExactly("SMS");
		var profile = new ApiClient(port, "clerk").get("/api/customers/" + phone(family)).body();
		assertThat(profile.get("family").get(0).get("birthdayLunar").asBoolean()).isTrue();
		assertThat(profile.get("family").get(0).get("lunarBirthday").get("leapMonth").asBoolean()).isTrue();
	}

	private long customer(String birthday, boolean consent, String email, List<Map<String, String>> family) {
		return customer(birthday, false, consent, email, family);
	}

	private long customer(String birthday, boolean lunar, boolean consent, String email, List<? extends Map<String, ?>> family) {
		var phone = TestOrders.freshPhone();
		long id = customers.findOrCreate(new PhoneNumber(phone), "张" + phone.substring(7)).id();
		var body = new java.util.HashMap<String, Object>(Map.of("birthday", birthday, "birthdayLunar", lunar, "marketingConsent", consent,
				"family", family));
		if (email != null) {
			body.put("email", email);
		}
		assertThat(new ApiClient(port, "clerk").put("/api/customers/" + phone + "/profile", body).status()).isEqualTo(200);
		return id;
	}

	private String phone(long customerId) {
		return jdbc.sql("select phone from customer where id = ?").param(customerId).query(String.class).single();
	}

	private List<Map<String, Object>> sent(long customerId) {
		return jdbc.sql("select channel, recipient, subject from notification where dedup_key like ?").param("BIRTHDAY_REMINDER:" + customerId + ":%")
			.query().listOfRows();
	}

	private static String monthDay(LocalDate date) {
		return String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
	}
}
