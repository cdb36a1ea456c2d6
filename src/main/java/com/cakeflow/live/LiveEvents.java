package com.cakeflow.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events staff screens follow. {@link #publish} writes one in the caller's transaction (a change that rolls back
 * shows nothing); the stream reads them back in id order on every node.
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

	/** Events after an id, oldest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<LiveEvent> after(long id, int limit) {
		return jdbc.sql("select id, store_id, type, data, created_at from live_event where id > ? order by id fetch first " + limit + " rows only")
			.param(id)
			.query((rs, i) -> new LiveEvent(rs.getLong("id"), (Long) rs.getObject("store_id", Long.class), rs.getString("type"), rs.getString("data"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** The newest event's id (0 when there is none). */
	@Transactional(readOnly = true)
	public long latestId() {
		return jdbc.sql("select coalesce(max(id), 0) from live_event").query(Long.class).single();
	}

	/** The oldest event still kept (0 when there is none): a page that missed events before it must reload. */
	@Transactional(readOnly = true)
	public long oldestId() {
		return jdbc.sql("select coalesce(min(id), 0) from live_event").query(Long.class).single();
	}

	/** Forgets events older than the retention. */
	@Transactional
	public int forgetOlderThan(Duration retention) {
		return jdbc.sql("delete from live_event where created_at < ?").param(Timestamp.from(clock.instant().minus(retention))).update();
	}
}
