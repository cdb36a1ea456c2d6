package com.cakeflow.alerting;

import java.util.Locale;

/**
 * A way to reach people (SPI): mail over SMTP comes with CakeFlow; a text-message or WeChat template-message provider
 * is a bean implementing this with {@link #channel()} {@code "SMS"} (the logging one is used until there is one).
 * {@link #send} runs outside any transaction; it throws when the message could not be handed over now, and the outbox
 * tries again later. It must be safe to call twice for the same {@link Outgoing#id()} (a node that died right after
 * sending): pass the id on as the provider's idempotency key or message id.
 */
public interface NotificationChannel {

	/** {@code EMAIL} or {@code SMS}. */
	String channel();

	/** Hands the message over; returns how (e.g. {@code smtp}, {@code log}) for the record. */
	String send(Outgoing message) throws Exception;

	/** One message of the outbox: the subject only matters to mail; {@code qrText} is drawn as a QR image in mail. */
	record Outgoing(long id, String recipient, String subject, String body, String qrText, Locale locale) {
	}
}
