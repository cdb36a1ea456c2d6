package com.cakeflow.fulfillment.web;

import com.cakeflow.fulfillment.KitchenQueue;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.Station;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A station's queue page: its open tasks in the order they should be worked (what a baker looks at on the kitchen tablet). */
@Controller
class KitchenQueuePages {

	private final KitchenQueue queue;
	private final Stores stores;

	KitchenQueuePages(KitchenQueue queue, Stores stores) {
		this.queue = queue;
		this.stores = stores;
	}

	@GetMapping("/kitchen/queue")
	String queue(@RequestParam(required = false) String station, @RequestParam(required = false) String assignee, Model model) {
		var chosen = java.util.Arrays.stream(Station.values()).filter(s -> s.name().equals(station)).findFirst().orElse(Station.BAKE);
		model.addAttribute("station", chosen);
		model.addAttribute("stations", Station.values());
		model.addAttribute("assignee", assignee == null ? "" : assignee.strip());
		var store = stores.current();
		model.addAttribute("entries", queue.queue(chosen, assignee, store.id()));
		model.addAttribute("zone", store.zone());
		return "fulfillment/queue";
	}
}
