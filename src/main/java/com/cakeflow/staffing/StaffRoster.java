package com.cakeflow.staffing;

import com.cakeflow.identity.Role;
import com.cakeflow.staffing.internal.StaffRepository;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works when: the daily shifts of a store's active, available staff of a role (what kitchen capacity is made of). */
@Service
@Transactional(readOnly = true)
public class StaffRoster {

	private final StaffRepository staff;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	StaffRoster(StaffRepository staff, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.staff = staff;
		this.jdbc = jdbc;
	}

	/**
	 * Sets the store's roster to exactly these people (by username: existing rows are re-employed, others of the store
	 * deactivated) — used by the shop-day simulator to stage a scenario's staff.
	 */
	@Transactional
	public void replace(long storeId, List<Person> people) {
		var keep = people.stream().map(Person::username).collect(java.util.stream.Collectors.toSet());
		staff.findByStoreIdAndActiveTrue(storeId).stream().filter(p -> !keep.contains(p.username())).forEach(p -> p.deactivate());
		for (var person : people) {
			var existing = staff.findByUsername(person.username());
			if (existing.isPresent()) {
				existing.get().employ(person.displayName(), person.role().name(), storeId, person.shift().start(), person.shift().end(), person.skills());
			}
			else {
				staff.save(new com.cakeflow.staffing.internal.Staff(person.username(), person.displayName(), person.role().name(), storeId,
						person.shift().start(), person.shift().end(), person.skills()));
			}
		}
	}

	/**
	 * The store's active, available people of the production and delivery roles, with shift and skills: one plain query
	 * (kitchen capacity asks on every intake, and mapping entities with their skill collections cost more than the rest
	 * of the booking).
	 */
	public List<Person> people(long storeId) {
		var byName = new java.util.TreeMap<String, Person>();
		jdbc.sql("""
				select s.username, s.display_name, s.role, s.shift_start, s.shift_end, k.skill from staff s
				left join staff_skill k on k.staff_id = s.id where s.store_id = ? and s.active = true and s.available = true""")
			.param(storeId)
			.query((rs, i) -> {
				var username = rs.getString("username");
				var person = byName.computeIfAbsent(username, name -> new Person(name, rsString(rs, "display_name"), roleOf(rs),
						new Shift(name, time(rs, "shift_start"), time(rs, "shift_end")), new java.util.TreeSet<>()));
				var skill = rs.getString("skill");
				if (skill != null) {
					person.skills().add(skill);
				}
				return person;
			}).list();
		return byName.values().stream().map(p -> new Person(p.username(), p.displayName(), p.role(), p.shift(), java.util.Set.copyOf(p.skills())))
			.toList();
	}

	private static String rsString(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	private static Role roleOf(java.sql.ResultSet rs) {
		return Role.valueOf(rsString(rs, "role"));
	}

	private static LocalTime time(java.sql.ResultSet rs, String column) {
		try {
			return rs.getObject(column, LocalTime.class);
		}
		catch (java.sql.SQLException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}

	/** Someone who can be planned: role, daily shift, skills. */
	public record Person(String username, String displayName, Role role, Shift shift, java.util.Set<String> skills) {
	}

	/** One person's daily shift; a shift that ends before it starts runs past midnight. */
	public record Shift(String username, LocalTime start, LocalTime end) {

		/** Whether the time of day falls in this shift (one that ends before it starts runs past midnight). */
		public boolean covers(LocalTime time) {
			return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end) : !time.isBefore(start) || time.isBefore(end);
		}

		/** Minutes of this shift inside [from, to) of one day (both within the day, to may be 24:00 as null). */
		public int minutesWithin(LocalTime from, LocalTime to) {
			return start.isBefore(end) ? overlap(start, end, from, to) : overlap(start, null, from, to) + overlap(LocalTime.MIDNIGHT, end, from, to);
		}

		private static int overlap(LocalTime aStart, LocalTime aEnd, LocalTime bStart, LocalTime bEnd) {
			int a0 = aStart.toSecondOfDay() / 60;
			int a1 = aEnd == null ? 1440 : aEnd.toSecondOfDay() / 60;
			int b0 = bStart.toSecondOfDay() / 60;
			int b1 = bEnd == null ? 1440 : bEnd.toSecondOfDay() / 60;
			return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
		}
	}
}
