package com.cakeflow.inventory;

import java.time.Instant;
import java.time.LocalDate;

/** A received batch of an item with what is left of it and when it expires (used first-expiring-first). */
public record StockLot(long id, String lotCode, long quantity, LocalDate expiresOn, Instant receivedAt) {
}
