package com.cakeflow.fulfillment.web;

import com.cakeflow.fulfillment.KitchenQueue;
import com.cakeflow.kitchen.Station;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/kitchen/queue?station=BAKE|DECORATE|PACK&assignee=}: a station's open tasks in priority order. */
@RestController
class KitchenQueueController {

	private final KitchenQueue queue;

	KitchenQueueController(KitchenQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/api/kitchen/queue")
	List<KitchenQueue.Entry> queue(@RequestParam(required = false) String station, @RequestParam(required = false) String assignee) {
		Station which;
		try {
			which = Station.valueOf(station == null ? "" : station.strip().toUpperCase());
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidRequest(new FieldProblem("station", "kitchen.station.unknown", String.valueOf(station)));
		}
		return queue.queue(which, assignee);
	}
}
