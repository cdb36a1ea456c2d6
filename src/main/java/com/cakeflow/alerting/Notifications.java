package com.cakeflow.alerting;

import com.cakeflow.alerting.internal.NotificationProperties;
import com.cakeflow.alerting.internal.Outbox;
import com.cakeflow.alerting.internal.OutboxSender;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications to customers and managers, through the outbox: {@link #enqueue} renders and stores them in the
 * caller's transaction (nothing is sent for a change that rolls back; nothing is lost once it commits), the sender job
 * hands them to mail or text messages afterwards with retries. A notice's key makes it one notice per channel however
 * often it is enqueued.
 */
@Service
public class Notifications {

	private final Outbox outbox;
	private final OutboxSender sender;
	private final com.cakeflow.alerting.internal.NotificationTemplates templates;
	private final NotificationProperties properties;
	private final Clock clock;

	Notifications(Outbox outbox, OutboxSender sender, com.cakeflow.alerting.internal.NotificationTemplates templates, NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.templates = templates;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores the notice for sending: a mail when it has an address, a text message when it has a mobile number. Returns
	 * how many messages were new (0 when the notice was enqueued before).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int enqueue(Notice notice) {
		var model = new HashMap<String, Object>(notice.model());
		model.putIfAbsent("publicUrl", properties.publicUrl());
		model.putIfAbsent("orderNumber", notice.orderNumber());
		if (notice.orderNumber() != null) {
			model.putIfAbsent("trackUrl", properties.publicUrl() + "/track/" + notice.orderNumber());
		}
		int added = 0;
		var now = clock.instant();
		if (notice.email() != null && !outbox.exists(notice.key() + ":EMAIL")) {
			var mail = templates.mail(notice.kind(), notice.locale(), model);
			outbox.insert(notice.key() + ":EMAIL", notice.kind(), "EMAIL", notice.email(), notice.locale(), notice.storeId(), notice.orderNumber(),
					mail.subject(), mail.body(), notice.qrText(), now);
			added++;
		}
		if (notice.phone() != null && !outbox.exists(notice.key() + ":SMS")) {
			var text = templates.text(notice.kind(), notice.locale(), model);
			outbox.insert(notice.key() + ":SMS", notice.kind(), "SMS", notice.phone(), notice.locale(), notice.storeId(), notice.orderNumber(),
					text.length() > 120 ? text.substring(0, 120) : text, text, null, now);
			added++;
		}
		return added;
	}

	/** Newest first; {@code orderNumber} and {@code status} optional. */
	public List<NotificationView> search(String orderNumber, String status, int limit) {
		return outbox.search(orderNumber, status, limit);
	}

	/** What was (or is to be) sent: the mail's HTML or the text message. */
	public java.util.Optional<String> body(long id) {
		return outbox.body(id);
	}

	/** Sends what is due now (the sender job calls this every few seconds); returns how many went out. */
	public int sendDue() {
		return sender.sendDue(clock.instant());
	}

	/** Sends what is due at {@code now}, e.g. after the waits of failed attempts. */
	public int sendDue(Instant now) {
		return sender.sendDue(now);
	}

	/**
	 * Forgets notifications sent or given up longer ago than {@code cakeflow.notifications.retention} (180 days, as the
	 * process history): customers' addresses and messages are not kept for ever. Waiting ones are kept whatever their
	 * age. Returns how many were deleted.
	 */
	@org.springframework.transaction.annotation.Transactional
	public int forgetOld(Instant now) {
		return outbox.deleteDoneBefore(now.minus(properties.retention()));
	}
}
