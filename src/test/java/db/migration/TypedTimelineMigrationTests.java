package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timelines written before V37 keep what they said: a database at V36 with sentences in {@code detail} (more rows
 * than one batch) migrates to {@code details} JSON, status changes as {@code from}/{@code to}, the rest as text.
 */
class TypedTimelineMigrationTests {

	@Test
	void sentencesOfOldEntriesBecomeDetailsAndStatusChangesBecomeFromAndTo() throws Exception {
		var h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:v37-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		var flyway = Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:db/vendor/h2");
		flyway.target("36").load().migrate();
		var jdbc = JdbcClient.create(h2);
		jdbc.sql("set referential_integrity false").update();
		for (int i = 0; i < 2_345; i++) {
			jdbc.sql("insert into order_event (order_id, at, type, actor, detail) values (?, current_timestamp, ?, 'clerk', ?)").param(1 + i % 7)
				.param(i % 3 == 0 ? "STATUS_CHANGED" : "PAYMENT_RECEIVED").param(i % 3 == 0 ? "BAKING → DECORATING" : "¥66.00 CASH; paid ¥66.00 of ¥228.00")
				.update();
		}
		jdbc.sql("insert into order_event (order_id, at, type, actor, detail) values (1, current_timestamp, 'CUSTOMER_UPDATED', 'system', null)").update();
		jdbc.sql("insert into order_event (order_id, at, type, actor, detail) values (1, current_timestamp, 'STATUS_CHANGED', 'x', 'odd → text → here')")
			.update();

		flyway.target("37").load().migrate();

		var json = new ObjectMapper();
		var rows = jdbc.sql("select type, details from order_event order by id").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2) == null
				? Map.of() : read(json, rs.getString(2)))).list();
		assertThat(rows).hasSize(2_347);
		assertThat(rows.get(0).getValue()).isEqualTo(Map.of("from", "BAKING", "to", "DECORATING"));
		assertThat(rows.get(1).getValue()).isEqualTo(Map.of("text", "¥66.00 CASH; paid ¥66.00 of ¥228.00"));
		assertThat(rows.get(2_343).getValue()).as("the last of the third batch").isNotEmpty();
		assertThat(rows.get(2_345).getValue()).as("an entry without a sentence").isEmpty();
		assertThat(rows.get(2_346).getValue()).as("not two statuses: kept as text").isEqualTo(Map.of("text", "odd → text → here"));
		assertThat(rows.stream().filter(r -> r.getValue().isEmpty())).hasSize(1);
		assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_name) = 'order_event' and lower(column_name) = 'detail'")
			.query(Integer.class).single()).as("the sentence column is gone").isZero();
	}

	private static Map<?, ?> read(ObjectMapper json, String text) {
		try {
			return json.readValue(text, Map.class);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(text, e);
		}
	}
}
