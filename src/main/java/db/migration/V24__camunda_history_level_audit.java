package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Camunda's history level goes from {@code full} to {@code audit} (application.yml; docs/design-notes.md): the engine
 * refuses to start when the level it is configured with differs from the one its database recorded, so a database
 * whose engine tables exist already (made before this change) records the new level here, before the engine starts.
 * A new database has no engine tables yet: the engine records {@code audit} itself when it creates them.
 */
public class V24__camunda_history_level_audit extends BaseJavaMigration {

	/** Camunda's id of the history level {@code audit}. */
	static final String AUDIT = "2";

	@Override
	public void migrate(Context context) throws SQLException {
		var connection = context.getConnection();
		var table = engineProperties(connection);
		if (table == null) {
			return;
		}
		try (var update = connection.prepareStatement("update " + table + " set VALUE_ = ? where NAME_ = 'historyLevel'")) {
			update.setString(1, AUDIT);
			update.executeUpdate();
		}
	}

	/** The engine's property table as this database spells it, or null when the engine has not made its tables yet. */
	private static String engineProperties(Connection connection) throws SQLException {
		for (var name : new String[] { "act_ge_property", "ACT_GE_PROPERTY" }) {
			try (var tables = connection.getMetaData().getTables(null, null, name, new String[] { "TABLE" })) {
				if (tables.next()) {
					return name;
				}
			}
		}
		return null;
	}
}
