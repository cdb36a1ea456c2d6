package com.cakeflow.live.internal;

import com.cakeflow.live.LiveEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's reading of {@code live_event} in the order events commit, not the order their ids were taken. An id is
 * taken at insert, before commit, so an event can become visible after a higher one: every id below the high-water mark
 * that has not been read is a gap (its transaction still open, or rolled back) and is asked for again on every poll
 * until it shows up or its grace has passed. The low-water mark is the safe place to resume from: every event at or
 * below it has been read or its gap given up. Not thread-safe: {@link LiveStream} calls it under its lock.
 */
final class EventTail {

	private static final Logger log = LoggerFactory.getLogger(EventTail.class);
	static final int BATCH = 500;
	private static final Duration WARN_EVERY = Duration.ofMinutes(1);

	private final LiveEventLog events;
	private final Clock clock;
	private final Duration grace;
	private final int maxGaps;
	/** The ids below {@link #high} not read yet, each with the moment it was noticed (never later than a higher gap's). */
	private final TreeMap<Long, Instant> gaps = new TreeMap<>();
	private long high = -1;
	private boolean behind;
	private int dropped;
	private Instant warned = Instant.MIN;

	EventTail(LiveEventLog events, Clock clock, Duration grace, int maxGaps) {
		this.events = events;
		this.clock = clock;
		this.grace = grace;
		this.maxGaps = maxGaps;
	}

	boolean started() {
		return high >= 0;
	}

	/**
	 * Starts at the newest event, looking for the gaps among the events written within the grace (their transactions
	 * may still commit): one look at the ids of that window.
	 */
	void start() {
		var now = clock.instant();
		gaps.clear();
		high = events.latestId();
		long floor = events.newestIdWrittenBefore(now.minus(grace));
		long previous = floor;
		for (long id : events.idsBetween(floor, high)) {
			noteGaps(previous, id, now);
			previous = id;
		}
		behind = false;
		dropped = 0; // a window with more gaps than kept is no news: the oldest of them are the least likely to commit
	}

	/** Forgets where it was (nobody listens); {@link #start} again before polling. */
	void stop() {
		high = -1;
		gaps.clear();
	}

	/**
	 * The events that became visible since the last poll, oldest first — new ones after the high-water mark (at most
	 * {@link #BATCH}; {@link #behind()} says there may be more) and gaps that have committed since — in one query.
	 * Then gives up the gaps older than the grace.
	 */
	List<LiveEvent> poll() {
		var now = clock.instant();
		var found = events.read(high, List.copyOf(gaps.keySet()), BATCH);
		var read = new ArrayList<LiveEvent>(found.size());
		int fresh = 0;
		for (var event : found) {
			if (event.id() > high) {
				noteGaps(high, event.id(), now);
				high = event.id();
				fresh++;
			}
			else if (gaps.remove(event.id()) == null) {
				continue;
			}
			read.add(event);
		}
		behind = fresh == BATCH;
		var expired = now.minus(grace);
		while (!gaps.isEmpty() && !gaps.firstEntry().getValue().isAfter(expired)) {
			log.debug("live event {} given up: not committed within {} (rolled back, or a longer transaction)", gaps.firstKey(), grace);
			gaps.pollFirstEntry();
		}
		return read;
	}

	/** Whether the last poll stopped at {@link #BATCH} new events (poll again at once). */
	boolean behind() {
		return behind;
	}

	/**
	 * Hands the events after {@code after} that this node has passed already (up to the high-water mark, oldest first,
	 * open gaps left out: {@link #poll} brings those when they commit) to {@code to} while it returns true.
	 */
	void replay(long after, Predicate<LiveEvent> to) {
		long from = after;
		for (var batch = events.between(from, high, BATCH); !batch.isEmpty(); batch = events.between(from, high, BATCH)) {
			for (var event : batch) {
				if (!gaps.containsKey(event.id()) && !to.test(event)) {
					return;
				}
			}
			from = batch.get(batch.size() - 1).id();
		}
	}

	/** Every event at or below this has been read, or given up. */
	long lowWater() {
		return gaps.isEmpty() ? high : gaps.firstKey() - 1;
	}

	long highWater() {
		return high;
	}

	/** The ids still looked for. */
	NavigableSet<Long> gaps() {
		return gaps.navigableKeySet();
	}

	/** Notes the ids strictly between two read ones as gaps, the newest first and never more than {@link #maxGaps}. */
	private void noteGaps(long below, long above, Instant now) {
		long missing = above - below - 1;
		if (missing <= 0) {
			return;
		}
		long from = Math.max(below + 1, above - maxGaps);
		for (long id = from; id < above; id++) {
			gaps.put(id, now);
		}
		dropped += (int) Math.min(missing - (above - from), Integer.MAX_VALUE);
		while (gaps.size() > maxGaps) {
			gaps.pollFirstEntry();
			dropped++;
		}
		if (dropped > 0 && warned.plus(WARN_EVERY).isBefore(now)) {
			log.warn("{} live event ids given up before their grace: more than cakeflow.live.max-gaps ({}) not committed at once", dropped, maxGaps);
			dropped = 0;
			warned = now;
		}
	}
}
