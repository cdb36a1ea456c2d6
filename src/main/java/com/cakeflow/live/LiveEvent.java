package com.cakeflow.live;

import java.time.Instant;

/**
 * One event for the staff screens: its id (the SSE event id), the store it is about (null: every store), its type
 * ({@link LiveEvents#ORDER_STATUS}, {@link LiveEvents#ALERT}, {@link LiveEvents#TASK_COMPLETED}) and its data as JSON.
 */
public record LiveEvent(long id, Long storeId, String type, String data, Instant createdAt) {
}
