package com.cakeflow.identity;

import java.time.ZoneId;

/** A shop location: its code, name, time zone and currency, and where its managers read mail (may be null). */
public record StoreInfo(long id, String code, String name, ZoneId zone, String currency, String address, String phone, String managerEmail) {
}
