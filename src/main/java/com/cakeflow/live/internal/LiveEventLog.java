package com.cakeflow.live.internal;

import com.cakeflow.live.LiveEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stream's reads of {@code live_event} (every one by the primary key, or by {@code created_at} once when a node
 * starts listening) and its retention. Plain auto-commit statements: each sees what is committed when it runs.
 */
@Component
class LiveEventLog {

	private static final String COLUMNS = "id, store_id, type, data, created_at";

	private final JdbcClient jdbc;

	LiveEventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * In one statement, oldest first: at most {@code limit} events after {@code after}, and those of the given ids
	 * (gaps below it that may have committed since). A union of two primary-key lookups rather than an {@code or},
	 * which H2 answers with a scan of the whole table.
	 */
	List<LiveEvent> read(long after, Collection<Long> ids, int limit) {
		var fresh = "select " + COLUMNS + " from (select " + COLUMNS + " from live_event where id > :after order by id fetch first " + limit
				+ " rows only) fresh";
		var sql = ids.isEmpty() ? fresh + " order by id" : fresh + " union all select " + COLUMNS + " from live_event where id in (:ids) order by 1";
		var statement = jdbc.sql(sql).param("after", after);
		if (!ids.isEmpty()) {
			statement = statement.param("ids", ids);
		}
		return statement.query(LiveEventLog::event).list();
	}

	/** At most {@code limit} events after {@code after} up to {@code upTo}, oldest first. */
	List<LiveEvent> between(long after, long upTo, int limit) {
		return jdbc.sql("select " + COLUMNS + " from live_event where id > ? and id <= ? order by id fetch first " + limit + " rows only")
			.params(after, upTo).query(LiveEventLog::event).list();
	}

	/** The ids of the events after {@code after} up to {@code upTo}, ascending. */
	List<Long> idsBetween(long after, long upTo) {
		return jdbc.sql("select id from live_event where id > ? and id <= ? order by id").params(after, upTo).query(Long.class).list();
	}

	/** The id of the newest event written before an instant (0 when there is none). */
	long newestIdWrittenBefore(Instant instant) {
		return jdbc.sql("select id from live_event where created_at < ? order by created_at desc, id desc fetch first 1 rows only")
			.param(Timestamp.from(instant)).query(Long.class).optional().orElse(0L);
	}

	/** The newest event's id (0 when there is none). */
	long latestId() {
		return jdbc.sql("select coalesce(max(id), 0) from live_event").query(Long.class).single();
	}

	/** The oldest event still kept, if any. */
	Optional<LiveEvent> oldest() {
		return jdbc.sql("select " + COLUMNS + " from live_event order by id fetch first 1 rows only").query(LiveEventLog::event).optional();
	}

	/**
	 * Forgets the events written before an instant but the newest of them, which stays as the mark of what was forgotten:
	 * while the oldest event kept is older than the retention, ids below it may have been events (and a page resuming
	 * below it missed them); otherwise ids below it were never committed.
	 */
	int forgetBefore(Instant instant) {
		long mark = newestIdWrittenBefore(instant);
		return jdbc.sql("delete from live_event where id < ? and created_at < ?").params(mark, Timestamp.from(instant)).update();
	}

	private static LiveEvent event(ResultSet rs, int row) throws SQLException {
		return new LiveEvent(rs.getLong("id"), rs.getObject("store_id", Long.class), rs.getString("type"), rs.getString("data"),
				rs.getTimestamp("created_at").toInstant());
	}
}
