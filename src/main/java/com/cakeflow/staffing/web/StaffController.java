package com.cakeflow.staffing.web;

import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import com.cakeflow.staffing.StaffAvailability;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/staff/{username}/availability {"available", "reason"}}: managers mark someone away or back. */
@RestController
class StaffController {

	private final StaffAvailability availability;

	StaffController(StaffAvailability availability) {
		this.availability = availability;
	}

	@PostMapping("/api/staff/{username}/availability")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	StaffAvailability.Status availability(@PathVariable String username, @RequestBody AvailabilityRequest request) {
		if (request.available() == null) {
			throw new InvalidRequest(new FieldProblem("available", "staff.available.required"));
		}
		return availability.set(username, request.available(), request.reason());
	}

	record AvailabilityRequest(Boolean available, String reason) {
	}
}
