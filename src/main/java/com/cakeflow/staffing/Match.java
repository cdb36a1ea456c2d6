package com.cakeflow.staffing;

/** The person chosen for a stage, their score, and why (score breakdown and runners-up, for the order's timeline). */
public record Match(String username, String displayName, int score, String explanation) {
}
