package com.cakeflow.alerting;

/** Why an alert was raised. */
public enum AlertType {
	OVERDUE_STAGE, AT_RISK, NO_SHOW, UNPAID_DEPOSIT, LOW_STOCK, STOCK_SHORTAGE, DELIVERY_LATE
}
