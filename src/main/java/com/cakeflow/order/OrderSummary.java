package com.cakeflow.order;

import java.time.OffsetDateTime;

/** An order as a line of a list. */
public record OrderSummary(String orderNumber, OrderStatus status, String customerName, String customerPhone,
		FulfillmentType fulfillment, OffsetDateTime dueAt, long totalFen, boolean urgent, String cakes) {
}
