package com.cakeflow.kitchen.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.Capacity;
import com.cakeflow.kitchen.Station;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kitchen capacity over REST: a day per station and hour, and managers' adjustments (extra or fewer people). */
@RestController
@RequestMapping("/api/capacity")
class CapacityController {

	private final Capacity capacity;
	private final Stores stores;
	private final CurrentActor actor;
	private final Clock clock;

	CapacityController(Capacity capacity, Stores stores, CurrentActor actor, Clock clock) {
		this.capacity = capacity;
		this.stores = stores;
		this.actor = actor;
		this.clock = clock;
	}

	/** Capacity, booked and free work minutes per station and hour of a day (default today) in the store's zone. */
	@GetMapping
	Capacity.DayView day(@RequestParam(required = false) String date, @RequestParam(required = false) String store) {
		var info = store(store);
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? clock.instant().atZone(info.zone()).toLocalDate() : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidRequest(new FieldProblem("date", "kitchen.date.invalid", date));
		}
		return capacity.day(info.id(), day);
	}

	/**
	 * {@code {"station","from","to","extraStaff","reason"}}: from/to local times in the store's zone
	 * ({@code 2027-02-14T08:00:00}); extraStaff may be negative (someone off sick).
	 */
	@PostMapping("/adjustments")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	ResponseEntity<Capacity.DayView> adjust(@RequestBody AdjustmentRequest request, @RequestParam(required = false) String store) {
		var info = store(store);
		var problems = new ArrayList<FieldProblem>();
		Station station = null;
		try {
			station = request.station() == null ? null : Station.valueOf(request.station().strip().toUpperCase());
		}
		catch (IllegalArgumentException unknown) {
			// reported below
		}
		if (station == null) {
			problems.add(new FieldProblem("station", "kitchen.station.unknown", String.valueOf(request.station())));
		}
		var from = time(request.from(), "from", info, problems);
		var to = time(request.to(), "to", info, problems);
		if (from != null && to != null && !to.isAfter(from)) {
			problems.add(new FieldProblem("to", "kitchen.adjustment.period"));
		}
		if (request.extraStaff() == null || request.extraStaff() == 0 || Math.abs(request.extraStaff()) > 50) {
			problems.add(new FieldProblem("extraStaff", "kitchen.adjustment.staff"));
		}
		if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 200) {
			problems.add(new FieldProblem("reason", "kitchen.adjustment.reason"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		capacity.adjust(info.id(), station, from, to, request.extraStaff(), request.reason().strip(), actor.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(capacity.day(info.id(), from.atZone(info.zone()).toLocalDate()));
	}

	record AdjustmentRequest(String station, String from, String to, Integer extraStaff, String reason) {
	}

	private static java.time.Instant time(String value, String field, StoreInfo store, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "kitchen.adjustment.time", String.valueOf(value)));
			return null;
		}
		try {
			return value.length() > 19 ? OffsetDateTime.parse(value.strip()).toInstant() : LocalDateTime.parse(value.strip()).atZone(store.zone()).toInstant();
		}
		catch (DateTimeParseException invalid) {
			problems.add(new FieldProblem(field, "kitchen.adjustment.time", value));
			return null;
		}
	}

	private StoreInfo store(String code) {
		return stores.named(code, "store");
	}
}
