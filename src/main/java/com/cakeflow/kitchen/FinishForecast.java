package com.cakeflow.kitchen;

import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.internal.CapacityRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an order's remaining kitchen work is likely done, from the live queue: the minutes still booked at each of its
 * stations (work-minutes.dmn, booked when the order was taken; a station's booking goes when it finishes) and, ahead of
 * them, every minute still booked at that station for an earlier slot — the work of hours gone by that is not done yet
 * included, which is how a kitchen that fell behind shows up. The station works its queue with the shift minutes of
 * its people from now on (the roster and the managers' adjustments: somebody sent home makes the queue slower), and a
 * station starts the order's part only once the station before it is done. Work not finished counts as not started, so
 * the forecast errs late rather than early.
 */
@Service
@Transactional(readOnly = true)
public class FinishForecast {

	/** How far ahead the queue is worked off (a week, as far as intake looks); work that does not fit by then has no finish ({@code null}). */
	public static final Duration HORIZON = Capacity.LOOKAHEAD;

	private final CapacityRepository bookings;
	private final Capacity capacity;
	private final Stores stores;
	private final Clock clock;

	FinishForecast(CapacityRepository bookings, Capacity capacity, Stores stores, Clock clock) {
		this.bookings = bookings;
		this.capacity = capacity;
		this.stores = stores;
		this.clock = clock;
	}

	/** The forecast for the order's remaining stations from now; empty when no station has work booked for it. */
	public Optional<Forecast> of(long orderId) {
		var own = bookings.ofOrder(orderId);
		if (own.isEmpty()) {
			return Optional.empty();
		}
		var store = stores.byId(own.get(0).storeId()).orElseThrow();
		var now = clock.instant();
		var staff = capacity.staffMinutes(store, now.truncatedTo(ChronoUnit.HOURS), now.plus(HORIZON));
		return Optional.of(forecast(orderId, own, now, store.zone(), staff,
				(station, firstSlot) -> bookings.aheadOf(store.id(), station, firstSlot, orderId)));
	}

	/**
	 * The forecasts of several orders of a store (those without booked work are absent), the same as {@link #of} for each
	 * but from one read of the store's queue and its staff minutes: the at-risk scan asks for every open order at once.
	 */
	public Map<Long, Forecast> ofStore(long storeId, java.util.Collection<Long> orderIds) {
		var result = new HashMap<Long, Forecast>();
		if (orderIds.isEmpty()) {
			return result;
		}
		var store = stores.byId(storeId).orElseThrow();
		var now = clock.instant();
		var staff = capacity.staffMinutes(store, now.truncatedTo(ChronoUnit.HOURS), now.plus(HORIZON));
		var queue = new EnumMap<Station, StationQueue>(Station.class);
		var byOrder = new HashMap<Long, List<CapacityRepository.OrderBooking>>();
		var all = bookings.ofStore(storeId);
		for (var station : Station.values()) {
			queue.put(station, new StationQueue(all.stream().filter(b -> b.booking().station() == station).toList()));
		}
		var wanted = new java.util.HashSet<>(orderIds);
		for (var booking : all) { // earliest first
			if (wanted.contains(booking.orderId())) {
				byOrder.computeIfAbsent(booking.orderId(), id -> new ArrayList<>()).add(booking.booking());
			}
		}
		byOrder.forEach((orderId, own) -> result.put(orderId, forecast(orderId, own, now, store.zone(), staff,
				(station, firstSlot) -> queue.get(station).ahead(firstSlot, orderId))));
		return result;
	}

	private Forecast forecast(long orderId, List<CapacityRepository.OrderBooking> own, Instant now, java.time.ZoneId zone, Capacity.StaffMinutes staff,
			java.util.function.BiFunction<Station, Instant, Integer> aheadOf) {
		var minutes = new EnumMap<Station, Integer>(Station.class);
		var firstSlot = new EnumMap<Station, Instant>(Station.class);
		for (var booking : own) { // earliest first
			minutes.merge(booking.station(), booking.minutes(), Integer::sum);
			firstSlot.putIfAbsent(booking.station(), booking.slotStart());
		}
		var stations = new ArrayList<StationForecast>();
		Instant previous = now;
		for (var station : minutes.keySet()) { // EnumMap: BAKE, DECORATE, PACK
			int mine = minutes.get(station);
			int ahead = aheadOf.apply(station, firstSlot.get(station));
			var queueDone = workedOff(staff, station, zone, now, ahead + mine);
			var finish = previous == null || queueDone == null ? null : latest(queueDone, previous.plus(Duration.ofMinutes(mine)));
			stations.add(new StationForecast(station, ahead, mine, finish));
			previous = finish;
		}
		return new Forecast(previous, stations);
	}

	/**
	 * A station's booked work in queue order (slot, then order id) with running totals: the minutes ahead of an order's
	 * first slot are what {@link CapacityRepository#aheadOf} sums — other orders' work in earlier slots, and in the
	 * same slot of orders booked before it.
	 */
	private static final class StationQueue {

		private final Instant[] slots;
		private final long[] orders;
		private final int[] before; // minutes of all entries before index i

		StationQueue(List<CapacityRepository.StoreBooking> bookings) {
			var sorted = bookings.stream().sorted(java.util.Comparator.comparing((CapacityRepository.StoreBooking b) -> b.booking().slotStart())
				.thenComparingLong(CapacityRepository.StoreBooking::orderId)).toList();
			slots = new Instant[sorted.size()];
			orders = new long[sorted.size()];
			before = new int[sorted.size() + 1];
			for (int i = 0; i < sorted.size(); i++) {
				slots[i] = sorted.get(i).booking().slotStart();
				orders[i] = sorted.get(i).orderId();
				before[i + 1] = before[i] + sorted.get(i).booking().minutes();
			}
		}

		int ahead(Instant slot, long orderId) {
			int low = 0;
			int high = slots.length; // first entry not before (slot, orderId)
			while (low < high) {
				int mid = (low + high) >>> 1;
				int bySlot = slots[mid].compareTo(slot);
				if (bySlot < 0 || (bySlot == 0 && orders[mid] < orderId)) {
					low = mid + 1;
				}
				else {
					high = mid;
				}
			}
			return before[low];
		}
	}

	/** When the station's people, from {@code from} on, have worked off this many minutes; null when not within the horizon. */
	static Instant workedOff(Capacity.StaffMinutes staff, Station station, java.time.ZoneId zone, Instant from, int minutes) {
		long left = minutes * 60L; // person-seconds
		var end = from.plus(HORIZON);
		for (var slot = from.atZone(zone).truncatedTo(ChronoUnit.HOURS); slot.toInstant().isBefore(end); slot = slot.plusHours(1)) {
			var start = slot.toInstant().isBefore(from) ? from : slot.toInstant();
			long seconds = Duration.between(start, slot.plusHours(1).toInstant()).toSeconds();
			long available = staff.of(station, slot) * 60L * seconds / 3600; // the hour's staff minutes, for the part still to come
			if (left <= available) {
				return start.plusSeconds(available == 0 ? 0 : left * seconds / available);
			}
			left -= available;
		}
		return null;
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * The order's kitchen forecast: when it is likely packed ({@code null}: not within {@link #HORIZON}), and per remaining
	 * station the minutes queued ahead, its own minutes and its likely finish.
	 */
	public record Forecast(Instant finish, List<StationForecast> stations) {

		/** What the forecast rests on, for the alert and the timeline: "BAKE 120+45 min, DECORATE 30+20 min". */
		public String summary() {
			return stations.stream().map(s -> s.station() + " " + s.aheadMinutes() + "+" + s.minutes() + " min")
				.collect(Collectors.joining(", "));
		}
	}

	public record StationForecast(Station station, int aheadMinutes, int minutes, Instant finish) {
	}
}
