package com.cakeflow.kitchen;

import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.internal.CapacityRepository;
import com.cakeflow.kitchen.internal.Scheduler;
import com.cakeflow.staffing.StaffRoster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kitchen capacity in work minutes: per store, station and hour, the minutes of the staff on shift (plus manager
 * adjustments) against the minutes booked by orders. An order books its work backwards from its due time when it is
 * taken; what does not fit is refused with the earliest due times that would fit, unless a manager overrides. Booking
 * locks the hours it looks at (latest first), so concurrent intakes from every channel cannot overbook an hour, and
 * intakes for other hours do not wait for each other.
 * <p>
 * Skills are pools of their own: minutes that need a skill (a Chinese inscription, a large size, a fondant topper —
 * {@link CakeWork#skills}) must also fit the shift minutes of the station's people who have it, so a kitchen with one
 * calligrapher does not take more inscriptions than that person can write. A skill nobody of the station's role has is
 * no pool (somebody without it does the work, as matching does then). Managers' adjustments add or remove people
 * without particular skills.
 * <p>
 * Longer than our 350 lines on purpose: the booking and its grid (the locked hours, their staff minutes per station
 * and skill, what is booked) are one algorithm with one lock order; the grid is the booking's working state for one
 * transaction and nothing else uses it, so splitting it out would only widen what it exposes.
 */
@Service
@Transactional
public class Capacity {

	/** How far ahead the earliest feasible due times are looked for. */
	static final Duration LOOKAHEAD = Duration.ofDays(7);
	static final int SUGGESTIONS = 3;
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private final CapacityRepository repository;
	private final WorkMinutes workMinutes;
	private final StaffRoster roster;
	private final Stores stores;
	private final Clock clock;

	Capacity(CapacityRepository repository, WorkMinutes workMinutes, StaffRoster roster, Stores stores, Clock clock) {
		this.repository = repository;
		this.workMinutes = workMinutes;
		this.roster = roster;
		this.stores = stores;
		this.clock = clock;
	}

	/** For each of the orders, the minutes it has booked at this station and the ones after it: the work still ahead from there. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> minutesFrom(java.util.Collection<Long> orderIds, Station station) {
		var left = new java.util.HashMap<Long, Integer>();
		repository.ofOrders(orderIds).forEach((order, booked) -> left.put(order, booked.stream()
			.filter(b -> b.station().ordinal() >= station.ordinal()).mapToInt(CapacityRepository.OrderBooking::minutes).sum()));
		return left;
	}

	/**
	 * Books the cakes' work minutes before the due time. Throws {@link KitchenProblems.NoCapacity} (naming
	 * {@code field}) when they do not fit and there is no override; with an override, what does not fit is booked beyond
	 * capacity and marked so.
	 */
	public Booking book(long storeId, long orderId, Instant due, List<CakeWork> cakes, boolean override, String field) {
		return book(storeId, orderId, due, workMinutes.of(cakes), skills(cakes), override, field, List.of());
	}

	private static Map<Station, Set<String>> skills(List<CakeWork> cakes) {
		var skills = new EnumMap<Station, Set<String>>(Station.class);
		for (var station : Station.values()) {
			skills.put(station, CakeWork.skills(cakes, station));
		}
		return skills;
	}

	/**
	 * The order changed (due time or cakes): its remaining stations are booked again. Stations already done stay done;
	 * an order booked with an override keeps it. Nothing changes when the new booking does not fit (the caller's
	 * transaction rolls back).
	 */
	public Booking rebook(long orderId, Instant due, List<CakeWork> cakes, String field) {
		var current = repository.ofOrder(orderId);
		if (current.isEmpty()) {
			return new Booking(Map.of(), List.of(), false);
		}
		var left = current.stream().map(CapacityRepository.OrderBooking::station).collect(Collectors.toSet());
		boolean overridden = current.stream().anyMatch(CapacityRepository.OrderBooking::overridden);
		var minutes = new EnumMap<Station, Integer>(workMinutes.of(cakes));
		minutes.keySet().removeIf(station -> !left.contains(station));
		// the old booking's hours are locked in the same latest-first walk as the new one's, and count as free to it
		return book(current.get(0).storeId(), orderId, due, minutes, skills(cakes), overridden, field, current);
	}

	/** A station finished its part of the order: its minutes are free again. */
	public void done(long orderId, Station station) {
		repository.delete(orderId, station);
	}

	/** The order is cancelled: all its bookings go. */
	public void release(long orderId) {
		repository.delete(orderId, null);
	}

	/** Capacity, booked and free minutes per station and hour of one day in the store's zone. */
	@Transactional(readOnly = true)
	public DayView day(long storeId, LocalDate date) {
		var store = stores.byId(storeId).orElseThrow();
		var start = date.atStartOfDay(store.zone());
		var end = date.plusDays(1).atStartOfDay(store.zone());
		var grid = new CapacityGrid(store, start.toInstant(), end.toInstant(), true);
		var stations = new ArrayList<StationDay>();
		for (var station : Station.values()) {
			var hours = hours(start, end, slot -> grid.capacity(station, slot), slot -> grid.booked(station, slot));
			var pools = new ArrayList<SkillDay>();
			for (var skill : grid.skills(station)) {
				var skillHours = hours(start, end, slot -> grid.capacity(station, skill, slot), slot -> grid.booked(station, skill, slot));
				pools.add(new SkillDay(skill, skillHours.stream().mapToInt(HourView::capacity).sum(), skillHours.stream().mapToInt(HourView::booked).sum(),
						skillHours));
			}
			stations.add(new StationDay(station, hours.stream().mapToInt(HourView::capacity).sum(), hours.stream().mapToInt(HourView::booked).sum(),
					hours, pools));
		}
		return new DayView(store.code(), date, stations, repository.adjustments(storeId, start.toInstant(), end.toInstant()));
	}

	/** The hours of a day with capacity or bookings. */
	private static List<HourView> hours(ZonedDateTime start, ZonedDateTime end, java.util.function.ToIntFunction<ZonedDateTime> capacityOf,
			java.util.function.ToIntFunction<Instant> bookedOf) {
		var hours = new ArrayList<HourView>();
		for (var slot = start; slot.isBefore(end); slot = slot.plusHours(1)) {
			int capacity = capacityOf.applyAsInt(slot);
			int booked = bookedOf.applyAsInt(slot.toInstant());
			if (capacity > 0 || booked > 0) {
				hours.add(new HourView(slot.toLocalTime(), capacity, booked, capacity - booked));
			}
		}
		return hours;
	}

	/**
	 * Whether cakes due at {@code due} would fit the kitchen as it is booked now, and when they would not (or no due time
	 * is given) the first due times from {@code notBefore} on that would. Reads only: nothing is booked or locked.
	 */
	public Fit fit(long storeId, Instant due, Instant notBefore, List<CakeWork> cakes) {
		var store = stores.byId(storeId).orElseThrow();
		var now = clock.instant();
		var minutes = workMinutes.of(cakes);
		var skills = skills(cakes);
		if (due != null && !due.isBefore(notBefore)
				&& Scheduler.plan(now, due, minutes, skills, new CapacityGrid(store, now.minus(Duration.ofHours(1)), due, true)::free, store.zone()).isPresent()) {
			return new Fit(true, List.of());
		}
		var from = (due != null && due.isAfter(notBefore) ? due : notBefore).minusNanos(1);
		return new Fit(false, earliest(store, now, from, minutes, skills, new CapacityGrid(store, now, from.plus(LOOKAHEAD), true)));
	}

	/** Whether a due time fits; {@code earliest}: local due times ({@code 2026-11-24T15:00:00}) that would, when it does not. */
	public record Fit(boolean fits, List<String> earliest) {
	}

	/** Adds (or, negative, removes) people at a station for a period, e.g. a temporary decorator for Valentine's Day. */
	public void adjust(long storeId, Station station, Instant from, Instant to, int extraStaff, String reason, String actor) {
		repository.addAdjustment(storeId, station, from, to, extraStaff, reason, actor, clock.instant());
	}

	/**
	 * Books minutes (releasing the order's current bookings, when it has any) with only the hours it touches locked:
	 * the grid locks each hour the backwards walk looks at, latest first, so intakes for other hours and days go on in
	 * parallel, and two intakes for the same hour take turns and each sees what the other booked.
	 */
	private Booking book(long storeId, long orderId, Instant due, Map<Station, Integer> minutes, Map<Station, Set<String>> skills, boolean override,
			String field, List<CapacityRepository.OrderBooking> releasing) {
		var store = stores.byId(storeId).orElseThrow();
		var now = clock.instant();
		var grid = new CapacityGrid(store, now.minus(Duration.ofHours(1)), due, releasing);
		var plan = Scheduler.plan(now, due, minutes, skills, grid::free, store.zone());
		if (plan.isEmpty() && !override) { // only a refusal looks a week further for what would fit (reading, not locking)
			throw new KitchenProblems.NoCapacity(field, earliest(store, now, due, minutes, skills,
					new CapacityGrid(store, now, due.plus(LOOKAHEAD), true).without(releasing)));
		}
		var pieces = plan.orElseGet(() -> Scheduler.forced(now, due, minutes, skills, grid::free, store.zone()));
		grid.lockReleasedHours();
		if (!releasing.isEmpty()) {
			repository.delete(orderId, null);
		}
		repository.insert(storeId, orderId, pieces.stream().map(p -> grid.pooled(p)).toList());
		return new Booking(minutes, pieces.stream().map(p -> new Slot(p.station(), p.slotStart(), p.minutes(), p.over(), grid.pooled(p).skills())).toList(),
				pieces.stream().anyMatch(Scheduler.Piece::over));
	}

	/** The first due times after the one asked for that would fit, on the hour while the front desk is there to hand over. */
	private List<String> earliest(StoreInfo store, Instant now, Instant due, Map<Station, Integer> minutes, Map<Station, Set<String>> skills,
			CapacityGrid grid) {
		var found = new ArrayList<String>();
		var candidate = due.atZone(store.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
		var last = due.plus(LOOKAHEAD).atZone(store.zone());
		for (; found.size() < SUGGESTIONS && candidate.isBefore(last); candidate = candidate.plusHours(1)) {
			if (grid.capacity(Station.PACK, candidate.minusHours(1)) > 0
					&& Scheduler.plan(now, candidate.toInstant(), minutes, skills, grid::free, store.zone()).isPresent()) {
				found.add(candidate.toLocalDateTime().format(LOCAL));
			}
		}
		return found;
	}

	/** Shift minutes of a station's people in an hour, with the managers' adjustments. */
	@FunctionalInterface
	interface StaffMinutes {
		int of(Station station, ZonedDateTime slot);
	}

	/** The staff minutes per station and hour of a store for a window of slots (roster and adjustments read once). */
	StaffMinutes staffMinutes(StoreInfo store, Instant from, Instant to) {
		return new CapacityGrid(store, from, to, false)::capacity;
	}

	/**
	 * Capacity from the roster and adjustments, bookings from the table, for a window of slots; computed once per slot.
	 * Read as a whole ({@code withBookings}, nothing locked: what a page or a check shows), without bookings (staff
	 * minutes only), or hour by hour under the hour's lock (booking: {@link CapacityRepository#lockHour}), with the
	 * minutes an order is about to release counted as free.
	 */
	private final class CapacityGrid {

		private final StoreInfo store;
		private final Map<Station, List<StaffRoster.Person>> people = new EnumMap<>(Station.class);
		private final List<CapacityAdjustment> adjustments;
		private final Map<Station, Map<Instant, Integer>> booked;
		private final Map<Station, Map<Instant, Map<Set<String>, Integer>>> bookedBySkills;
		private final Map<String, Integer> capacities = new HashMap<>();
		/** Booking: the hours locked so far, and the hours of the order's current bookings still to lock (latest first). */
		private final boolean locking;
		private final Set<Instant> locked = new HashSet<>();
		private final java.util.NavigableSet<Instant> releasedHours = new TreeSet<>(java.util.Comparator.reverseOrder());
		private final List<CapacityRepository.OrderBooking> releasing;

		/** Read as a whole, or (with {@code withBookings} false) only the staff minutes. */
		CapacityGrid(StoreInfo store, Instant from, Instant to, boolean withBookings) {
			this(store, from, to, withBookings, false, List.of());
		}

		/** For booking: hours are locked and read as the walk reaches them; {@code releasing} counts as free. */
		CapacityGrid(StoreInfo store, Instant from, Instant to, List<CapacityRepository.OrderBooking> releasing) {
			this(store, from, to, false, true, releasing);
		}

		private CapacityGrid(StoreInfo store, Instant from, Instant to, boolean withBookings, boolean locking,
				List<CapacityRepository.OrderBooking> releasing) {
			this.store = store;
			var roster = Capacity.this.roster.people(store.id());
			for (var station : Station.values()) {
				people.put(station, roster.stream().filter(person -> person.role() == station.role()).toList());
			}
			this.adjustments = repository.adjustments(store.id(), from, to);
			this.booked = withBookings ? repository.booked(store.id(), from, to) : new EnumMap<>(Station.class);
			this.bookedBySkills = withBookings ? repository.bookedBySkills(store.id(), from, to) : new EnumMap<>(Station.class);
			this.locking = locking;
			this.releasing = releasing;
			releasing.forEach(booking -> releasedHours.add(booking.slotStart()));
		}

		/** The same grid with an order's current bookings counted as free (what a change that moves them would see). */
		CapacityGrid without(List<CapacityRepository.OrderBooking> bookings) {
			for (var booking : bookings) {
				subtract(booking);
			}
			return this;
		}

		private void subtract(CapacityRepository.OrderBooking booking) {
			booked.getOrDefault(booking.station(), Map.of()).computeIfPresent(booking.slotStart(), (slot, minutes) -> minutes - booking.minutes());
			if (!booking.skills().isEmpty()) {
				bookedBySkills.getOrDefault(booking.station(), Map.of()).getOrDefault(booking.slotStart(), Map.of())
					.computeIfPresent(booking.skills(), (kind, minutes) -> minutes - booking.minutes());
			}
		}

		/**
		 * Booking: locks and reads the hour when the walk first looks at it. Hours of the order's current bookings that
		 * come before it in the lock order (later hours) are locked first, so the lock order holds. An hour nobody works
		 * in is not locked: nothing can be booked there.
		 */
		private void reach(Instant slotStart) {
			if (!locking || locked.contains(slotStart)) {
				return;
			}
			while (!releasedHours.isEmpty() && releasedHours.first().isAfter(slotStart)) {
				lock(releasedHours.pollFirst());
			}
			var slot = slotStart.atZone(store.zone());
			if (releasedHours.remove(slotStart) || java.util.Arrays.stream(Station.values()).anyMatch(station -> capacity(station, slot) > 0)) {
				lock(slotStart);
			}
		}

		private void lock(Instant slotStart) {
			if (!locked.add(slotStart)) {
				return;
			}
			var hour = repository.lockHour(store.id(), slotStart);
			hour.booked().forEach((station, minutes) -> booked.computeIfAbsent(station, s -> new HashMap<>()).put(slotStart, minutes));
			hour.bySkills().forEach((station, kinds) -> bookedBySkills.computeIfAbsent(station, s -> new HashMap<>()).put(slotStart, new HashMap<>(kinds)));
			releasing.stream().filter(booking -> booking.slotStart().equals(slotStart)).forEach(this::subtract);
		}

		/** Booking done: the hours of the order's current bookings the walk did not reach are locked too (before they are released). */
		void lockReleasedHours() {
			while (!releasedHours.isEmpty()) {
				lock(releasedHours.pollFirst());
			}
		}

		/** The skills the station's work may need that somebody at the station has: the pools of the station. */
		Set<String> skills(Station station) {
			return people.get(station).stream().flatMap(person -> person.skills().stream()).filter(CakeWork.possibleSkills(station)::contains)
				.collect(Collectors.toCollection(TreeSet::new));
		}

		/** The piece with only the skills that are pools at its station (the others nobody has, so anybody does them). */
		Scheduler.Piece pooled(Scheduler.Piece piece) {
			var kept = pooled(piece.station(), piece.skills());
			return kept.equals(piece.skills()) ? piece : new Scheduler.Piece(piece.station(), piece.slotStart(), piece.minutes(), piece.over(), kept);
		}

		private Set<String> pooled(Station station, Set<String> skills) {
			var pools = skills(station);
			return skills.stream().filter(pools::contains).collect(Collectors.toCollection(TreeSet::new));
		}

		/**
		 * Free minutes at the station for work needing these skills. Work needing skills can only be done by people with
		 * all of them, so besides the station's free minutes, every group of kinds of skilled work booked in the slot
		 * together with this one must fit the minutes of the people able to do at least one of them (Hall's condition):
		 * an inscription and a fondant topper booked in the same hour, both only the one calligrapher-who-works-fondant
		 * can do, share that one person's hour.
		 */
		int free(Station station, Set<String> skills, Instant slotStart) {
			reach(slotStart);
			var slot = slotStart.atZone(store.zone());
			int free = capacity(station, slot) - booked(station, slotStart);
			var needed = pooled(station, skills);
			if (needed.isEmpty()) {
				return free;
			}
			var bookedKinds = new ArrayList<>(bookedBySkills.getOrDefault(station, Map.of()).getOrDefault(slotStart, Map.of()).entrySet());
			bookedKinds.removeIf(kind -> kind.getKey().equals(needed));
			int ownBooked = bookedBySkills.getOrDefault(station, Map.of()).getOrDefault(slotStart, Map.of()).getOrDefault(needed, 0);
			for (int subset = 0; subset < 1 << bookedKinds.size(); subset++) {
				var kinds = new ArrayList<Set<String>>(List.of(needed));
				int minutes = ownBooked;
				for (int i = 0; i < bookedKinds.size(); i++) {
					if ((subset & 1 << i) != 0) {
						kinds.add(bookedKinds.get(i).getKey());
						minutes += bookedKinds.get(i).getValue();
					}
				}
				free = Math.min(free, capacity(station, kinds, slot) - minutes);
			}
			return free;
		}

		int booked(Station station, Instant slotStart) {
			return booked.getOrDefault(station, Map.of()).getOrDefault(slotStart, 0);
		}

		/** Booked minutes in the slot that need the skill (alone or with others). */
		int booked(Station station, String skill, Instant slotStart) {
			return bookedBySkills.getOrDefault(station, Map.of()).getOrDefault(slotStart, Map.of()).entrySet().stream()
				.filter(kind -> kind.getKey().contains(skill)).mapToInt(Map.Entry::getValue).sum();
		}

		/** Shift minutes of the station's people in the hour, plus or minus the adjustments. */
		int capacity(Station station, ZonedDateTime slot) {
			return capacities.computeIfAbsent(station + "@" + slot.toInstant(), key -> {
				int minutes = shiftMinutes(people.get(station), slot);
				var slotStart = slot.toInstant();
				var slotEnd = slot.plusHours(1).toInstant();
				for (var adjustment : adjustments) {
					if (adjustment.station() == station && adjustment.startsAt().isBefore(slotEnd) && adjustment.endsAt().isAfter(slotStart)) {
						var overlapStart = adjustment.startsAt().isAfter(slotStart) ? adjustment.startsAt() : slotStart;
						var overlapEnd = adjustment.endsAt().isBefore(slotEnd) ? adjustment.endsAt() : slotEnd;
						minutes += adjustment.extraStaff() * (int) Duration.between(overlapStart, overlapEnd).toMinutes();
					}
				}
				return Math.max(0, minutes);
			});
		}

		/** Shift minutes in the hour of the station's people with the skill, never more than the station has. */
		int capacity(Station station, String skill, ZonedDateTime slot) {
			return capacity(station, List.of(Set.of(skill)), slot);
		}

		/**
		 * Shift minutes in the hour of the station's people able to do at least one of these kinds of work (having all
		 * the skills of a kind), never more than the station has (a manager may have taken somebody away).
		 */
		int capacity(Station station, List<Set<String>> kinds, ZonedDateTime slot) {
			int ofStation = capacity(station, slot); // first: computeIfAbsent must not be nested
			return capacities.computeIfAbsent(station + ":" + kinds + "@" + slot.toInstant(), key -> Math.min(ofStation, shiftMinutes(people.get(station)
				.stream().filter(person -> kinds.stream().anyMatch(kind -> person.skills().containsAll(kind))).toList(), slot)));
		}

		private static int shiftMinutes(List<StaffRoster.Person> people, ZonedDateTime slot) {
			var from = slot.toLocalTime();
			var to = from.equals(LocalTime.of(23, 0)) ? null : from.plusHours(1);
			return people.stream().mapToInt(person -> person.shift().minutesWithin(from, to)).sum();
		}
	}

	/** What an order booked: minutes per station and where they went; {@code overridden} when beyond capacity. */
	public record Booking(Map<Station, Integer> minutes, List<Slot> slots, boolean overridden) {

		public String summary() {
			return slots.stream().map(Slot::toString).collect(Collectors.joining("; "));
		}
	}

	/** Minutes of a station in the hour starting at {@code slotStart}, and the skills (pools) they were booked against. */
	public record Slot(Station station, Instant slotStart, int minutes, boolean over, Set<String> skills) {

		@Override
		public String toString() {
			return station + " " + minutes + " min @" + slotStart + (skills.isEmpty() ? "" : " " + String.join("+", skills))
					+ (over ? " (over capacity)" : "");
		}
	}

	/** One day of a store's capacity. */
	public record DayView(String store, LocalDate date, List<StationDay> stations, List<CapacityAdjustment> adjustments) {
	}

	/** One station's day: totals and the hours with capacity or bookings; the same for each skill pool of the station. */
	public record StationDay(Station station, int capacity, int booked, List<HourView> hours, List<SkillDay> skills) {
	}

	/** One skill pool's day at a station: the minutes of the people with the skill, and the minutes booked that need it. */
	public record SkillDay(String skill, int capacity, int booked, List<HourView> hours) {
	}

	/** One hour: capacity, booked and free minutes (free is negative when a manager overbooked). */
	public record HourView(LocalTime hour, int capacity, int booked, int free) {
	}
}
