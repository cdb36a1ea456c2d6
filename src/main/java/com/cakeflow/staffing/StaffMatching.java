package com.cakeflow.staffing;

import com.cakeflow.identity.Stores;
import com.cakeflow.staffing.internal.Staff;
import com.cakeflow.staffing.internal.StaffAssignment;
import com.cakeflow.staffing.internal.StaffAssignmentRepository;
import com.cakeflow.staffing.internal.StaffRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses who does a stage of an order. The rule (it will get smarter): among the store's active and available staff of the role,
 * prefer those with every required skill, then those on shift now, then the fewest committed minutes. The chosen
 * person's minutes stay committed until the stage is done.
 */
@Service
@Transactional
public class StaffMatching {

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
		var zone = stores.byId(request.storeId()).orElseThrow().zone();
		var now = clock.instant().atZone(zone).toLocalTime();
		var candidates = staff.findByStoreIdAndRoleAndActiveTrue(request.storeId(), request.role().name()).stream()
			.filter(Staff::available)
			.map(person -> new Candidate(person, person.skills().containsAll(request.requiredSkills()), person.onShiftAt(now),
					staff.committedMinutes(person.id())))
			.sorted(Comparator.comparing((Candidate c) -> !c.skilled()).thenComparing(c -> !c.onShift())
				.thenComparingLong(Candidate::committedMinutes).thenComparing(c -> c.person().username()))
			.toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		var chosen = candidates.get(0);
		assignments.save(new StaffAssignment(chosen.person(), request.orderId(), request.stage(), request.minutes(), clock.instant()));
		return Optional.of(new Match(chosen.person().username(), chosen.person().displayName(), explain(chosen, candidates, request)));
	}

	/** The stage is done (or was re-assigned): its minutes no longer count against the person. */
	public void release(long orderId, String stage) {
		assignments.openAssignments(orderId).stream().filter(a -> a.stage().equals(stage)).forEach(a -> a.release(clock.instant()));
	}

	/** The order is cancelled: nothing of it counts against anybody any more. */
	public void releaseAll(long orderId) {
		assignments.openAssignments(orderId).forEach(a -> a.release(clock.instant()));
	}

	private static String explain(Candidate chosen, List<Candidate> all, MatchRequest request) {
		var others = all.stream().skip(1).limit(3).map(Candidate::describe).collect(Collectors.joining("; "));
		return chosen.describe() + (request.requiredSkills().isEmpty() ? "" : " | needs " + request.requiredSkills())
				+ (others.isEmpty() ? " | only candidate" : " | others: " + others);
	}

	private record Candidate(Staff person, boolean skilled, boolean onShift, long committedMinutes) {

		String describe() {
			return person.username() + " (" + (onShift ? "on shift" : "off shift") + ", " + committedMinutes + " min committed"
					+ (skilled ? "" : ", lacks skills") + ")";
		}
	}
}
