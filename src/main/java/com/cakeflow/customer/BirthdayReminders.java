package com.cakeflow.customer;

import com.cakeflow.alerting.Notice;
import com.cakeflow.alerting.NotificationKind;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
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
		for (var celebrant : celebrants(day.getMonthValue(), days)) {
			var store = celebrant.homeStoreId() == null ? stores.defaultStore()
					: stores.byId(celebrant.homeStoreId()).orElseGet(stores::defaultStore);
			queued += notifications.enqueue(notice(celebrant, store, day));
		}
		return queued;
	}

	private Notice notice(Celebrant celebrant, StoreInfo store, LocalDate day) {
		var locale = celebrant.language() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(celebrant.language());
		var key = NotificationKind.BIRTHDAY_REMINDER + ":" + celebrant.customerId() + ":" + celebrant.who() + ":" + day.getYear();
		var name = celebrant.relation() == null ? celebrant.name() : celebrant.name() + "（" + celebrant.relation() + "）";
		return Notice.of(NotificationKind.BIRTHDAY_REMINDER, key).store(store.id()).to(celebrant.email(), celebrant.phone(), locale)
			.with("customerName", celebrant.customerName()).with("celebrant", name).with("birthday", day).with("storeName", store.name())
			.with("storePhone", store.phone());
	}

	/** Whose birthday is on that month and day(s): consenting customers themselves and their family members. */
	private java.util.List<Celebrant> celebrants(int month, java.util.List<Integer> days) {
		var list = new java.util.ArrayList<Celebrant>();
		jdbc.sql("""
				select c.id, c.name, c.phone, c.email, c.language, c.home_store_id from customer c
				where c.marketing_consent = true and c.birthday is not null
				  and extract(month from c.birthday) = :month and extract(day from c.birthday) in (:days)""")
			.param("month", month).param("days", days)
			.query((rs, i) -> new Celebrant(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
					rs.getString("language"), (Long) rs.getObject("home_store_id", Long.class), "self", rs.getString("name"), null))
			.list().forEach(list::add);
		jdbc.sql("""
				select c.id, c.name, c.phone, c.email, c.language, c.home_store_id, f.id as member_id, f.name as member_name, f.relation
				from customer_family_member f join customer c on c.id = f.customer_id
				where c.marketing_consent = true and extract(month from f.birthday) = :month and extract(day from f.birthday) in (:days)
				order by c.id, f.id""")
			.param("month", month).param("days", days)
			.query((rs, i) -> new Celebrant(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
					rs.getString("language"), (Long) rs.getObject("home_store_id", Long.class), "family-" + rs.getLong("member_id"),
					rs.getString("member_name"), rs.getString("relation")))
			.list().forEach(list::add);
		return list;
	}

	private record Celebrant(long customerId, String customerName, String phone, String email, String language, Long homeStoreId, String who,
			String name, String relation) {
	}
}
