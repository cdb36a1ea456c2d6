package com.cakeflow.order;

/** Published when the cake has been handed over or delivered and the order is done. */
public record OrderCompleted(long orderId, String orderNumber, long customerId, long totalFen) {
}
