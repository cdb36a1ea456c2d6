package com.cakeflow.fulfillment.web;

import com.cakeflow.fulfillment.KitchenQueue;
import com.cakeflow.identity.Stores;
import com.cakeflow.kitchen.Station;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kitchen/queue?station=BAKE|DECORATE|PACK&assignee=&store=}: a station's open tasks in priority order, of the
 * store named (one of the caller's) or the caller's current store.
 */
@RestController
class KitchenQueueController {

	private final KitchenQueue queue;
	private final Stores stores;

	KitchenQueueController(KitchenQueue queue, Stores stores) {
		this.queue = queue;
		this.stores = stores;
	}

	@GetMapping("/api/kitchen/queue")
	List<KitchenQueue.Entry> queue(@RequestParam(required = false) String station, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String store) {
		Station which;
		try {
			which = Station.valueOf(station == null ? "" : station.strip().toUpperCase());
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidRequest(new FieldProblem("station", "kitchen.station.unknown", String.valueOf(station)));
		}
		return queue.queue(which, assignee, stores.named(store, "store").id());
	}
}
