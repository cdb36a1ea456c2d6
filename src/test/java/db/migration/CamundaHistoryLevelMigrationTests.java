package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The move to history level audit: a database made at full records audit; a new database (no engine tables yet) is left alone. */
class CamundaHistoryLevelMigrationTests {

	@Test
	void aDatabaseMadeAtFullRecordsAudit() throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:h2:mem:history-level-full")) {
			connection.createStatement().execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
			connection.createStatement().execute("insert into ACT_GE_PROPERTY values ('historyLevel', '3', 1), ('schema.version', 'fox', 1)");
			new V24__camunda_history_level_audit().migrate(context(connection));
			var level = connection.createStatement().executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'");
			level.next();
			assertThat(level.getString(1)).isEqualTo("2");
			var other = connection.createStatement().executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'");
			other.next();
			assertThat(other.getString(1)).isEqualTo("fox");
		}
	}

	@Test
	void aNewDatabaseWithoutEngineTablesIsLeftAlone() throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:h2:mem:history-level-new")) {
			new V24__camunda_history_level_audit().migrate(context(connection));
			assertThat(connection.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null).next()).isFalse();
		}
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}
}
