package com.cakeflow.alerting;

import com.cakeflow.alerting.internal.Alert;
import com.cakeflow.alerting.internal.AlertRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises alerts for the manager (an overdue stage, an unpaid deposit, a no-show), at most one open alert per cause. */
@Service
@Transactional
public class Alerts {

	private final AlertRepository repository;
	private final Clock clock;

	Alerts(AlertRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Raises an alert unless one for the same cause (type, order, stage) is still open; returns the open one. */
	public AlertView raise(AlertType type, Long orderId, String orderNumber, String stage, String detail) {
		var cause = type + ":" + (orderId == null ? "-" : orderId) + ":" + (stage == null ? "-" : stage);
		return repository.findFirstByCauseKeyAndStatus(cause, Alert.OPEN)
			.orElseGet(() -> repository.save(new Alert(type, orderId, orderNumber, stage, cause, detail, clock.instant())))
			.toView();
	}

	/** Resolves the open alert of a cause without an order (e.g. LOW_STOCK of an item once it is restocked). */
	public void resolve(AlertType type, String subject, String by) {
		repository.findFirstByCauseKeyAndStatus(type + ":-:" + subject, Alert.OPEN).ifPresent(alert -> alert.resolve(by, clock.instant()));
	}

	/** Resolves every open alert of an order, e.g. when it completes or is cancelled. */
	public void resolveForOrder(long orderId, String by) {
		repository.findByOrderIdAndStatus(orderId, Alert.OPEN).forEach(alert -> alert.resolve(by, clock.instant()));
	}

	/** Resolves the open alerts of one type of an order, e.g. the shortage once the stock is reserved after all. */
	public void resolveForOrder(long orderId, String by, AlertType type) {
		repository.findByOrderIdAndStatus(orderId, Alert.OPEN).stream().filter(alert -> alert.toView().type() == type)
			.forEach(alert -> alert.resolve(by, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<AlertView> recent(String status, String orderNumber, int limit) {
		return repository.search(status, orderNumber, PageRequest.of(0, limit)).stream().map(Alert::toView).toList();
	}
}
