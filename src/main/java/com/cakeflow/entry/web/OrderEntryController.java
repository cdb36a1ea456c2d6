package com.cakeflow.entry.web;

import com.cakeflow.identity.Stores;
import com.cakeflow.entry.OrderDraft;
import com.cakeflow.entry.OrderTextParser;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Free-text order entry: {@code POST /api/orders/parse} reads a typed or pasted order into a draft for the order form.
 * The one part of the module that knows stores: relative dates are read in the store's zone.
 */
@RestController
class OrderEntryController {

	/** The longest text read: a long message with a few orders in it, not a document. */
	public static final int MAX_TEXT = OrderTextParser.MAX_TEXT;

	private final OrderTextParser parser;
	private final Stores stores;
	private final Clock clock;

	OrderEntryController(OrderTextParser parser, Stores stores, Clock clock) {
		this.parser = parser;
		this.stores = stores;
		this.clock = clock;
	}

	/**
	 * {@code now} (optional) is the moment relative dates are read against: an ISO time with offset, or local time in
	 * the store's zone; {@code store} (optional) one of the caller's stores, their current store otherwise.
	 */
	@PostMapping("/api/orders/parse")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
	OrderDraft parse(@RequestBody ParseRequest request, Locale locale) {
		var text = text(request, MAX_TEXT);
		var zone = stores.named(request.store(), "store").zone();
		return parser.parse(text, now(request.now(), zone), locale);
	}

	/** The request's text, or a 422 on the field when it is blank or longer than {@code max}. */
	private static String text(ParseRequest request, int max) {
		var text = request.text();
		if (text == null || text.isBlank()) {
			throw new InvalidRequest(new FieldProblem("text", "entry.text.required"));
		}
		if (text.length() > max) {
			throw new InvalidRequest(new FieldProblem("text", "entry.text.too-long", max));
		}
		return text;
	}

	record ParseRequest(String text, String now, String store) {
	}

	/**
	 * Several orders pasted at once (批量录入): {@code {"drafts":[{"text","draft","idempotencyKey"}],"skipped":[...]}},
	 * each draft with its own idempotency key, so that placing them (each {@code POST /api/orders} with its key) can be
	 * retried without placing any twice. Up to 20,000 characters and 50 orders.
	 */
	@PostMapping("/api/orders/parse-batch")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
	BatchResponse parseBatch(@RequestBody ParseRequest request, Locale locale) {
		var text = text(request, OrderTextParser.MAX_BATCH_TEXT);
		var zone = stores.named(request.store(), "store").zone();
		var batch = parser.parseAll(text, now(request.now(), zone), locale);
		return new BatchResponse(batch.drafts().stream()
			.map(d -> new BatchResponse.Drafted(d.text(), d.draft(), java.util.UUID.randomUUID().toString())).toList(), batch.skipped());
	}

	record BatchResponse(List<Drafted> drafts, List<String> skipped) {
		record Drafted(String text, OrderDraft draft, String idempotencyKey) {
		}
	}

	private LocalDateTime now(String text, ZoneId zone) {
		if (text == null || text.isBlank()) {
			return LocalDateTime.now(clock.withZone(zone));
		}
		try {
			return text.length() > 19 ? OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime() : LocalDateTime.parse(text);
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidRequest(new FieldProblem("now", "entry.now.invalid", text));
		}
	}
}
