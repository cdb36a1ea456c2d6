package com.cakeflow.desk.web;

import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderManagement;
import com.cakeflow.order.OrderQueries;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.OrderSummary;
import com.cakeflow.order.OrderView;
import com.cakeflow.order.PaymentTaken;
import com.cakeflow.order.PlacedOrder;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The order REST API: intake (idempotent), reading, payments, cancel, change, hand-over. Amounts are integer fen. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	private static final String TAKES_ORDERS = "hasAnyRole('ADMIN', 'MANAGER', 'CLERK')";

	private final OrderManagement management;
	private final OrderQueries queries;

	OrderController(OrderManagement management, OrderQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	@PostMapping
	@PreAuthorize(TAKES_ORDERS)
	ResponseEntity<PlacedOrder> place(@RequestBody NewOrderRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		var placed = management.place(request, idempotencyKey);
		return ResponseEntity.status(placed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/orders/" + placed.orderNumber())).body(placed);
	}

	@GetMapping("/{number}")
	OrderView order(@PathVariable String number, Locale locale) {
		return queries.find(number, locale);
	}

	@GetMapping
	Page<OrderSummary> orders(@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q,
			@RequestParam(required = false) String store, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var zone = queries.zone(store);
		return queries.search(store, status(status), instant("from", from, zone), instant("to", to, zone), q, page, size);
	}

	@PostMapping("/{number}/payments")
	@PreAuthorize(TAKES_ORDERS)
	ResponseEntity<PaymentTaken> pay(@PathVariable String number, @RequestBody PaymentRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		var taken = management.pay(number, request.amountFen(), request.method(), idempotencyKey);
		return ResponseEntity.status(taken.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(taken);
	}

	@PostMapping("/{number}/cancel")
	@PreAuthorize(TAKES_ORDERS)
	Map<String, Object> cancel(@PathVariable String number, @RequestBody(required = false) CancelRequest request) {
		return Map.of("orderNumber", number, "status", management.cancel(number, request == null ? null : request.reason()));
	}

	@PatchMapping("/{number}")
	@PreAuthorize(TAKES_ORDERS)
	Map<String, Object> change(@PathVariable String number, @RequestBody OrderChangeRequest request) {
		return Map.of("orderNumber", number, "status", management.change(number, request));
	}

	@PostMapping("/{number}/handover")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK', 'FRONTDESK')")
	Map<String, Object> handOver(@PathVariable String number, @RequestBody HandoverRequest request) {
		return Map.of("orderNumber", number, "status", management.handOver(number, request.pickupCode()));
	}

	record PaymentRequest(Long amountFen, String method) {
	}

	record CancelRequest(String reason) {
	}

	record HandoverRequest(String pickupCode) {
	}

	private static OrderStatus status(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OrderStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidRequest(new FieldProblem("status", "order.query.status", text));
		}
	}

	/** A date (the start of that day in the store's zone) or an ISO instant. */
	private static Instant instant(String field, String text, ZoneId zone) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant() : Instant.parse(text);
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidRequest(new FieldProblem(field, "order.query.date", text));
		}
	}
}
