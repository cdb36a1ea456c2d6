package com.cakeflow.order;

/** The answer to an intake: the order's number, where it stands and what the customer owes now. */
public record PlacedOrder(String orderNumber, OrderStatus status, long totalFen, long depositFen, String pickupCode,
		boolean replayed) {
}
