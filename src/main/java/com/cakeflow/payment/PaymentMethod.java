package com.cakeflow.payment;

/** How money changed hands. */
public enum PaymentMethod {
	CASH, CARD, ONLINE
}
