package com.cakeflow.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events staff screens follow. {@link #publish} writes one in the caller's transaction (a change that rolls back
 * shows nothing); every node's stream reads them back as they commit, which need not be in id order (see
 * {@code docs/live-events.md}).
 */
@Service
public class LiveEvents {

	public static final String ORDER_STATUS = "order-status";
	public static final String ALERT = "alert";
	public static final String TASK_COMPLETED = "task-completed";

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final Clock clock;

	LiveEvents(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Records an event about a store (null: every store) with its data (small: ids, numbers, statuses). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(Long storeId, String type, Map<String, ?> data) {
		String text;
		try {
			text = json.writeValueAsString(data);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalArgumentException("event data not JSON: " + data, impossible);
		}
		jdbc.sql("insert into live_event (store_id, type, data, created_at) values (?, ?, ?, ?)")
			.params(storeId, type, text, Timestamp.from(clock.instant())).update();
	}
}
