package com.cakeflow.order;

/**
 * What {@code POST /api/orders/{n}/payments} answers: the payment and the order's status after it; {@code replayed}
 * when an Idempotency-Key's first call had already taken it (the same answer again, nothing recorded twice).
 */
public record PaymentTaken(String orderNumber, OrderStatus status, long paymentId, long amountFen, String method, boolean replayed) {
}
