package com.cakeflow.fulfillment.web;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Role;
import com.cakeflow.identity.Stores;
import com.cakeflow.fulfillment.KitchenQueue;
import com.cakeflow.fulfillment.KitchenTasks;
import com.cakeflow.kitchen.Station;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The kitchen display on the station's tablet or the baker's phone: my tasks at my station in the order to work them,
 * in large type, with the time left to the latest start, and start / done buttons that act on the Camunda tasks. The
 * same actions as JSON ({@code POST /api/kitchen/tasks/{id}/start|done}) for the offline queue of the staff app.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'BAKER', 'DECORATOR', 'FRONTDESK')")
class KitchenDisplayPages {

	private final KitchenQueue queue;
	private final KitchenTasks tasks;
	private final Stores stores;
	private final CurrentActor actor;

	KitchenDisplayPages(KitchenQueue queue, KitchenTasks tasks, Stores stores, CurrentActor actor) {
		this.queue = queue;
		this.tasks = tasks;
		this.stores = stores;
		this.actor = actor;
	}

	/** {@code mine=false} shows the whole station (who covers for whom); by default my own tasks come first, then the rest. */
	@GetMapping("/kitchen/display")
	String display(@RequestParam(required = false) String station, @RequestParam(defaultValue = "false") boolean all, Model model) {
		var chosen = station(station);
		model.addAttribute("station", chosen);
		model.addAttribute("stations", stations());
		model.addAttribute("all", all);
		model.addAttribute("entries", entries(chosen, all));
		model.addAttribute("me", actor.name());
		model.addAttribute("zone", stores.current().zone());
		return "fulfillment/display";
	}

	@PostMapping("/kitchen/display/{taskId}/{action:start|done}")
	String act(@PathVariable String taskId, @PathVariable String action, @RequestParam(required = false) String station,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		var outcome = perform(taskId, action, station(station));
		display(station, all, model);
		model.addAttribute("outcome", outcome);
		return "fulfillment/display :: list";
	}

	@PostMapping("/api/kitchen/tasks/{taskId}/{action:start|done}")
	@ResponseBody
	Map<String, Object> api(@PathVariable String taskId, @PathVariable String action, @RequestParam(required = false) String station) {
		return Map.of("taskId", taskId, "outcome", perform(taskId, action, station(station)));
	}

	private KitchenTasks.Outcome perform(String taskId, String action, Station station) {
		if (!mayWork(station)) {
			throw new AccessDeniedException("not this station's staff: " + station);
		}
		return "start".equals(action) ? tasks.start(taskId, actor.name()) : tasks.done(taskId, actor.name());
	}

	/** Mine first (in priority order), then — with {@code all} — everybody else's and nobody's. */
	private List<KitchenQueue.Entry> entries(Station station, boolean all) {
		var every = queue.queue(station, null, stores.current().id());
		var me = actor.name();
		var mine = every.stream().filter(e -> me.equals(e.assignee())).toList();
		if (!all) {
			return mine.isEmpty() ? every.stream().filter(e -> e.assignee() == null || e.assignee().isBlank()).toList() : mine;
		}
		return java.util.stream.Stream.concat(mine.stream(), every.stream().filter(e -> !me.equals(e.assignee()))).toList();
	}

	/** The station asked for, else the one the person works at (a decorator's is DECORATE), else baking. */
	private Station station(String name) {
		return Arrays.stream(Station.values()).filter(s -> s.name().equals(name)).findFirst()
			.orElseGet(() -> Arrays.stream(Station.values()).filter(s -> actor.hasRole(s.role())).findFirst().orElse(Station.BAKE));
	}

	private List<Station> stations() {
		return Arrays.stream(Station.values()).filter(this::mayWork).toList();
	}

	private boolean mayWork(Station station) {
		return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.MANAGER) || actor.hasRole(station.role());
	}
}
