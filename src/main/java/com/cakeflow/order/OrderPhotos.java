package com.cakeflow.order;

import com.cakeflow.identity.CurrentActor;
import com.cakeflow.order.OrderProblems.OrderNotFound;
import com.cakeflow.order.process.OrderWorkflow;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos kept with an order: the customer's reference picture, the cake as handed over, the proof of delivery. Only
 * JPEG, PNG and WebP (told by their first bytes, not by what the upload claims), at most {@link #MAX_BYTES}.
 */
@Service
public class OrderPhotos {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Why the photo was taken. */
	public enum Kind {
		REFERENCE, HANDOVER, DELIVERY
	}

	public record Photo(long id, Kind kind, String contentType, int sizeBytes, String takenBy, Instant takenAt) {
	}

	public record Image(String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;
	private final OrderWorkflow workflow;
	private final CurrentActor actor;
	private final Clock clock;

	OrderPhotos(JdbcClient jdbc, OrderWorkflow workflow, CurrentActor actor, Clock clock) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		this.actor = actor;
		this.clock = clock;
	}

	@Transactional
	public long add(String number, Kind kind, byte[] bytes) {
		var orderId = orderId(number);
		if (bytes == null || bytes.length == 0) {
			throw new InvalidRequest(new FieldProblem("file", "order.photo.empty"));
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidRequest(new FieldProblem("file", "order.photo.too-large", MAX_BYTES / 1024 / 1024));
		}
		var type = contentType(bytes).orElseThrow(() -> new InvalidRequest(new FieldProblem("file", "order.photo.type")));
		var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into order_photo (order_id, kind, content_type, bytes, size_bytes, taken_by, taken_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(orderId, kind.name(), type, bytes, bytes.length, actor.name(), java.sql.Timestamp.from(clock.instant()))
			.update(keyHolder, "id");
		long id = keyHolder.getKey().longValue();
		workflow.log(orderId, TimelineType.PHOTO_ADDED, TimelineType.details("kind", kind.name(), "id", id, "kb", bytes.length / 1024));
		return id;
	}

	@Transactional(readOnly = true)
	public List<Photo> of(String number) {
		return jdbc.sql("select id, kind, content_type, size_bytes, taken_by, taken_at from order_photo where order_id = ? order by id")
			.param(orderId(number))
			.query((rs, row) -> new Photo(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("content_type"), rs.getInt("size_bytes"),
					rs.getString("taken_by"), rs.getTimestamp("taken_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Image> image(String number, long id) {
		return jdbc.sql("select content_type, bytes from order_photo where id = ? and order_id = ?").params(id, orderId(number))
			.query((rs, row) -> new Image(rs.getString("content_type"), rs.getBytes("bytes"))).optional();
	}

	/** The latest photo of a kind (the customer's reference picture the decorator works from). */
	@Transactional(readOnly = true)
	public Optional<Image> latest(String number, Kind kind) {
		return jdbc.sql("select content_type, bytes from order_photo where order_id = ? and kind = ? order by id desc")
			.params(orderId(number), kind.name()).query((rs, row) -> new Image(rs.getString("content_type"), rs.getBytes("bytes"))).list().stream()
			.findFirst();
	}

	private long orderId(String number) {
		return jdbc.sql("select id from cake_order where number = ?").param(number).query(Long.class).optional()
			.orElseThrow(() -> new OrderNotFound(number));
	}

	/** What the first bytes say the file is. */
	static Optional<String> contentType(byte[] b) {
		if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of("image/jpeg");
		}
		if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return Optional.of("image/png");
		}
		if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}
}
