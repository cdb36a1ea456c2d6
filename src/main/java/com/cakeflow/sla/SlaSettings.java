package com.cakeflow.sla;

import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A store's time limits for the order process's timers (deposit reminder and cancellation, no-show, overdue per
 * stage). Managers change them in the app; each timer reads them when it starts, so new timers use the new limits
 * without redeploying the diagram, and running timers keep theirs. A store never changed uses {@code cakeflow.order.*}.
 */
@Service
@Transactional
public class SlaSettings {

	public static final List<String> STAGES = List.of("BAKE", "DECORATE", "PACK", "DELIVER");
	static final Duration MIN = Duration.ofMinutes(1);
	static final Duration MAX = Duration.ofDays(7);

	private final JdbcClient jdbc;
	private final SlaProperties defaults;
	private final Clock clock;

	SlaSettings(JdbcClient jdbc, SlaProperties defaults, Clock clock) {
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.clock = clock;
	}

	/** The store's limits, or the configured defaults when nobody changed them. */
	@Transactional(readOnly = true)
	public Sla of(long storeId) {
		return jdbc.sql("select * from sla_setting where store_id = ?").param(storeId).query((rs, i) -> {
			var overdue = new LinkedHashMap<String, Duration>();
			for (var stage : STAGES) {
				overdue.put(stage, Duration.ofMinutes(rs.getInt("overdue_" + stage.toLowerCase() + "_minutes")));
			}
			return new Sla(Duration.ofMinutes(rs.getInt("deposit_reminder_minutes")), Duration.ofMinutes(rs.getInt("deposit_cancel_minutes")),
					Duration.ofMinutes(rs.getInt("no_show_minutes")), overdue, Duration.ofMinutes(rs.getInt("at_risk_check_minutes")),
					Duration.ofMinutes(rs.getInt("at_risk_lookahead_minutes")), Duration.ofMinutes(rs.getInt("late_notice_minutes")),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
		}).optional().orElseGet(this::defaults);
	}

	/** The configured limits ({@code cakeflow.order.*}), what a store nobody changed uses. */
	@Transactional(readOnly = true)
	public Sla defaults() {
		var overdue = new LinkedHashMap<String, Duration>();
		STAGES.forEach(stage -> overdue.put(stage, defaults.overdueAfter(stage)));
		return new Sla(defaults.depositReminderAfter(), defaults.depositCancelAfter(), defaults.noShowAfter(), overdue, defaults.atRiskCheckEvery(),
				defaults.atRiskLookahead(), defaults.lateNoticeBefore(), null, null);
	}

	/**
	 * Sets the store's limits from ISO-8601 durations ({@code PT2H}, {@code PT90M}); every one is required, from one
	 * minute to seven days, and the deposit reminder must come before the cancellation. The at-risk check's three are
	 * optional (left out: they stay as they are). 422 naming each bad field, nothing stored.
	 */
	public Sla update(long storeId, SlaRequest request, String actor) {
		var current = of(storeId);
		var problems = new ArrayList<FieldProblem>();
		var checkEvery = optional("atRiskCheckEvery", request.atRiskCheckEvery(), current.atRiskCheckEvery(), problems);
		var lookahead = optional("atRiskLookahead", request.atRiskLookahead(), current.atRiskLookahead(), problems);
		var lateNotice = optional("lateNoticeBefore", request.lateNoticeBefore(), current.lateNoticeBefore(), problems);
		var reminder = duration("depositReminderAfter", request.depositReminderAfter(), problems);
		var cancel = duration("depositCancelAfter", request.depositCancelAfter(), problems);
		var noShow = duration("noShowAfter", request.noShowAfter(), problems);
		var overdue = new LinkedHashMap<String, Duration>();
		for (var stage : STAGES) {
			overdue.put(stage, duration("overdue." + stage, request.overdue() == null ? null : request.overdue().get(stage), problems));
		}
		if (request.overdue() != null) {
			request.overdue().keySet().stream().filter(stage -> !STAGES.contains(stage))
				.forEach(stage -> problems.add(new FieldProblem("overdue." + stage, "sla.stage.unknown", stage)));
		}
		if (reminder != null && cancel != null && !reminder.minus(cancel).isNegative()) {
			problems.add(new FieldProblem("depositReminderAfter", "sla.reminder.before-cancel"));
		}
		if (lookahead != null && lateNotice != null && lateNotice.compareTo(lookahead) > 0) {
			problems.add(new FieldProblem("lateNoticeBefore", "sla.late-notice.within-lookahead"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		var now = clock.instant();
		int updated = jdbc.sql("""
				update sla_setting set deposit_reminder_minutes = ?, deposit_cancel_minutes = ?, no_show_minutes = ?, overdue_bake_minutes = ?,
				  overdue_decorate_minutes = ?, overdue_pack_minutes = ?, overdue_deliver_minutes = ?, at_risk_check_minutes = ?,
				  at_risk_lookahead_minutes = ?, late_notice_minutes = ?, updated_at = ?, updated_by = ? where store_id = ?""")
			.params(minutes(reminder), minutes(cancel), minutes(noShow), minutes(overdue.get("BAKE")), minutes(overdue.get("DECORATE")),
					minutes(overdue.get("PACK")), minutes(overdue.get("DELIVER")), minutes(checkEvery), minutes(lookahead), minutes(lateNotice),
					Timestamp.from(now), actor, storeId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into sla_setting (deposit_reminder_minutes, deposit_cancel_minutes, no_show_minutes, overdue_bake_minutes,
					  overdue_decorate_minutes, overdue_pack_minutes, overdue_deliver_minutes, at_risk_check_minutes, at_risk_lookahead_minutes,
					  late_notice_minutes, updated_at, updated_by, store_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(minutes(reminder), minutes(cancel), minutes(noShow), minutes(overdue.get("BAKE")), minutes(overdue.get("DECORATE")),
						minutes(overdue.get("PACK")), minutes(overdue.get("DELIVER")), minutes(checkEvery), minutes(lookahead), minutes(lateNotice),
						Timestamp.from(now), actor, storeId)
				.update();
		}
		return of(storeId);
	}

	private static int minutes(Duration duration) {
		return (int) duration.toMinutes();
	}

	/** A limit that may be left out: then the current one. */
	private static Duration optional(String field, String value, Duration current, List<FieldProblem> problems) {
		return value == null ? current : duration(field, value, problems);
	}

	private static Duration duration(String field, String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "sla.duration.required"));
			return null;
		}
		try {
			var duration = Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
			if (duration.compareTo(MIN) < 0 || duration.compareTo(MAX) > 0 || duration.toSecondsPart() != 0) {
				problems.add(new FieldProblem(field, "sla.duration.range", value));
				return null;
			}
			return duration;
		}
		catch (DateTimeParseException invalid) {
			problems.add(new FieldProblem(field, "sla.duration.invalid", value));
			return null;
		}
	}

	/**
	 * The limits as stored: durations, and who changed them last (null for the configured defaults). The at-risk check
	 * runs every {@code atRiskCheckEvery} from {@code atRiskLookahead} before the due time; a cake still predicted late
	 * {@code lateNoticeBefore} the due time gets the customer a notice.
	 */
	public record Sla(Duration depositReminderAfter, Duration depositCancelAfter, Duration noShowAfter, Map<String, Duration> overdue,
			Duration atRiskCheckEvery, Duration atRiskLookahead, Duration lateNoticeBefore, Instant updatedAt, String updatedBy) {

		public Duration overdueAfter(String stage) {
			return overdue.getOrDefault(stage, Duration.ofHours(1));
		}
	}

	/**
	 * What a manager sends: ISO-8601 durations ({@code "PT2H"}), overdue per stage BAKE, DECORATE, PACK, DELIVER; the
	 * at-risk check's three may be left out (null: unchanged).
	 */
	public record SlaRequest(String depositReminderAfter, String depositCancelAfter, String noShowAfter, Map<String, String> overdue,
			String atRiskCheckEvery, String atRiskLookahead, String lateNoticeBefore) {

		public SlaRequest(String depositReminderAfter, String depositCancelAfter, String noShowAfter, Map<String, String> overdue) {
			this(depositReminderAfter, depositCancelAfter, noShowAfter, overdue, null, null, null);
		}
	}
}
