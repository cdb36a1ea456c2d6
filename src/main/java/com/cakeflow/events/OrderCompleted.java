package com.cakeflow.events;

/**
 * Published when the cake has been handed over or delivered and the order is done; the customer module counts it into
 * the customer's history, alerting resolves the order's open alerts (both after the commit, at least once).
 */
public record OrderCompleted(long orderId, String orderNumber, long storeId, long customerId, long totalFen) {
}
