package com.cakeflow.staffing;

import com.cakeflow.identity.Stores;
import com.cakeflow.staffing.internal.Staff;
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

	StaffMatching(StaffRepository staff, StaffAssignmentRepository assignments, Stores stores, Clock clock) {
		this.staff = staff;
		this.assignments = assignments;
		this.stores = stores;
		this.clock = clock;
	}

	public Optional<Match> match(MatchRequest request) {
		var people = people(request);
		var ranked = MatchScoring.rank(candidates(people.values()), request, now(request));
		if (ranked.isEmpty()) {
			return Optional.empty();
		}
		var best = ranked.get(0);
		assignments.save(new StaffAssignment(people.get(best.candidate().username()), request.orderId(), request.stage(), request.minutes(),
				clock.instant(), request.zone(), request.latestFinish()));
		return Optional.of(new Match(best.candidate().username(), best.candidate().displayName(), best.total(), explain(ranked, request)));
	}

	/**
	 * Whether the stage should leave its person because their shift is over: they are off shift now, not back before
	 * the stage's latest start, and somebody else scores better. Empty when they keep it; else why they do not.
	 */
	@Transactional(readOnly = true)
	public Optional<String> shiftOver(String username, MatchRequest request) {
		var person = staff.findByUsername(username).filter(p -> p.active() && p.available() && p.storeId() == request.storeId());
		if (person.isEmpty()) {
			return Optional.empty();
		}
		var now = now(request);
		var candidate = candidates(List.of(person.get())).get(0);
		if (MatchScoring.onShift(candidate, now.toLocalTime())) {
			return Optional.empty();
		}
		var back = MatchScoring.nextShiftStart(candidate, now);
		if (!back.isAfter(request.latestStart().atZone(now.getZone()))) {
			return Optional.empty();
		}
		var ranked = MatchScoring.rank(candidates(people(request).values()), request, now);
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

	private Map<String, Staff> people(MatchRequest request) {
		return staff.findByStoreIdAndRoleAndActiveTrue(request.storeId(), request.role().name()).stream().filter(Staff::available)
			.collect(Collectors.toMap(Staff::username, p -> p));
	}

	/** The people with what they carry: two queries for all of them. */
	private List<MatchScoring.Candidate> candidates(java.util.Collection<Staff> people) {
		var ids = people.stream().map(Staff::id).toList();
		var committed = new HashMap<Long, Long>();
		var deliveries = new HashMap<Long, List<MatchScoring.Delivery>>();
		if (!ids.isEmpty()) {
			assignments.committedMinutes(ids).forEach(row -> committed.put((Long) row[0], ((Number) row[1]).longValue()));
			assignments.openDeliveries(ids).forEach(a -> deliveries.computeIfAbsent(a.staff().id(), id -> new java.util.ArrayList<>())
				.add(new MatchScoring.Delivery(a.zone(), a.dueAt())));
		}
		return people.stream().map(p -> new MatchScoring.Candidate(p.username(), p.displayName(), Set.copyOf(p.skills()), p.shiftStart(),
				p.shiftEnd(), committed.getOrDefault(p.id(), 0L), deliveries.getOrDefault(p.id(), List.of()))).toList();
	}

	private static String explain(List<MatchScoring.Scored> ranked, MatchRequest request) {
		var others = ranked.stream().skip(1).limit(3).map(s -> s.candidate().username() + " " + s.total() + " ("
				+ s.parts().stream().filter(p -> p.points() < 0).map(MatchScoring.Part::why).collect(Collectors.joining(", ")) + ")")
			.map(s -> s.replace(" ()", "")).collect(Collectors.joining("; "));
		return "score " + ranked.get(0).breakdown() + (request.requiredSkills().isEmpty() ? "" : " | needs " + String.join(", ", new java.util.TreeSet<>(request.requiredSkills())))
				+ (others.isEmpty() ? " | only candidate" : " | others: " + others);
	}
}
