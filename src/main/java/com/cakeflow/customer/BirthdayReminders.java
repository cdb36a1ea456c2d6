package com.cakeflow.customer;

import com.cakeflow.alerting.Notice;
import com.cakeflow.alerting.NotificationKind;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.identity.Stores;
import com.cakeflow.shared.LunarCalendar;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Birthday reminders: customers who agreed to reminders (marketing consent) hear, a few days ahead
 * ({@code cakeflow.customers.birthday-reminder-days}, 7), of their own birthday and of each family member's, by text
 * message and by mail when they gave an address, from the store they last collected a cake from. Once per person and
 * year, however often the job runs. A birthday on 29 February is celebrated on the 28th in other years.
 *
 * <p>A lunar birthday (农历生日) falls on the day of the Chinese calendar's year with the lunar month and day of birth
 * ({@link LunarCalendar#birthday}): a birthday in a leap month in the month of that number, a 30th on the 29th when
 * the month is short. It is reminded once per lunar year, since one Gregorian year can hold two of them (腊月初一
 * 2027 falls on 8 January and on 28 December).
 */
@Service
public class BirthdayReminders {

	private final JdbcClient jdbc;
	private final Notifications notifications;
	private final Stores stores;
	private final java.time.Clock clock;
	private final int daysAhead;

	BirthdayReminders(JdbcClient jdbc, Notifications notifications, Stores stores, java.time.Clock clock,
			@Value("${cakeflow.customers.birthday-reminder-days:7}") int daysAhead) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.stores = stores;
		this.clock = clock;
		this.daysAhead = daysAhead;
	}

	/** Today's reminders; "today" in the zone of the default store (the chain's home). */
	@Transactional
	public int remindToday() {
		return remind(LocalDate.now(clock.withZone(stores.defaultStore().zone())));
	}

	/** Queues the reminders for the birthdays {@code daysAhead} after {@code today}; returns how many messages were queued. */
	@Transactional
	public int remind(LocalDate today) {
		var day = today.plusDays(daysAhead);
		var days = day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear() ? java.util.List.of(28, 29)
				: java.util.List.of(day.getDayOfMonth());
		int queued = 0;
		for (var celebrant : celebrants(day.getMonthValue(), days, false)) {
			queued += notifications.enqueue(notice(celebrant, day, String.valueOf(day.getYear()), null));
		}
		var lunar = LunarCalendar.of(day);
		if (!lunar.leapMonth()) {
			int length = LunarCalendar.monthLength(lunar.year(), lunar.month(), false).orElseThrow();
			var lunarDays = lunar.day() == length && length == 29 ? java.util.List.of(29, 30) : java.util.List.of(lunar.day());
			for (var celebrant : celebrants(lunar.month(), lunarDays, true)) {
				var born = LunarCalendar.of(celebrant.birthday());
				queued += notifications.enqueue(notice(celebrant, day, "L" + lunar.year(), born));
			}
		}
		return queued;
	}

	private Notice notice(Celebrant celebrant, LocalDate day, String year, LunarCalendar.LunarDate born) {
		var store = celebrant.homeStoreId() == null ? stores.defaultStore()
				: stores.byId(celebrant.homeStoreId()).orElseGet(stores::defaultStore);
		var locale = celebrant.language() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(celebrant.language());
		var key = NotificationKind.BIRTHDAY_REMINDER + ":" + celebrant.customerId() + ":" + celebrant.who() + ":" + year;
		var name = celebrant.relation() == null ? celebrant.name() : celebrant.name() + "（" + celebrant.relation() + "）";
		var notice = Notice.of(NotificationKind.BIRTHDAY_REMINDER, key).store(store.id()).to(celebrant.email(), celebrant.phone(), locale)
			.with("customerName", celebrant.customerName()).with("celebrant", name).with("birthday", day).with("storeName", store.name())
			.with("storePhone", store.phone());
		return born == null ? notice : notice.with("lunarBirthday", born.display(locale));
	}

	/**
	 * Whose birthday is on that month and day(s): consenting customers themselves and their family members; with
	 * {@code lunar}, those whose lunar birthday is on that lunar month and day(s), else those whose Gregorian one is.
	 */
	private java.util.List<Celebrant> celebrants(int month, java.util.List<Integer> days, boolean lunar) {
		var list = new java.util.ArrayList<Celebrant>();
		var customerDay = lunar ? "c.birthday_lunar = true and c.lunar_birth_month = :month and c.lunar_birth_day in (:days)"
				: "c.birthday_lunar = false and extract(month from c.birthday) = :month and extract(day from c.birthday) in (:days)";
		var memberDay = customerDay.replace("c.", "f.");
		jdbc.sql("""
				select c.id, c.name, c.phone, c.email, c.language, c.home_store_id, c.birthday from customer c
				where c.marketing_consent = true and c.birthday is not null""" + " and " + customerDay)
			.param("month", month).param("days", days)
			.query((rs, i) -> new Celebrant(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
					rs.getString("language"), (Long) rs.getObject("home_store_id", Long.class), "self", rs.getString("name"), null,
					rs.getDate("birthday").toLocalDate()))
			.list().forEach(list::add);
		jdbc.sql("""
				select c.id, c.name, c.phone, c.email, c.language, c.home_store_id, f.id as member_id, f.name as member_name, f.relation,
				       f.birthday
				from customer_family_member f join customer c on c.id = f.customer_id
				where c.marketing_consent = true""" + " and " + memberDay + " order by c.id, f.id")
			.param("month", month).param("days", days)
			.query((rs, i) -> new Celebrant(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
					rs.getString("language"), (Long) rs.getObject("home_store_id", Long.class), "family-" + rs.getLong("member_id"),
					rs.getString("member_name"), rs.getString("relation"), rs.getDate("birthday").toLocalDate()))
			.list().forEach(list::add);
		return list;
	}

	private record Celebrant(long customerId, String customerName, String phone, String email, String language, Long homeStoreId, String who,
			String name, String relation, LocalDate birthday) {
	}
}
