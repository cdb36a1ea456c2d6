package com.cakeflow.alerting;

import java.time.Instant;

/** An alert as screens and the API show it. */
public record AlertView(long id, AlertType type, String status, String orderNumber, String stage, String detail, Instant raisedAt) {
}
