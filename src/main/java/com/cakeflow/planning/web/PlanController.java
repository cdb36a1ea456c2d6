package com.cakeflow.planning.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.inventory.PrepLine;
import com.cakeflow.planning.ProductionPlan;
import com.cakeflow.planning.ProductionPlanner;
import com.cakeflow.shared.DomainProblem;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The production plan over REST: {@code GET /api/plans?date=&store=} the latest plan of a day (default tomorrow) with
 * its prep list; {@code POST} plans the day now (managers).
 */
@RestController
@RequestMapping("/api/plans")
class PlanController {

	private final ProductionPlanner planner;
	private final Stores stores;
	private final CurrentActor actor;
	private final Clock clock;

	PlanController(ProductionPlanner planner, Stores stores, CurrentActor actor, Clock clock) {
		this.planner = planner;
		this.stores = stores;
		this.actor = actor;
		this.clock = clock;
	}

	@GetMapping
	PlanWithPrep latest(@RequestParam(required = false) String date, @RequestParam(required = false) String store) {
		var info = stores.named(store, "store");
		var day = day(date, info, clock);
		var plan = planner.latest(info, day).orElseThrow(() -> new NoPlan(info.code(), day));
		return new PlanWithPrep(plan, planner.prepList(info, day));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	ResponseEntity<PlanWithPrep> plan(@RequestParam(required = false) String date, @RequestParam(required = false) String store) {
		var info = stores.named(store, "store");
		var day = day(date, info, clock);
		var plan = planner.plan(info, day, actor.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(new PlanWithPrep(plan, planner.prepList(info, day)));
	}

	/** The day asked for, tomorrow in the store's zone when none is given. */
	static LocalDate day(String date, StoreInfo store, Clock clock) {
		try {
			return date == null || date.isBlank() ? clock.instant().atZone(store.zone()).toLocalDate().plusDays(1) : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidRequest(new FieldProblem("date", "kitchen.date.invalid", date));
		}
	}

	/** A plan and what to make ahead for it. */
	record PlanWithPrep(ProductionPlan plan, List<PrepLine> prepList) {
	}

	/** No plan has been made for that day yet: 404. */
	static class NoPlan extends DomainProblem {
		NoPlan(String store, LocalDate day) {
			super(404, "problem.plan.none", store, day);
		}
	}
}
