package com.cakeflow.staffing;

/** A person was marked unavailable: whoever holds their open tasks should match them to somebody else. */
public record StaffUnavailable(String username, long storeId, String role, String reason) {
}
