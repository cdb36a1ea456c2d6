package com.cakeflow.planning.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.planning.ProductionPlanner;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The printable production plan of a day: per person a timed list, the prep list, and how it compares with EDD. */
@Controller
class PlanPages {

	private final ProductionPlanner planner;
	private final Stores stores;
	private final CurrentActor actor;
	private final Clock clock;

	PlanPages(ProductionPlanner planner, Stores stores, CurrentActor actor, Clock clock) {
		this.planner = planner;
		this.stores = stores;
		this.actor = actor;
		this.clock = clock;
	}

	@GetMapping("/kitchen/plan")
	String plan(@RequestParam(required = false) String date, Model model) {
		var store = stores.current();
		java.time.LocalDate day;
		try {
			day = PlanController.day(date, store, clock);
		}
		catch (InvalidRequest invalid) {
			day = PlanController.day(null, store, clock);
		}
		model.addAttribute("day", day);
		model.addAttribute("zone", store.zone());
		model.addAttribute("store", store);
		model.addAttribute("plan", planner.latest(store, day).orElse(null));
		model.addAttribute("prep", planner.prepList(store, day));
		return "kitchen/plan";
	}

	@PostMapping("/kitchen/plan")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String generate(@RequestParam(required = false) String date) {
		var store = stores.current();
		var day = PlanController.day(date, store, clock);
		planner.plan(store, day, actor.name());
		return "redirect:/kitchen/plan?date=" + day;
	}
}
