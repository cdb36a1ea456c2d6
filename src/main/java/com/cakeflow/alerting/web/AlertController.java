package com.cakeflow.alerting.web;

import com.cakeflow.alerting.AlertStatus;
import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.AlertView;
import com.cakeflow.alerting.Alerts;
import com.cakeflow.identity.CurrentActor;
import com.cakeflow.identity.Stores;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts over REST: list with filters, acknowledge (somebody is on it), resolve (dealt with), each with a comment. */
@RestController
@RequestMapping("/api/alerts")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CLERK')")
class AlertController {

	private final Alerts alerts;
	private final Stores stores;
	private final CurrentActor actor;

	AlertController(Alerts alerts, Stores stores, CurrentActor actor) {
		this.alerts = alerts;
		this.stores = stores;
		this.actor = actor;
	}

	/** Newest first; every filter optional ({@code store} a store code; without it every store). */
	@GetMapping
	List<AlertView> alerts(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String orderNumber, @RequestParam(required = false) String store,
			@RequestParam(defaultValue = "100") int limit) {
		var problems = new ArrayList<FieldProblem>();
		var statusValue = parse(AlertStatus.class, status, "status", problems);
		var typeValue = parse(AlertType.class, type, "type", problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		Long storeId = stores.scope(store, "store").map(com.cakeflow.identity.StoreInfo::id).orElse(null);
		return alerts.search(statusValue, typeValue, orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip(), storeId,
				Math.min(Math.max(limit, 1), 500));
	}

	@GetMapping("/{id}")
	AlertView alert(@PathVariable long id) {
		return alerts.get(id);
	}

	/** {@code {"comment"}} (optional): somebody is on it. 404 unknown, 409 when already acknowledged or resolved. */
	@PostMapping("/{id}/ack")
	AlertView acknowledge(@PathVariable long id, @RequestBody(required = false) Comment body) {
		if (body != null && body.comment() != null && body.comment().strip().length() > 500) {
			throw new InvalidRequest(new FieldProblem("comment", "alert.comment.too-long", 500));
		}
		return alerts.acknowledge(id, actor.name(), body == null ? null : body.comment());
	}

	/** {@code {"comment"}}: what was done (required, so the next person knows). 404 unknown, 409 when already resolved. */
	@PostMapping("/{id}/resolve")
	AlertView resolve(@PathVariable long id, @RequestBody(required = false) Comment body) {
		if (body == null || body.comment() == null || body.comment().isBlank()) {
			throw new InvalidRequest(new FieldProblem("comment", "alert.comment.required"));
		}
		if (body.comment().strip().length() > 500) {
			throw new InvalidRequest(new FieldProblem("comment", "alert.comment.too-long", 500));
		}
		return alerts.resolve(id, actor.name(), body.comment());
	}

	record Comment(String comment) {
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new FieldProblem(field, "alert." + field + ".unknown", value));
			return null;
		}
	}
}
