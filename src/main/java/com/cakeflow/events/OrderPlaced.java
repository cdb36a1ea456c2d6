package com.cakeflow.events;

/** Published when an order has been taken and its process started. */
public record OrderPlaced(long orderId, String orderNumber, long storeId) {
}
