package com.cakeflow.kitchen;

import java.time.Instant;

/** Extra (or, negative, fewer) people at a station for a period: a temporary decorator for Valentine's Day, a sick baker. */
public record CapacityAdjustment(long id, Station station, Instant startsAt, Instant endsAt, int extraStaff, String reason, String createdBy) {
}
