package com.cakeflow.live;

import java.time.Instant;

/**
 * One event for the staff screens: its id (its row in {@code live_event}; taken before commit, so events can commit
 * out of id order), the store it is about (null: every store), its type
 * ({@link LiveEvents#ORDER_STATUS}, {@link LiveEvents#ALERT}, {@link LiveEvents#TASK_COMPLETED}) and its data as JSON.
 */
public record LiveEvent(long id, Long storeId, String type, String data, Instant createdAt) {
}
