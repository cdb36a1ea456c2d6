package com.cakeflow.alerting.web;

import com.cakeflow.alerting.NotificationView;
import com.cakeflow.alerting.Notifications;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What was sent to whom and when: the outbox over REST, per order or by status (e.g. the FAILED ones). */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
class NotificationController {

	private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "FAILED");

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Newest first; {@code orderNumber} and {@code status} (PENDING, SENDING, SENT, FAILED) optional. */
	@GetMapping
	List<NotificationView> notifications(@RequestParam(required = false) String orderNumber, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "100") int limit) {
		var statusValue = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
		if (statusValue != null && !STATUSES.contains(statusValue)) {
			throw new InvalidRequest(new FieldProblem("status", "notification.status.unknown", status));
		}
		return notifications.search(orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip(), statusValue,
				Math.min(Math.max(limit, 1), 500));
	}

	/** The mail as it was rendered (HTML) or the text message, to see exactly what the customer got. */
	@GetMapping("/{id}/body")
	ResponseEntity<String> body(@PathVariable long id) {
		return notifications.body(id).map(body -> ResponseEntity.ok()
			.contentType(body.startsWith("<") ? MediaType.valueOf("text/html;charset=UTF-8") : MediaType.valueOf("text/plain;charset=UTF-8"))
			.header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
			.body(body)).orElse(ResponseEntity.notFound().build());
	}
}
