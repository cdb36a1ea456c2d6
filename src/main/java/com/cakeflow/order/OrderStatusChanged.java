package com.cakeflow.order;

/** Published in the transaction of every status change of an order (placed, each stage, completed, cancelled). */
public record OrderStatusChanged(long orderId, String orderNumber, long storeId, OrderStatus status) {
}
