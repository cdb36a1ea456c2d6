package com.cakeflow.alerting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Something to tell somebody, before it is rendered: its kind, the key that makes it one notice however often it is
 * enqueued (e.g. {@code READY_FOR_PICKUP:CF-20261124-0001}), to whom (a mail address, a mobile number or both) in which
 * language, and what the templates show.
 */
public record Notice(NotificationKind kind, String key, Long storeId, String orderNumber, String email, String phone, Locale locale,
		Map<String, Object> model, String qrText) {

	public static Notice of(NotificationKind kind, String key) {
		return new Notice(kind, key, null, null, null, null, Locale.SIMPLIFIED_CHINESE, Map.of(), null);
	}

	public Notice store(long id) {
		return new Notice(kind, key, id, orderNumber, email, phone, locale, model, qrText);
	}

	public Notice order(String number) {
		return new Notice(kind, key, storeId, number, email, phone, locale, model, qrText);
	}

	/** Either may be null: a customer without mail address gets the text message only. */
	public Notice to(String mail, String mobile, Locale language) {
		return new Notice(kind, key, storeId, orderNumber, blankToNull(mail), blankToNull(mobile), language == null ? Locale.SIMPLIFIED_CHINESE
				: language, model, qrText);
	}

	public Notice with(String name, Object value) {
		var copy = new LinkedHashMap<>(model);
		copy.put(name, value);
		return new Notice(kind, key, storeId, orderNumber, email, phone, locale, copy, qrText);
	}

	/** Shown as a QR image in the mail (e.g. the pickup code for the front desk's scanner). */
	public Notice qr(String text) {
		return new Notice(kind, key, storeId, orderNumber, email, phone, locale, model, text);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
