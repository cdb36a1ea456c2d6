package com.cakeflow.simulation.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.simulation.Scenario;
import com.cakeflow.simulation.SimulationRuns;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shop-day simulator for managers: "what if Valentine's Day brings 3× orders and we add one decorator?" */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class SimulationPages {

	static final List<String> ROLES = List.of("BAKER", "DECORATOR", "FRONTDESK", "DRIVER");

	private final SimulationRuns runs;
	private final CurrentActor actor;
	private final MessageSource messages;

	SimulationPages(SimulationRuns runs, CurrentActor actor, MessageSource messages) {
		this.runs = runs;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/simulation")
	String page(Model model) {
		var scenarios = Scenario.packaged();
		model.addAttribute("scenarios", scenarios);
		model.addAttribute("roles", ROLES);
		model.addAttribute("runs", runs.recent());
		model.addAttribute("running", runs.recent().stream().anyMatch(r -> r.status() == SimulationRuns.Status.RUNNING));
		return "simulation/page";
	}

	@PostMapping("/simulation")
	String start(@RequestParam(required = false) String scenario, @RequestParam(required = false) String volume,
			@RequestParam(required = false) String extraRole, @RequestParam(required = false) String extraCount, RedirectAttributes redirect,
			Locale locale) {
		String problem = null;
		double times = 0;
		int extra = 0;
		try {
			times = Double.parseDouble(String.valueOf(volume).strip());
			extra = extraCount == null || extraCount.isBlank() ? 0 : Integer.parseInt(extraCount.strip());
		}
		catch (NumberFormatException invalid) {
			problem = "simulation.error.volume";
		}
		if (problem == null && !Scenario.packaged().containsKey(String.valueOf(scenario))) {
			problem = "simulation.error.scenario";
		}
		else if (problem == null && (times < 0.1 || times > 5)) {
			problem = "simulation.error.volume";
		}
		else if (problem == null && (extra < 0 || extra > 5 || extra > 0 && !ROLES.contains(String.valueOf(extraRole)))) {
			problem = "simulation.error.extra";
		}
		if (problem != null) {
			redirect.addFlashAttribute("error", messages.getMessage(problem, null, locale));
			return "redirect:/simulation";
		}
		if (runs.start(scenario, times, extra > 0 ? extraRole : null, extra, actor.name()).isEmpty()) {
			redirect.addFlashAttribute("error", messages.getMessage("simulation.error.busy", null, locale));
		}
		return "redirect:/simulation";
	}
}
