package com.cakeflow.staffing;

import com.cakeflow.identity.Stores;
import com.cakeflow.staffing.internal.StaffAssignment;
import com.cakeflow.staffing.internal.StaffAssignmentRepository;
import com.cakeflow.staffing.internal.StaffRepository;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses who does a stage of an order: every active, available person of the role in the store is scored
 * ({@link MatchScoring}: skills, shift, time before the latest finish, load, and for drivers zone and route) and the
 * best one gets the stage; their minutes stay committed until the stage is done. The winner's score breakdown and the
 * runners-up go on the order's timeline.
 */
@Service
@Transactional
public class StaffMatching {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final StaffRepository staff;
	private final StaffAssignmentRepository assignments;
	private final Stores stores;
	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	StaffMatching(StaffRepository staff, StaffAssignmentRepository assignments, Stores stores, Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.assignments = assignments;
		this.stores = stores;
		this.clock = clock;
	}

	public Optional<Match> match(MatchRequest request) {
		var pool = people(request);
		var ranked = MatchScoring.rank(List.copyOf(pool.candidates().values()), request, now(request));
		if (ranked.isEmpty()) {
			return Optional.empty();
		}
		var best = ranked.get(0);
		assignments.save(new StaffAssignment(staff.getReferenceById(pool.ids().get(best.candidate().username())), request.orderId(), request.stage(),
				request.minutes(), clock.instant(), request.zone(), request.latestFinish()));
		return Optional.of(new Match(best.candidate().username(), best.candidate().displayName(), best.total(), explain(ranked, request)));
	}

	/**
	 * Whether the stage should leave its person because their shift is over: they are off shift now, not back before
	 * the stage's latest start, and somebody else scores better. Empty when they keep it; else why they do not.
	 */
	@Transactional(readOnly = true)
	public Optional<String> shiftOver(String username, MatchRequest request) {
		var people = people(request).candidates();
		var candidate = people.get(username);
		if (candidate == null) {
			return Optional.empty();
		}
		var now = now(request);
		if (MatchScoring.onShift(candidate, now.toLocalTime())) {
			return Optional.empty();
		}
		var back = MatchScoring.nextShiftStart(candidate, now);
		if (!back.isAfter(request.latestStart().atZone(now.getZone()))) {
			return Optional.empty();
		}
		var ranked = MatchScoring.rank(List.copyOf(people.values()), request, now);
		if (ranked.isEmpty() || ranked.get(0).candidate().username().equals(username)) {
			return Optional.empty();
		}
		return Optional.of("shift ended " + HH_MM.format(candidate.shiftEnd()) + ", back " + (back.toLocalDate().equals(now.toLocalDate())
				? "" : back.toLocalDate() + " ") + HH_MM.format(back) + ", after the latest start "
				+ HH_MM.format(request.latestStart().atZone(now.getZone())));
	}

	/** Which of these people are active, available and off shift at this moment (in their store's zone). */
	@Transactional(readOnly = true)
	public Set<String> offShiftNow(java.util.Collection<String> usernames) {
		var off = new java.util.HashSet<String>();
		for (var username : usernames) {
			staff.findByUsername(username).filter(p -> p.active() && p.available()).ifPresent(p -> {
				var now = clock.instant().atZone(stores.byId(p.storeId()).orElseThrow().zone()).toLocalTime();
				if (!new StaffRoster.Shift(p.username(), p.shiftStart(), p.shiftEnd()).covers(now)) {
					off.add(p.username());
				}
			});
		}
		return off;
	}

	/** The stage is done (or was re-assigned): its minutes no longer count against the person. */
	public void release(long orderId, String stage) {
		assignments.openAssignments(orderId).stream().filter(a -> a.stage().equals(stage)).forEach(a -> a.release(clock.instant()));
	}

	/** The order is cancelled: nothing of it counts against anybody any more. */
	public void releaseAll(long orderId) {
		assignments.openAssignments(orderId).forEach(a -> a.release(clock.instant()));
	}

	private ZonedDateTime now(MatchRequest request) {
		return clock.instant().atZone(stores.byId(request.storeId()).orElseThrow().zone());
	}

