package com.cakeflow.payment;

import java.time.Instant;

/** One line of an order's payment ledger: a payment (positive) or a refund. */
public record PaymentRecord(long id, long orderId, String kind, long amountFen, PaymentMethod method, Instant at, String actor,
		String note) {
}
