package com.cakeflow.events;

/**
 * Published when an order is cancelled, by whom ({@code by}): the stock and kitchen hours it held are given back in
 * the cancelling transaction, its people's minutes and its open alerts after the commit.
 */
public record OrderCancelled(long orderId, String orderNumber, long storeId, String reason, long feeFen, long refundFen, String by) {
}