	/**
	 * The store's active, available people of the stage's role with their skills and what they carry, by username: plain
	 * queries (matching runs at every stage of every order; mapping staff entities with their skill collections, and
	 * Hibernate re-planning a query per list of ids, cost more than the scoring). Changes made in this transaction —
	 * a stage just released — are flushed first so they count.
	 */
	private Pool people(MatchRequest request) {
		assignments.flush();
		var committed = new HashMap<Long, Long>();
		jdbc.sql("""
				select a.staff_id, sum(a.minutes) minutes from staff_assignment a join staff s on s.id = a.staff_id
				where s.store_id = ? and s.role = ? and a.released_at is null group by a.staff_id""")
			.params(request.storeId(), request.role().name())
			.query(rs -> {
				committed.put(rs.getLong("staff_id"), rs.getLong("minutes"));
			});
		var deliveries = new HashMap<Long, List<MatchScoring.Delivery>>();
		if (request.zone() != null) {
			jdbc.sql("""
					select a.staff_id, a.zone, a.due_at from staff_assignment a join staff s on s.id = a.staff_id
					where s.store_id = ? and s.role = ? and a.released_at is null and a.zone is not null""")
				.params(request.storeId(), request.role().name())
				.query(rs -> {
					var dueAt = rs.getObject("due_at", java.time.OffsetDateTime.class);
					deliveries.computeIfAbsent(rs.getLong("staff_id"), id -> new java.util.ArrayList<>())
						.add(new MatchScoring.Delivery(rs.getString("zone"), dueAt == null ? null : dueAt.toInstant()));
				});
		}
		record Row(long id, String username, String displayName, java.time.LocalTime shiftStart, java.time.LocalTime shiftEnd,
				java.util.Set<String> skills) {
		}
		var rows = new java.util.TreeMap<String, Row>();
		jdbc.sql("""
				select s.id, s.username, s.display_name, s.shift_start, s.shift_end, k.skill from staff s
				left join staff_skill k on k.staff_id = s.id where s.store_id = ? and s.role = ? and s.active = true and s.available = true""")
			.params(request.storeId(), request.role().name())
			.query(rs -> {
				var row = rows.computeIfAbsent(rs.getString("username"), name -> {
					try {
						return new Row(rs.getLong("id"), name, rs.getString("display_name"), rs.getObject("shift_start", java.time.LocalTime.class),
								rs.getObject("shift_end", java.time.LocalTime.class), new java.util.HashSet<>());
					}
					catch (java.sql.SQLException unreadable) {
						throw new IllegalStateException(unreadable);
					}
				});
				var skill = rs.getString("skill");
				if (skill != null) {
					row.skills().add(skill);
				}
			});
		var people = new java.util.LinkedHashMap<String, MatchScoring.Candidate>();
		var ids = new HashMap<String, Long>();
		rows.values().forEach(p -> ids.put(p.username(), p.id()));
		rows.values().forEach(p -> people.put(p.username(), new MatchScoring.Candidate(p.username(), p.displayName(), Set.copyOf(p.skills()),
				p.shiftStart(), p.shiftEnd(), committed.getOrDefault(p.id(), 0L), deliveries.getOrDefault(p.id(), List.of()))));
		return new Pool(people, ids);
	}

	/** The candidates by username, and their staff ids. */
	private record Pool(Map<String, MatchScoring.Candidate> candidates, Map<String, Long> ids) {
	}

	private static String explain(List<MatchScoring.Scored> ranked, MatchRequest request) {
		var others = ranked.stream().skip(1).limit(3).map(s -> s.candidate().username() + " " + s.total() + " ("
				+ s.parts().stream().filter(p -> p.points() < 0).map(MatchScoring.Part::why).collect(Collectors.joining(", ")) + ")")
			.map(s -> s.replace(" ()", "")).collect(Collectors.joining("; "));
		return "score " + ranked.get(0).breakdown() + (request.requiredSkills().isEmpty() ? "" : " | needs " + String.join(", ", new java.util.TreeSet<>(request.requiredSkills())))
				+ (others.isEmpty() ? " | only candidate" : " | others: " + others);
	}
}
