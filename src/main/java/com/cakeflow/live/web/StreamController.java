package com.cakeflow.live.web;

import com.cakeflow.identity.Stores;
import com.cakeflow.live.internal.LiveStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/stream}: Server-Sent Events for staff screens — {@code order-status}
 * ({@code {"orderNumber","status","storeId"}}), {@code alert} ({@code {"id","type","status","orderNumber"}}),
 * {@code task-completed} ({@code {"orderNumber","task","by"}}); {@code reset} when the page missed more than is kept.
 * Every event has an id, a resume point (not the event's own number): a browser reconnecting sends it as
 * {@code Last-Event-ID} and gets everything it may have missed, perhaps some of it again.
 */
@RestController
class StreamController {

	private final LiveStream stream;
	private final Stores stores;

	StreamController(LiveStream stream, Stores stores) {
		this.stream = stream;
		this.stores = stores;
	}

	@GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestParam(required = false) String store, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(name = "lastEventId", required = false) Long after) {
		Long storeId = stores.scope(store, "store").map(com.cakeflow.identity.StoreInfo::id).orElse(null);
		return stream.open(storeId, lastEventId(lastEventId, after));
	}

	private static Long lastEventId(String header, Long parameter) {
		if (header != null && header.strip().matches("\\d{1,18}")) {
			return Long.parseLong(header.strip());
		}
		return parameter;
	}
}
