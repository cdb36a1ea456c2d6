package com.cakeflow.staffing;

/** The person chosen for a stage and why (score breakdown, for the order's timeline). */
public record Match(String username, String displayName, String explanation) {
}
