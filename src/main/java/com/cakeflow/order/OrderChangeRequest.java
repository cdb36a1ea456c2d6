package com.cakeflow.order;

/** A change to an order ({@code PATCH /api/orders/{n}}): only the fields given change, and only while the stage allows. */
public record OrderChangeRequest(String dueAt, String inscription, Integer itemLine, String notes) {
}
