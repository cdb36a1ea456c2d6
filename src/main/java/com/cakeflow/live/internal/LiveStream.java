package com.cakeflow.live.internal;

import com.cakeflow.live.LiveEvent;
import com.cakeflow.live.LiveEvents;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's open streams. A poller reads new rows of {@code live_event} (written by any node) every
 * {@code cakeflow.live.poll-interval} while somebody is listening and sends each to the streams of its store; a
 * comment line every 15 s keeps proxies from closing idle streams. A page reconnecting with {@code Last-Event-ID} is
 * sent what it missed first; one that missed more than is kept gets a {@code reset} event (reload the page).
 */
@Component
public class LiveStream implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveStream.class);
	static final int BATCH = 500;
	static final Duration HEARTBEAT = Duration.ofSeconds(15);
	static final Duration RETENTION = Duration.ofDays(1);
	/** How long a stream stays open before the browser reconnects (with Last-Event-ID, so nothing is lost). */
	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final LiveEvents events;
	private final Duration pollInterval;
	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		var thread = new Thread(r, "live-stream");
		thread.setDaemon(true);
		return thread;
	});
	private volatile long lastSeen = -1;

	LiveStream(LiveEvents events, @Value("${cakeflow.live.poll-interval:PT1S}") Duration pollInterval) {
		this.events = events;
		this.pollInterval = pollInterval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		lastSeen = events.latestId();
		timer.scheduleWithFixedDelay(this::pollSafely, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
		timer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
		timer.scheduleWithFixedDelay(() -> events.forgetOlderThan(RETENTION), 1, 60, TimeUnit.MINUTES);
	}

	/**
	 * A new stream for the events of a store (null: all stores), starting after {@code lastEventId} (null: from now).
	 */
	public SseEmitter open(Long storeId, Long lastEventId) {
		var emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		var subscriber = new Subscriber(emitter, storeId, lastEventId != null ? lastEventId : current());
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> subscribers.remove(subscriber));
		emitter.onError(e -> subscribers.remove(subscriber));
		subscribers.add(subscriber); // first: events the poller finds from now on are not lost
		synchronized (subscriber) {
			subscriber.send(SseEmitter.event().reconnectTime(3000).comment("CakeFlow live"));
			if (lastEventId != null) {
				if (lastEventId < events.oldestId() - 1) {
					subscriber.send(SseEmitter.event().id(Long.toString(events.latestId())).name("reset").data("{}", MediaType.APPLICATION_JSON));
					subscriber.cursor = events.latestId();
				}
				for (List<LiveEvent> missed = events.after(subscriber.cursor, BATCH); !missed.isEmpty(); missed = events.after(subscriber.cursor, BATCH)) {
					missed.forEach(subscriber::deliver);
					if (subscriber.closed) {
						break;
					}
				}
			}
		}
		return emitter;
	}

	private long current() {
		return lastSeen >= 0 ? lastSeen : events.latestId();
	}

	/** Open streams on this node. */
	public int listeners() {
		return subscribers.size();
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException failed) { // the database away for a moment: try again at the next tick
			log.warn("live events not read: {}", failed.toString());
		}
	}

	void poll() {
		if (subscribers.isEmpty()) {
			lastSeen = -1; // nobody listens: read from the newest again when somebody does
			return;
		}
		if (lastSeen < 0) { // from the oldest place a listener is at (each one skips what it has had)
			lastSeen = subscribers.stream().mapToLong(s -> s.cursor).min().orElseGet(events::latestId);
		}
		for (var batch = events.after(lastSeen, BATCH); !batch.isEmpty(); batch = events.after(lastSeen, BATCH)) {
			for (var subscriber : subscribers) {
				synchronized (subscriber) {
					batch.forEach(subscriber::deliver);
				}
			}
			lastSeen = batch.get(batch.size() - 1).id();
		}
	}

	private void heartbeat() {
		for (var subscriber : subscribers) {
			synchronized (subscriber) {
				subscriber.send(SseEmitter.event().comment("heartbeat"));
			}
		}
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
		subscribers.forEach(s -> s.emitter.complete());
	}

	private final class Subscriber {

		final SseEmitter emitter;
		final Long storeId;
		volatile long cursor;
		volatile boolean closed;

		Subscriber(SseEmitter emitter, Long storeId, long cursor) {
			this.emitter = emitter;
			this.storeId = storeId;
			this.cursor = cursor;
		}

		void deliver(LiveEvent event) {
			if (event.id() <= cursor) {
				return;
			}
			cursor = event.id();
			if (storeId == null || event.storeId() == null || storeId.equals(event.storeId())) {
				send(SseEmitter.event().id(Long.toString(event.id())).name(event.type()).data(event.data(), MediaType.APPLICATION_JSON));
			}
		}

		void send(SseEmitter.SseEventBuilder event) {
			if (closed) {
				return;
			}
			try {
				emitter.send(event);
			}
			catch (IOException | IllegalStateException gone) { // the page was closed
				closed = true;
				subscribers.remove(this);
				emitter.completeWithError(gone);
			}
		}
	}
}
