package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.NotificationKind;
import com.cakeflow.alerting.NotificationView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification table. Writes join the caller's transaction (the outbox's point: a notice is stored with the change
 * it tells about, or not at all); the sender's claims and results are single statements of their own.
 */
@Repository
public class Outbox {

	static final String PENDING = "PENDING";
	static final String SENDING = "SENDING";
	static final String SENT = "SENT";
	static final String FAILED = "FAILED";

	private static final String VIEW = "select id, kind, channel, recipient, order_number, subject, status, attempts, created_at, next_attempt_at,"
			+ " sent_at, transport, last_error from notification";

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Deletes the sent and given-up rows created before {@code cutoff}. */
	public int deleteDoneBefore(java.time.Instant cutoff) {
		return jdbc.sql("delete from notification where status in (?, ?) and created_at < ?").params(SENT, FAILED, java.sql.Timestamp.from(cutoff))
			.update();
	}

	public boolean exists(String dedupKey) {
		return jdbc.sql("select count(*) from notification where dedup_key = ?").param(dedupKey).query(Long.class).single() > 0;
	}

	public void insert(String dedupKey, NotificationKind kind, String channel, String recipient, Locale locale, Long storeId, String orderNumber,
			String subject, String body, String qrText, Instant now) {
		jdbc.sql("""
				insert into notification (dedup_key, kind, channel, recipient, locale, store_id, order_number, subject, body, qr_text, status,
				                          attempts, next_attempt_at, created_at)
				values (:key, :kind, :channel, :recipient, :locale, :store, :order, :subject, :body, :qr, 'PENDING', 0, :now, :now)""")
			.param("key", dedupKey).param("kind", kind.name()).param("channel", channel).param("recipient", recipient)
			.param("locale", locale.toLanguageTag()).param("store", storeId).param("order", orderNumber).param("subject", cut(subject, 300))
			.param("body", cut(body, 30000)).param("qr", qrText).param("now", Timestamp.from(now)).update();
	}

	/** Ids due for sending: pending ones whose time has come and sending ones whose sender's lease ran out. */
	List<Long> due(Instant now, int limit) {
		return jdbc.sql("select id from notification where status in ('PENDING', 'SENDING') and next_attempt_at <= ? order by next_attempt_at, id"
				+ " limit " + Math.max(1, limit)).param(Timestamp.from(now)).query(Long.class).list();
	}

	/**
	 * Takes a due notification for sending until {@code leaseUntil}: {@code TAKEN}, {@code RETAKEN} when it was
	 * {@code SENDING} — its sender's lease ran out, so that attempt was interrupted (the node died, or the send hung) and
	 * its outcome is unknown — or {@code MISSED} when another sender took it first.
	 */
	Claim claim(long id, Instant now, Instant leaseUntil) {
		var status = jdbc.sql("select status from notification where id = ?").param(id).query(String.class).optional().orElse(null);
		if (!PENDING.equals(status) && !SENDING.equals(status)) {
			return Claim.MISSED;
		}
		boolean taken = jdbc.sql("update notification set status = 'SENDING', next_attempt_at = ? where id = ? and status = ? and next_attempt_at <= ?")
			.params(Timestamp.from(leaseUntil), id, status, Timestamp.from(now)).update() == 1;
		return !taken ? Claim.MISSED : SENDING.equals(status) ? Claim.RETAKEN : Claim.TAKEN;
	}

	/** How a claim went. */
	enum Claim {
		TAKEN, RETAKEN, MISSED
	}

	Optional<Claimed> claimed(long id) {
		return jdbc.sql("select id, channel, recipient, locale, subject, body, qr_text, attempts from notification where id = ?").param(id)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("channel"), rs.getString("recipient"),
					Locale.forLanguageTag(rs.getString("locale")), rs.getString("subject"), rs.getString("body"), rs.getString("qr_text"),
					rs.getInt("attempts")))
			.optional();
	}

	void sent(long id, String transport, Instant now) {
		jdbc.sql("update notification set status = 'SENT', attempts = attempts + 1, sent_at = ?, transport = ?, last_error = null where id = ?")
			.params(Timestamp.from(now), transport, id).update();
	}

	void failed(long id, String error, boolean giveUp, Instant nextAttempt) {
		jdbc.sql("update notification set status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
			.params(giveUp ? FAILED : PENDING, Timestamp.from(nextAttempt), cut(error, 500), id).update();
	}

	public List<NotificationView> search(String orderNumber, String status, int limit) {
		var sql = new StringBuilder(VIEW).append(" where 1 = 1");
		if (orderNumber != null) {
			sql.append(" and order_number = :order");
		}
		if (status != null) {
			sql.append(" and status = :status");
		}
		sql.append(" order by id desc limit ").append(Math.max(1, limit));
		var spec = jdbc.sql(sql.toString());
		if (orderNumber != null) {
			spec = spec.param("order", orderNumber);
		}
		if (status != null) {
			spec = spec.param("status", status);
		}
		return spec.query(Outbox::view).list();
	}

	public Optional<String> body(long id) {
		return jdbc.sql("select body from notification where id = ?").param(id).query(String.class).optional();
	}

	private static NotificationView view(ResultSet rs, int row) throws SQLException {
		return new NotificationView(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("channel"), rs.getString("recipient"),
				rs.getString("order_number"), rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"), instant(rs, "created_at"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("transport"), rs.getString("last_error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** A notification a sender has claimed. */
	record Claimed(long id, String channel, String recipient, Locale locale, String subject, String body, String qrText, int attempts) {
	}
}
