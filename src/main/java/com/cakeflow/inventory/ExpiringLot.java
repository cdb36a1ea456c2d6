package com.cakeflow.inventory;

import java.time.LocalDate;

/** A lot with stock left that runs out of date soon. */
public record ExpiringLot(String itemCode, String nameZh, String unit, String lotCode, long quantity, LocalDate expiresOn) {
}
