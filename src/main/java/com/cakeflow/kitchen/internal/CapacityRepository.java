package com.cakeflow.kitchen.internal;

import com.cakeflow.kitchen.Station;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.cakeflow.shared.Database;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of kitchen capacity: the per-slot totals (and their locks), bookings and adjustments. */
@Repository
public class CapacityRepository {

	private final JdbcClient jdbc;
	private final Database database;

	CapacityRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.database = Database.of(dataSource);
	}

	/**
	 * Locks one slot hour of a store: the hour's row of every station, created first when missing, stays locked until the
	 * transaction ends, so whoever books or releases minutes in that hour waits for the others to commit. Returns what is
	 * booked in the hour, read under the lock. Callers lock hours latest first and, within an hour, stations in name order
	 * (this method does; {@link #delete} too), so bookings never wait for each other in a circle. Skill rows of an hour
	 * are only ever written by somebody holding the hour's station row.
	 */
	public Hour lockHour(long storeId, Instant slotStart) {
		var rows = lockRows(storeId, slotStart);
		if (rows.size() < Station.values().length) {
			for (var station : Station.values()) {
				if (!rows.containsKey(station)) {
					createSlot(storeId, station, slotStart);
				}
			}
			rows = lockRows(storeId, slotStart);
		}
		var kinds = new java.util.EnumMap<Station, Map<Set<String>, Integer>>(Station.class);
		jdbc.sql("select station, skills, booked from capacity_skill_slot where store_id = ? and slot_start = ? and booked > 0")
			.params(storeId, Timestamp.from(slotStart))
			.query((rs, i) -> kinds.computeIfAbsent(Station.valueOf(rs.getString("station")), s -> new HashMap<>()).put(skills(rs.getString("skills")),
					rs.getInt("booked")))
			.list();
		return new Hour(rows, kinds);
	}

	private Map<Station, Integer> lockRows(long storeId, Instant slotStart) {
		var rows = new java.util.EnumMap<Station, Integer>(Station.class);
		jdbc.sql("select station, booked from capacity_slot where store_id = ? and slot_start = ? order by station for update")
			.params(storeId, Timestamp.from(slotStart))
			.query((rs, i) -> rows.put(Station.valueOf(rs.getString("station")), rs.getInt("booked"))).list();
		return rows;
	}

	private void createSlot(long storeId, Station station, Instant slotStart) {
		var insert = "insert into capacity_slot (store_id, station, slot_start, booked) values (?, ?, ?, 0)";
		try {
			// PostgreSQL waits for a concurrent insert of the same row and then does nothing; H2 refuses it, and the
			// refusal leaves the transaction usable
			jdbc.sql(database == Database.POSTGRESQL ? insert + " on conflict do nothing" : insert)
				.params(storeId, station.name(), Timestamp.from(slotStart)).update();
		}
		catch (DuplicateKeyException createdConcurrently) {
			// it exists now: fine
		}
	}

	/** What is booked in one slot hour: minutes per station, and minutes of skilled work per station and kind. */
	public record Hour(Map<Station, Integer> booked, Map<Station, Map<Set<String>, Integer>> bySkills) {
	}

	/** Booked minutes per station and slot start in [from, to), from the per-slot totals. */
	public Map<Station, Map<Instant, Integer>> booked(long storeId, Instant from, Instant to) {
		var booked = new HashMap<Station, Map<Instant, Integer>>();
		jdbc.sql("select station, slot_start, booked from capacity_slot where store_id = ? and slot_start >= ? and slot_start < ? and booked > 0")
			.params(storeId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, i) -> booked.computeIfAbsent(Station.valueOf(rs.getString("station")), s -> new HashMap<>())
				.put(rs.getTimestamp("slot_start").toInstant(), rs.getInt("booked")))
			.list();
		return booked;
	}

	/** Booked minutes of skilled work per station, slot start and the skills it needs, in [from, to). */
	public Map<Station, Map<Instant, Map<Set<String>, Integer>>> bookedBySkills(long storeId, Instant from, Instant to) {
		var booked = new HashMap<Station, Map<Instant, Map<Set<String>, Integer>>>();
		jdbc.sql("select station, skills, slot_start, booked from capacity_skill_slot where store_id = ? and slot_start >= ? and slot_start < ? and booked > 0")
			.params(storeId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, i) -> booked.computeIfAbsent(Station.valueOf(rs.getString("station")), s -> new HashMap<>())
				.computeIfAbsent(rs.getTimestamp("slot_start").toInstant(), s -> new HashMap<>()).put(skills(rs.getString("skills")), rs.getInt("booked")))
			.list();
		return booked;
	}

	/** Skills as stored: sorted, joined by commas. */
	static String skills(Set<String> skills) {
		return skills.isEmpty() ? null : String.join(",", new TreeSet<>(skills));
	}

	static Set<String> skills(String stored) {
		return stored == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(stored.split(",")));
	}

	/** Adds an order's pieces, and their minutes to the slot totals (called with the pieces' hours locked). */
	public void insert(long storeId, long orderId, List<Scheduler.Piece> pieces) {
		for (var piece : pieces) {
			jdbc.sql("insert into capacity_booking (store_id, order_id, station, slot_start, minutes, overridden, skills) values (?, ?, ?, ?, ?, ?, ?)")
				.params(storeId, orderId, piece.station().name(), Timestamp.from(piece.slotStart()), piece.minutes(), piece.over(),
						skills(piece.skills()))
				.update();
			var slot = Timestamp.from(piece.slotStart());
			int updated = jdbc.sql("update capacity_slot set booked = booked + ? where store_id = ? and station = ? and slot_start = ?")
				.params(piece.minutes(), storeId, piece.station().name(), slot).update();
			if (updated == 0) {
				jdbc.sql("insert into capacity_slot (store_id, station, slot_start, booked) values (?, ?, ?, ?)")
					.params(storeId, piece.station().name(), slot, piece.minutes()).update();
			}
			if (!piece.skills().isEmpty()) {
				int skillUpdated = jdbc.sql("update capacity_skill_slot set booked = booked + ? where store_id = ? and station = ? and skills = ? and slot_start = ?")
					.params(piece.minutes(), storeId, piece.station().name(), skills(piece.skills()), slot).update();
				if (skillUpdated == 0) {
					jdbc.sql("insert into capacity_skill_slot (store_id, station, skills, slot_start, booked) values (?, ?, ?, ?, ?)")
						.params(storeId, piece.station().name(), skills(piece.skills()), slot, piece.minutes()).update();
				}
			}
		}
	}

	/** The bookings of several orders, per order. */
	public Map<Long, List<OrderBooking>> ofOrders(java.util.Collection<Long> orderIds) {
		var result = new HashMap<Long, List<OrderBooking>>();
		if (orderIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select order_id, store_id, station, slot_start, minutes, overridden, skills from capacity_booking where order_id in (:ids)")
			.param("ids", orderIds)
			.query((rs, i) -> result.computeIfAbsent(rs.getLong("order_id"), id -> new java.util.ArrayList<>()).add(booking(rs)))
			.list();
		return result;
	}

	/**
	 * Minutes still booked at a station ahead of a slot of an order: every order's work in earlier slots (work of slots
	 * gone by that is not done yet included) and other orders' work in the same slot that were booked before it.
	 */
	public int aheadOf(long storeId, Station station, Instant slotStart, long orderId) {
		return jdbc.sql("""
				select coalesce(sum(minutes), 0) from capacity_booking where store_id = ? and station = ? and order_id <> ?
				  and (slot_start < ? or (slot_start = ? and order_id < ?))""")
			.params(storeId, station.name(), orderId, Timestamp.from(slotStart), Timestamp.from(slotStart), orderId).query(Integer.class).single();
	}

	/** Every booking of a store (the work still open in its kitchen), earliest first. */
	public List<StoreBooking> ofStore(long storeId) {
		return jdbc.sql("select order_id, store_id, station, slot_start, minutes, overridden, skills from capacity_booking where store_id = ? order by slot_start, station")
			.param(storeId).query((rs, i) -> new StoreBooking(rs.getLong("order_id"), booking(rs))).list();
	}

	/** A booking with its order. */
	public record StoreBooking(long orderId, OrderBooking booking) {
	}

	/** An order's bookings, earliest first. */
	public List<OrderBooking> ofOrder(long orderId) {
		return jdbc.sql("select store_id, station, slot_start, minutes, overridden, skills from capacity_booking where order_id = ? order by slot_start, station")
			.param(orderId).query((rs, i) -> booking(rs)).list();
	}

	private static OrderBooking booking(java.sql.ResultSet rs) throws java.sql.SQLException {
		var skills = rs.getString("skills");
		return new OrderBooking(rs.getLong("store_id"), Station.valueOf(rs.getString("station")), rs.getTimestamp("slot_start").toInstant(),
				rs.getInt("minutes"), rs.getBoolean("overridden"), skills(skills));
	}

	/**
	 * Removes an order's bookings (of one station, or all with {@code null}) and their minutes from the slot totals,
	 * latest hour first and stations in name order within an hour, the order in which bookings lock them.
	 */
	public int delete(long orderId, Station station) {
		var gone = ofOrder(orderId).stream().filter(b -> station == null || b.station() == station)
			.sorted(java.util.Comparator.comparing(OrderBooking::slotStart).reversed().thenComparing(b -> b.station().name())).toList();
		for (var booking : gone) {
			jdbc.sql("update capacity_slot set booked = booked - ? where store_id = ? and station = ? and slot_start = ?")
				.params(booking.minutes(), booking.storeId(), booking.station().name(), Timestamp.from(booking.slotStart())).update();
			if (!booking.skills().isEmpty()) {
				jdbc.sql("update capacity_skill_slot set booked = booked - ? where store_id = ? and station = ? and skills = ? and slot_start = ?")
					.params(booking.minutes(), booking.storeId(), booking.station().name(), skills(booking.skills()), Timestamp.from(booking.slotStart()))
					.update();
			}
		}
		if (station == null) {
			jdbc.sql("delete from capacity_booking where order_id = ?").param(orderId).update();
		}
		else {
			jdbc.sql("delete from capacity_booking where order_id = ? and station = ?").params(orderId, station.name()).update();
		}
		return gone.size();
	}

	public void addAdjustment(long storeId, Station station, Instant from, Instant to, int extraStaff, String reason, String actor, Instant at) {
		jdbc.sql("insert into capacity_adjustment (store_id, station, starts_at, ends_at, extra_staff, reason, created_by, created_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(storeId, station.name(), Timestamp.from(from), Timestamp.from(to), extraStaff, reason, actor, Timestamp.from(at)).update();
	}

	/** Adjustments that overlap [from, to). */
	public List<com.cakeflow.kitchen.CapacityAdjustment> adjustments(long storeId, Instant from, Instant to) {
		return jdbc.sql("select id, station, starts_at, ends_at, extra_staff, reason, created_by from capacity_adjustment "
				+ "where store_id = ? and starts_at < ? and ends_at > ? order by starts_at, id")
			.params(storeId, Timestamp.from(to), Timestamp.from(from))
			.query((rs, i) -> new com.cakeflow.kitchen.CapacityAdjustment(rs.getLong("id"), Station.valueOf(rs.getString("station")), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), rs.getInt("extra_staff"), rs.getString("reason"), rs.getString("created_by")))
			.list();
	}

	/** One of an order's bookings, with the skills its minutes need. */
	public record OrderBooking(long storeId, Station station, Instant slotStart, int minutes, boolean overridden, java.util.Set<String> skills) {
	}
}
