package com.cakeflow.alerting;

import java.time.Instant;

/**
 * Reminders a module sends customers when their time comes (a pickup tomorrow), run by alerting's reminder job every
 * few minutes; each sends at most once per occasion (the outbox's key) and says how many it queued.
 */
public interface Reminders {

	/** Queues the reminders due at {@code now}; returns how many. */
	int sendDue(Instant now);
}
