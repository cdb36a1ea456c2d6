package com.cakeflow.staffing;

import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import com.cakeflow.staffing.internal.StaffRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a person unavailable (off sick, gone home early) or back: unavailable people are not matched and their shift
 * is not kitchen capacity; going unavailable publishes {@link StaffUnavailable} in the same transaction, so their open
 * tasks are matched to somebody else before it commits.
 */
@Service
@Transactional
public class StaffAvailability {

	private final StaffRepository staff;
	private final ApplicationEventPublisher events;

	StaffAvailability(StaffRepository staff, ApplicationEventPublisher events) {
		this.staff = staff;
		this.events = events;
	}

	public Status set(String username, boolean available, String reason) {
		var person = staff.findByUsername(username).orElseThrow(() -> new UnknownStaff(username));
		if (!available && (reason == null || reason.isBlank() || reason.length() > 200)) {
			throw new InvalidRequest(new FieldProblem("reason", "staff.unavailable.reason"));
		}
		boolean wasAvailable = person.available();
		person.markAvailable(available, available ? null : reason.strip());
		if (wasAvailable && !available) {
			events.publishEvent(new StaffUnavailable(person.username(), person.storeId(), person.role(), reason.strip()));
		}
		return new Status(person.username(), person.available(), person.unavailableReason());
	}

	/** Whether a person is available, and why not. */
	public record Status(String username, boolean available, String reason) {
	}

	/** No such person: 404. */
	public static class UnknownStaff extends com.cakeflow.shared.DomainProblem {
		public UnknownStaff(String username) {
			super(404, "problem.staff.unknown", username);
		}
	}
}
