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
 * Delivery is at least once: a node that dies after the server took a message and before the row says SENT leaves it
 * SENDING; once the lease ({@code cakeflow.notifications.lease}) runs out it is sent again — logged as interrupted, with
 * the same Message-ID — so nothing is lost, and the one possible repeat is recognisable (bench/kill-test.sh counts it).
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
				var claim = outbox.claim(id, now, now.plus(properties.lease()));
				if (claim == Outbox.Claim.RETAKEN) {
					// at-least-once: the receiver may have it already; the same Message-ID lets it (and us) tell the repeat
					log.warn("notification #{}: an earlier attempt was interrupted (lease ran out), sending it again with the same Message-ID", id);
				}
				if (claim != Outbox.Claim.MISSED && send(id, now)) {
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
