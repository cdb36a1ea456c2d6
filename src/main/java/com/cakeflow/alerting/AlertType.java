package com.cakeflow.alerting;

/** Why an alert was raised; the urgent ones put a banner on every staff page while they are open. */
public enum AlertType {
	OVERDUE_STAGE(true), AT_RISK(true), NO_SHOW(false), UNPAID_DEPOSIT(false), LOW_STOCK(false), STOCK_SHORTAGE(true), DELIVERY_LATE(true), INSCRIPTION_UNCONFIRMED(true);

	private final boolean urgent;

	AlertType(boolean urgent) {
		this.urgent = urgent;
	}

	public boolean urgent() {
		return urgent;
	}
}
