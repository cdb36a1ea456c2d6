package com.cakeflow.alerting;

import java.time.Instant;

/**
 * A notification as the API shows it: what went (or is to go) to whom, by which channel and transport, when, and how
 * the attempts went. {@code status}: PENDING (waiting, perhaps after a failed attempt), SENDING, SENT, FAILED (gave up
 * after the configured attempts; a manager sees {@code lastError}).
 */
public record NotificationView(long id, NotificationKind kind, String channel, String recipient, String orderNumber, String subject,
		String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String transport, String lastError) {
}
