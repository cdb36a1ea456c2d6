package com.cakeflow.live.internal;

import com.cakeflow.live.LiveEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This node's open streams. While somebody listens, a poller reads {@code live_event} (written by any node) every
 * {@code cakeflow.live.poll-interval} through an {@link EventTail}, so an event whose transaction commits after a
 * higher-numbered one still reaches every page, and sends each event once to the streams of its store. The SSE id of
 * what is sent is the tail's low-water mark, not the event's own id: a page reconnecting with {@code Last-Event-ID}
 * is sent everything that may have passed it by (some of it again: at least once, never skipped). A comment every
 * 15 s keeps proxies from closing idle streams and moves the page's resume point on; a page that missed more than is
 * kept gets a {@code reset} event (reload the page).
 */
@Component
public class LiveStream implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveStream.class);
	static final Duration HEARTBEAT = Duration.ofSeconds(15);
	static final Duration RETENTION = Duration.ofDays(1);
	/** How long a stream stays open before the browser reconnects (with Last-Event-ID, so nothing is lost). */
	static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

	private final LiveEventLog events;
	private final Clock clock;
	private final Duration pollInterval;
	/** Guarded by {@code this}, like the moments subscribers join: they must not fall between two polls. */
	private final EventTail tail;
	private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		var thread = new Thread(r, "live-stream");
		thread.setDaemon(true);
		return thread;
	});

	LiveStream(LiveEventLog events, LiveProperties properties, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.pollInterval = properties.pollInterval();
		this.tail = new EventTail(events, clock, properties.gapGrace(), properties.maxGaps());
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		timer.scheduleWithFixedDelay(this::pollSafely, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
		timer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
		timer.scheduleWithFixedDelay(this::forgetOldEvents, 1, 60, TimeUnit.MINUTES);
	}

	/**
	 * A new stream for the events of a store (null: all stores) that commit from now on, or — with the
	 * {@code lastEventId} a page was sent — everything after it first (a page whose id is older than what is kept, or
	 * from another database, gets {@code reset}).
	 */
	public synchronized SseEmitter open(Long storeId, Long lastEventId) {
		if (!tail.started()) {
			tail.start();
		}
		var emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
		var subscriber = new Subscriber(emitter, storeId, tail.lowWater());
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> subscribers.remove(subscriber));
		emitter.onError(e -> subscribers.remove(subscriber));
		synchronized (subscriber) {
			if (lastEventId == null) {
				subscriber.send(SseEmitter.event().reconnectTime(3000).id(Long.toString(subscriber.cursor)).comment("CakeFlow live"));
			}
			else if (forgotten(lastEventId) || lastEventId > events.latestId()) {
				subscriber.send(SseEmitter.event().reconnectTime(3000).comment("CakeFlow live"));
				subscriber.send(SseEmitter.event().id(Long.toString(subscriber.cursor)).name("reset").data("{}", MediaType.APPLICATION_JSON));
			}
			else {
				subscriber.send(SseEmitter.event().reconnectTime(3000).comment("CakeFlow live"));
				subscriber.cursor = lastEventId;
				subscriber.sentCursor = lastEventId;
				long lowWater = tail.lowWater();
				tail.replay(lastEventId, event -> {
					subscriber.deliver(event, Math.min(lowWater, event.id()));
					return !subscriber.closed;
				});
				subscriber.caughtUp(lowWater);
			}
		}
		if (!subscriber.closed) {
			subscribers.add(subscriber);
		}
		return emitter;
	}

	/** Whether events after a resume point have been forgotten (see {@link LiveEventLog#forgetBefore}). */
	private boolean forgotten(long resumeAt) {
		return events.oldest().filter(oldest -> resumeAt < oldest.id() - 1 && oldest.createdAt().isBefore(clock.instant().minus(RETENTION))).isPresent();
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

	synchronized void poll() {
		if (subscribers.isEmpty()) {
			tail.stop(); // nobody listens: no queries; start afresh when somebody does
			return;
		}
		do {
			var batch = tail.poll();
			long lowWater = tail.lowWater();
			for (var subscriber : subscribers) {
				synchronized (subscriber) {
					for (var event : batch) {
						subscriber.deliver(event, Math.min(lowWater, event.id()));
					}
					subscriber.caughtUp(lowWater);
				}
			}
		}
		while (tail.behind());
	}

	private void forgetOldEvents() {
		try {
			events.forgetBefore(clock.instant().minus(RETENTION));
		}
		catch (RuntimeException failed) { // an exception would end the schedule: try again in an hour
			log.warn("old live events not forgotten: {}", failed.toString());
		}
	}

	private void heartbeat() {
		for (var subscriber : subscribers) {
			synchronized (subscriber) {
				var beat = SseEmitter.event().comment("heartbeat");
				if (subscriber.cursor > subscriber.sentCursor) {
					subscriber.sentCursor = subscriber.cursor;
					beat = beat.id(Long.toString(subscriber.cursor)); // an id without data moves the page's Last-Event-ID only
				}
				subscriber.send(beat);
			}
		}
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
		subscribers.forEach(s -> s.emitter.complete());
	}

	/**
	 * One open page: {@code cursor} is its resume point — every event at or below it has been sent to it, was for
	 * another store, or was given up — and the events after it up to the tail's high-water mark are sent too, but for
	 * the tail's open gaps (which the poller sends when they commit). So the poller sends no event twice.
	 */
	private final class Subscriber {

		final SseEmitter emitter;
		final Long storeId;
		volatile long cursor;
		/** The last resume point the page was sent. */
		volatile long sentCursor;
		volatile boolean closed;

		Subscriber(SseEmitter emitter, Long storeId, long cursor) {
			this.emitter = emitter;
			this.storeId = storeId;
			this.cursor = cursor;
			this.sentCursor = cursor;
		}

		/** Sends an event the page has not had, with a resume point at or below the event's id and the low-water mark. */
		void deliver(LiveEvent event, long resumeAt) {
			if (event.id() <= cursor) {
				return;
			}
			if (storeId == null || event.storeId() == null || storeId.equals(event.storeId())) {
				sentCursor = Math.max(cursor, resumeAt);
				send(SseEmitter.event().id(Long.toString(sentCursor)).name(event.type()).data(event.data(), MediaType.APPLICATION_JSON));
			}
		}

		/** Everything up to the tail's low-water mark has been sent (or was not for this page). */
		void caughtUp(long lowWater) {
			cursor = Math.max(cursor, lowWater);
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
