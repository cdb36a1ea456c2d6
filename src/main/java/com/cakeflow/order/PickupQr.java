package com.cakeflow.order;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an order's pickup QR code holds — {@code CAKEFLOW-PICKUP:<order number>:<pickup code>} — in the customer's mail
 * and on the tracking page, read by the front desk's scanner (and by {@code static/js/frontdesk.js} the same way).
 */
public final class PickupQr {

	public static final String PREFIX = "CAKEFLOW-PICKUP:";
	/** The running number has 4 to 6 digits (a sequence that wraps at 999,999); the pickup code 6. */
	private static final Pattern CONTENT = Pattern.compile(Pattern.quote(PREFIX) + "(CF-\\d{8}-\\d{4,6}):(\\d{6})");

	private PickupQr() {
	}

	/** The text of the QR code for this order and pickup code. */
	public static String of(String orderNumber, String pickupCode) {
		return PREFIX + orderNumber + ":" + pickupCode;
	}

	/** Order number and pickup code read from a QR code's text; empty when it is not a pickup code. */
	public static Optional<Scanned> read(String text) {
		var match = text == null ? null : CONTENT.matcher(text.strip());
		return match != null && match.matches() ? Optional.of(new Scanned(match.group(1), match.group(2))) : Optional.empty();
	}

	public record Scanned(String orderNumber, String pickupCode) {
	}
}
