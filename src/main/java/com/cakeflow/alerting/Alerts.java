package com.cakeflow.alerting;

import com.cakeflow.alerting.internal.Alert;
import com.cakeflow.alerting.internal.AlertRepository;
import com.cakeflow.shared.DomainProblem;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for the shop (an overdue stage, a cake at risk, an unpaid deposit, a no-show, low stock ...): at most one
 * unresolved alert per cause, so a timer that fires again or a check that runs every few minutes never floods the
 * alert centre; staff acknowledge (somebody is on it) and resolve them with a comment, the system resolves those whose
 * cause is gone.
 */
@Service
@Transactional
public class Alerts {

	private static final EnumSet<AlertStatus> UNRESOLVED = EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED);

	private final AlertRepository repository;
	private final Notifications notifications;
	private final com.cakeflow.identity.Stores stores;
	private final com.cakeflow.alerting.internal.NotificationProperties properties;
	private final com.cakeflow.live.LiveEvents live;
	private final Clock clock;
	private final com.cakeflow.identity.CurrentActor actor;

	Alerts(AlertRepository repository, Notifications notifications, com.cakeflow.identity.Stores stores,
			com.cakeflow.alerting.internal.NotificationProperties properties, com.cakeflow.live.LiveEvents live, Clock clock,
			com.cakeflow.identity.CurrentActor actor) {
		this.actor = actor;
		this.live = live;
		this.repository = repository;
		this.notifications = notifications;
		this.stores = stores;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Raises an alert about an order's stage unless one for the same cause (type, order, stage) is unresolved; returns
	 * that one then. Two raises at once: the database's unique open cause lets one insert through; the other's
	 * transaction fails (a timer job is retried by the job executor and then finds the alert).
	 */
	public AlertView raise(AlertType type, long storeId, Subject order, String stage, String detail) {
		return raise(type, storeId, order, stage, orderCause(type, order.orderId(), stage), detail);
	}

	/** The unresolved alert of this cause (type, order, stage), if there is one. */
	@Transactional(readOnly = true)
	public java.util.Optional<AlertView> unresolved(AlertType type, long orderId, String stage) {
		return repository.findByOpenCause(orderCause(type, orderId, stage)).map(Alert::toView);
	}

	private static String orderCause(AlertType type, long orderId, String stage) {
		return type + ":" + orderId + ":" + (stage == null ? "-" : stage);
	}

	/** The order an alert is about, and its process instance (for the Cockpit link; null when there is none). */
	public record Subject(long orderId, String orderNumber, String processInstanceId) {
	}

	/** Raises an alert about something of a store that is not an order (e.g. LOW_STOCK of an item), one unresolved per store and subject. */
	public AlertView raise(AlertType type, long storeId, String subject, String detail) {
		return raise(type, storeId, null, subject, storeCause(type, storeId, subject), detail);
	}

	private AlertView raise(AlertType type, long storeId, Subject order, String stage, String cause, String detail) {
		var existing = repository.findByOpenCause(cause);
		if (existing.isPresent()) {
			return existing.get().toView();
		}
		var alert = repository.saveAndFlush(new Alert(type, storeId, order == null ? null : order.orderId(), order == null ? null : order.orderNumber(),
				order == null ? null : order.processInstanceId(), stage, cause, detail, clock.instant())).toView();
		tellManagers(alert);
		changed(alert);
		return alert;
	}

	/** A new alert goes to the store's managers by mail (in the same transaction: no mail about an alert that rolled back). */
	private void tellManagers(AlertView alert) {
		stores.byId(alert.storeId()).filter(store -> store.managerEmail() != null && !store.managerEmail().isBlank()).ifPresent(store -> {
			notifications.enqueue(Notice.of(NotificationKind.ALERT, "ALERT:" + alert.id()).store(store.id()).order(alert.orderNumber())
				.to(store.managerEmail(), null, java.util.Locale.forLanguageTag(properties.managerLanguage())).with("alert", alert)
				.with("storeName", store.name()).with("raisedAt", alert.raisedAt().atZone(store.zone()).toLocalDateTime())
				.with("alertUrl", properties.publicUrl() + "/alerts"));
		});
	}

	private static String storeCause(AlertType type, long storeId, String subject) {
		return type + ":store-" + storeId + ":" + subject;
	}

	/** The system resolves the store's alert of a subject (e.g. LOW_STOCK of an item once it is restocked). */
	public void resolve(AlertType type, long storeId, String subject, String by) {
		repository.findByOpenCause(storeCause(type, storeId, subject)).ifPresent(alert -> resolved(alert, by, "cause gone"));
	}

	/** Resolves every unresolved alert of an order, e.g. when it completes or is cancelled. */
	public void resolveForOrder(long orderId, String by) {
		repository.findByOrderIdAndStatusIn(orderId, UNRESOLVED).forEach(alert -> resolved(alert, by, "order closed"));
	}

	/** Resolves the unresolved alerts of one type of an order, e.g. the shortage once the stock is reserved after all. */
	public void resolveForOrder(long orderId, String by, AlertType type) {
		repository.findByOrderIdAndStatusIn(orderId, UNRESOLVED).stream().filter(alert -> alert.type() == type)
			.forEach(alert -> resolved(alert, by, "cause gone"));
	}

	/** Somebody is on it. 404 for an unknown alert, 409 when it is acknowledged or resolved already. */
	public AlertView acknowledge(long id, String by, String comment) {
		var alert = own(id);
		if (!alert.acknowledge(by, clock.instant(), clean(comment))) {
			throw new AlertNotOpen(id, alert.toView().status());
		}
		changed(alert.toView());
		return alert.toView();
	}

	/** Dealt with, with a comment saying how. 404 for an unknown alert, 409 when it is resolved already. */
	public AlertView resolve(long id, String by, String comment) {
		var alert = own(id);
		if (!alert.resolve(by, clock.instant(), clean(comment))) {
			throw new AlertNotOpen(id, AlertStatus.RESOLVED);
		}
		changed(alert.toView());
		return alert.toView();
	}

	private void resolved(Alert alert, String by, String comment) {
		if (alert.resolve(by, clock.instant(), comment)) {
			changed(alert.toView());
		}
	}

	/** The alert centre, the banner and the order board follow alerts live. */
	private void changed(AlertView alert) {
		var data = new java.util.LinkedHashMap<String, Object>();
		data.put("id", alert.id());
		data.put("type", alert.type().name());
		data.put("status", alert.status().name());
		data.put("urgent", alert.urgent());
		data.put("orderNumber", alert.orderNumber());
		live.publish(alert.storeId(), com.cakeflow.live.LiveEvents.ALERT, data);
	}

	private static String clean(String comment) {
		if (comment == null || comment.isBlank()) {
			return null;
		}
		var stripped = comment.strip();
		return stripped.length() > 500 ? stripped.substring(0, 500) : stripped;
	}

	@Transactional(readOnly = true)
	public AlertView get(long id) {
		return own(id).toView();
	}

	/** The alert, if it is of a store the caller works in; another store's is not found, as if there were none. */
	private Alert own(long id) {
		return repository.findById(id).filter(alert -> actor.actsFor(alert.toView().storeId())).orElseThrow(() -> new AlertNotFound(id));
	}

	/** Newest first; {@code status} OPEN, ACKNOWLEDGED, RESOLVED or null for all. */
	@Transactional(readOnly = true)
	public List<AlertView> recent(String status, String orderNumber, int limit) {
		return search(status == null ? null : AlertStatus.valueOf(status), null, orderNumber, null, limit);
	}

	/** Newest first, each filter optional (a null status: every status). */
	@Transactional(readOnly = true)
	public List<AlertView> search(AlertStatus status, AlertType type, String orderNumber, Long storeId, int limit) {
		return search(status == null ? EnumSet.allOf(AlertStatus.class) : EnumSet.of(status), type, orderNumber, storeId, limit);
	}

	/** Newest first, in any of these statuses (e.g. open and acknowledged: everything not dealt with yet). */
	@Transactional(readOnly = true)
	public List<AlertView> search(java.util.Set<AlertStatus> statuses, AlertType type, String orderNumber, Long storeId, int limit) {
		return repository.search(statuses, type, orderNumber, storeId, PageRequest.of(0, limit)).stream().map(Alert::toView).toList();
	}

	/** Open alerts of the urgent types (of a store, or every store with null): what the staff pages' banner counts. */
	@Transactional(readOnly = true)
	public long urgentOpen(Long storeId) {
		return repository.countOpen(Arrays.stream(AlertType.values()).filter(AlertType::urgent).toList(), storeId);
	}

	/** No alert with this id: 404. */
	public static class AlertNotFound extends DomainProblem {
		AlertNotFound(long id) {
			super(404, "problem.alert.not-found", id);
		}
	}

	/** The alert is past the step asked for (acknowledging a resolved one, resolving it twice): 409. */
	public static class AlertNotOpen extends DomainProblem {
		AlertNotOpen(long id, AlertStatus status) {
			super(409, "problem.alert.not-open", id, status);
		}
	}
}
