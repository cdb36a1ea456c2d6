package com.cakeflow.order;

/**
 * A change to an order ({@code PATCH /api/orders/{n}}): only the fields given change, and only while the stage allows.
 * {@code inscription} and {@code flavor} apply to the cake line {@code itemLine} (default 1).
 */
public record OrderChangeRequest(String dueAt, String inscription, Integer itemLine, String notes, String flavor) {
}
