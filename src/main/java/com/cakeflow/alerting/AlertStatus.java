package com.cakeflow.alerting;

/** Where an alert is: raised, somebody is on it, dealt with. */
public enum AlertStatus {
	OPEN, ACKNOWLEDGED, RESOLVED;

	/** Not resolved yet: open or acknowledged. */
	public boolean unresolved() {
		return this != RESOLVED;
	}
}
