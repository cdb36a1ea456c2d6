package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.AlertStatus;
import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.AlertView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * Something staff should look at, raised by a timer or a check: OPEN, ACKNOWLEDGED once somebody is on it, RESOLVED
 * when dealt with (by a person with a comment, or by the system when the cause is gone). While it is not resolved it
 * holds its cause in {@code openCause}, unique in the table: one unresolved alert per cause.
 */
@Entity
public class Alert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Enumerated(EnumType.STRING)
	private AlertType type;
	private Long storeId;
	private Long orderId;
	private String orderNumber;
	private String processInstanceId;
	private String stage;
	@Enumerated(EnumType.STRING)
	private AlertStatus status;
	private String causeKey;
	private String openCause;
	private String detail;
	private Instant raisedAt;
	private Instant acknowledgedAt;
	private String acknowledgedBy;
	private String acknowledgeComment;
	private Instant resolvedAt;
	private String resolvedBy;
	private String resolveComment;

	protected Alert() {
	}

	public Alert(AlertType type, Long storeId, Long orderId, String orderNumber, String processInstanceId, String stage, String causeKey, String detail,
			Instant raisedAt) {
		this.type = type;
		this.storeId = storeId;
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.processInstanceId = processInstanceId;
		this.stage = stage;
		this.status = AlertStatus.OPEN;
		this.causeKey = causeKey;
		this.openCause = causeKey;
		this.detail = detail;
		this.raisedAt = raisedAt;
	}

	/** Somebody is on it; false when it was already acknowledged or resolved (nothing changes). */
	public boolean acknowledge(String by, Instant at, String comment) {
		if (status != AlertStatus.OPEN) {
			return false;
		}
		status = AlertStatus.ACKNOWLEDGED;
		acknowledgedBy = by;
		acknowledgedAt = at;
		acknowledgeComment = comment;
		return true;
	}

	/** Dealt with; false when it was resolved already (nothing changes). The cause may raise a new alert from now on. */
	public boolean resolve(String by, Instant at, String comment) {
		if (status == AlertStatus.RESOLVED) {
			return false;
		}
		status = AlertStatus.RESOLVED;
		resolvedBy = by;
		resolvedAt = at;
		resolveComment = comment;
		openCause = null;
		return true;
	}

	public AlertType type() {
		return type;
	}

	public AlertView toView() {
		return new AlertView(id, type, status, storeId, orderNumber, processInstanceId, stage, detail, raisedAt, acknowledgedAt, acknowledgedBy, acknowledgeComment,
				resolvedAt, resolvedBy, resolveComment);
	}
}
