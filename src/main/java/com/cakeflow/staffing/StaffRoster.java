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

	StaffRoster(StaffRepository staff) {
		this.staff = staff;
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

	/** The store's active, available people of the production and delivery roles, with shift and skills. */
	public List<Person> people(long storeId) {
		return staff.findByStoreIdAndActiveTrue(storeId).stream().filter(person -> person.available())
			.map(p -> new Person(p.username(), p.displayName(), Role.valueOf(p.role()), new Shift(p.username(), p.shiftStart(), p.shiftEnd()),
					java.util.Set.copyOf(p.skills())))
			.sorted(java.util.Comparator.comparing(Person::username)).toList();
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
