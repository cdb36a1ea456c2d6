package db.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The timeline becomes typed (issue 16): {@code order_event.detail}, a sentence assembled in Java, gives way to
 * {@code details}, a JSON object the page renders in the reader's language. Rows written before keep what they said:
 * a status change ("BAKING → DECORATING") becomes {@code {"from", "to"}} like a new one (the tracking page and the
 * digest read it), every other sentence {@code {"text": ...}}, which the page shows as written. Written in Java so H2
 * and PostgreSQL convert alike; about a minute per million rows on PostgreSQL.
 */
public class V37__typed_timeline extends BaseJavaMigration {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Set<String> STATUSES = Set.of("RECEIVED", "AWAITING_DEPOSIT", "CONFIRMED", "BAKING", "DECORATING", "PACKING",
			"READY_FOR_PICKUP", "OUT_FOR_DELIVERY", "COMPLETED", "CANCELLED");
	private static final int BATCH = 1000;

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		try (var alter = connection.createStatement()) {
			alter.execute("alter table order_event add column details varchar(4000)");
		}
		convert(connection);
		try (var alter = connection.createStatement()) {
			alter.execute("alter table order_event drop column detail");
		}
	}

	private static void convert(Connection connection) throws SQLException, JsonProcessingException {
		long after = 0;
		while (true) {
			int read = 0;
			try (var select = connection.prepareStatement(
					"select id, type, detail from order_event where id > ? and detail is not null order by id fetch first " + BATCH + " rows only");
					var update = connection.prepareStatement("update order_event set details = ? where id = ?")) {
				select.setLong(1, after);
				try (var rows = select.executeQuery()) {
					while (rows.next()) {
						read++;
						after = rows.getLong(1);
						update.setString(1, JSON.writeValueAsString(details(rows.getString(2), rows.getString(3))));
						update.setLong(2, after);
						update.addBatch();
					}
				}
				if (read > 0) {
					update.executeBatch();
				}
			}
			if (read < BATCH) {
				return;
			}
		}
	}

	/** What an entry written as a sentence keeps as details. */
	static Map<String, Object> details(String type, String detail) {
		var details = new LinkedHashMap<String, Object>();
		if ("STATUS_CHANGED".equals(type)) {
			var parts = detail.split(" → ");
			if (parts.length == 2 && STATUSES.contains(parts[0].strip()) && STATUSES.contains(parts[1].strip())) {
				details.put("from", parts[0].strip());
				details.put("to", parts[1].strip());
				return details;
			}
		}
		details.put("text", detail.length() <= 1000 ? detail : detail.substring(0, 1000));
		return details;
	}
}
