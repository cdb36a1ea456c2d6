package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.AlertType;
import com.cakeflow.alerting.AlertView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Something a manager should look at, raised by a timer or a check; OPEN until resolved. */
@Entity
public class Alert {

	public static final String OPEN = "OPEN";
	public static final String RESOLVED = "RESOLVED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Enumerated(EnumType.STRING)
	private AlertType type;
	private Long orderId;
	private String orderNumber;
	private String stage;
	private String status;
	private String causeKey;
	private String detail;
	private Instant raisedAt;
	private Instant resolvedAt;
	private String resolvedBy;

	protected Alert() {
	}

	public Alert(AlertType type, Long orderId, String orderNumber, String stage, String causeKey, String detail, Instant raisedAt) {
		this.type = type;
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.stage = stage;
		this.status = OPEN;
		this.causeKey = causeKey;
		this.detail = detail;
		this.raisedAt = raisedAt;
	}

	public void resolve(String by, Instant at) {
		status = RESOLVED;
		resolvedBy = by;
		resolvedAt = at;
	}

	public AlertView toView() {
		return new AlertView(id, type, status, orderNumber, stage, detail, raisedAt);
	}
}
