package com.cakeflow.order;

/** Published when an order is cancelled (stock and staff it held must be given back). */
public record OrderCancelled(long orderId, String orderNumber, String reason, long feeFen, long refundFen) {
}
