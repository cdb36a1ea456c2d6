package com.cakeflow.alerting;

import java.time.Instant;

/** An alert as screens and the API show it, with who acknowledged and resolved it, when and why. */
public record AlertView(long id, AlertType type, AlertStatus status, Long storeId, String orderNumber, String processInstanceId, String stage, String detail, Instant raisedAt,
		Instant acknowledgedAt, String acknowledgedBy, String acknowledgeComment, Instant resolvedAt, String resolvedBy, String resolveComment) {

	/** Types that need somebody now: a cake that will be or is late, a shortage, a customer not showing up. */
	public boolean urgent() {
		return type.urgent();
	}
}
