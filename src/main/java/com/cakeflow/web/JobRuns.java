package com.cakeflow.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of scheduled job runs ({@code job_run}): a run is taken — a row for its job and scheduled fire time — by
 * the node that runs it before the work starts, so one fire runs once across the cluster even should Quartz hand it
 * out twice, and an admin (or the two-node test) can see which node ran what, when, how it ended.
 */
@Repository
public class JobRuns {

	private final JdbcClient jdbc;
	private final Clock clock;

	JobRuns(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes the run of a fire for {@code node}: its id, or null when that fire has been taken already (by any node). */
	Long start(String group, String name, Instant scheduledFireTime, String node) {
		try {
			jdbc.sql("insert into job_run (job_group, job_name, scheduled_fire_time, node, started_at, outcome) values (?, ?, ?, ?, ?, 'RUNNING')")
				.params(group, name, Timestamp.from(scheduledFireTime), cut(node, 200), Timestamp.from(clock.instant())).update();
		}
		catch (DuplicateKeyException taken) {
			return null;
		}
		return jdbc.sql("select id from job_run where job_group = ? and job_name = ? and scheduled_fire_time = ?")
			.params(group, name, Timestamp.from(scheduledFireTime)).query(Long.class).single();
	}

	void finish(long id, String error) {
		jdbc.sql("update job_run set finished_at = ?, outcome = ?, error = ? where id = ?")
			.params(Timestamp.from(clock.instant()), error == null ? "OK" : "FAILED", cut(error, 500), id).update();
	}

	/** The latest runs, newest first, of one job ({@code group}/{@code name} may be null: all) since {@code since}. */
	public List<JobRun> recent(String group, String name, Instant since, int limit) {
		var sql = new StringBuilder("select id, job_group, job_name, scheduled_fire_time, node, started_at, finished_at, outcome, error"
				+ " from job_run where started_at >= :since");
		if (group != null) {
			sql.append(" and job_group = :group");
		}
		if (name != null) {
			sql.append(" and job_name = :name");
		}
		sql.append(" order by started_at desc, id desc limit ").append(Math.max(1, Math.min(limit, 10000)));
		var spec = jdbc.sql(sql.toString()).param("since", Timestamp.from(since));
		if (group != null) {
			spec = spec.param("group", group);
		}
		if (name != null) {
			spec = spec.param("name", name);
		}
		return spec
			.query((rs, row) -> new JobRun(rs.getLong("id"), rs.getString("job_group"), rs.getString("job_name"),
					rs.getTimestamp("scheduled_fire_time").toInstant(), rs.getString("node"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), rs.getString("outcome"),
					rs.getString("error")))
			.list();
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** One run of a job: its scheduled fire, the node, when it started and finished, OK / FAILED / RUNNING (or died running). */
	public record JobRun(long id, String group, String name, Instant scheduledFireTime, String node, Instant startedAt, Instant finishedAt,
			String outcome, String error) {
	}
}
