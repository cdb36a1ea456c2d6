package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.NotificationChannel;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox, each notification claimed first (a lease in the row, so two nodes or two runs never
 * send it at once), then marked sent or — the server down, the address refused — given another attempt after a
 * growing wait, until {@code maxAttempts}. Runs outside transactions: a slow mail server holds no database locks.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
	static final int MAX_BATCHES = 20;

	private final Outbox outbox;
	private final Map<String, NotificationChannel> channels = new HashMap<>();
	private final NotificationProperties properties;

	OutboxSender(Outbox outbox, List<NotificationChannel> channels, NotificationProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
		// ordered: a provider bean comes before the logging fallback of its channel
		channels.forEach(channel -> this.channels.putIfAbsent(channel.channel(), channel));
	}

	/**
	 * Sends the notifications due at {@code now}, batch by batch until none is due (at most {@value #MAX_BATCHES}
	 * batches a run; a failed one waits for its backoff, one another sender claimed is skipped); returns how many went
	 * out.
	 */
	public int sendDue(Instant now) {
		int sent = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			var due = outbox.due(now, properties.batch());
			if (due.isEmpty()) {
				break;
			}
			for (var id : due) {
				if (outbox.claim(id, now, now.plus(properties.lease())) && send(id, now)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean send(long id, Instant now) {
		var message = outbox.claimed(id).orElseThrow();
		var channel = channels.get(message.channel());
		try {
			if (channel == null) {
				throw new IllegalStateException("no channel " + message.channel());
			}
			var transport = channel.send(new NotificationChannel.Outgoing(message.id(), message.recipient(), message.subject(), message.body(),
					message.qrText(), message.locale()));
			outbox.sent(id, transport, now);
			return true;
		}
		catch (Exception failure) {
			int failures = message.attempts() + 1;
			boolean giveUp = failures >= properties.maxAttempts();
			var next = now.plus(properties.backoff(failures));
			var error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
			outbox.failed(id, error, giveUp, next);
			if (giveUp) {
				log.error("notification #{} ({} to {}) given up after {} attempts: {}", id, message.channel(), message.recipient(), failures, error);
			}
			else {
				log.warn("notification #{} ({} to {}) attempt {} failed, next at {}: {}", id, message.channel(), message.recipient(), failures, next,
						error);
			}
			return false;
		}
	}
}
