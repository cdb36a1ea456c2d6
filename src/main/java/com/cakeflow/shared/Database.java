package com.cakeflow.shared;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The database CakeFlow runs on, for the few statements whose portable form is not good enough (upserts). */
public enum Database {

	POSTGRESQL, H2;

	/** Reads the product name once from the data source's metadata. */
	public static Database of(DataSource dataSource) {
		try {
			String name = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
			return name != null && name.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
		}
		catch (MetaDataAccessException unreadable) {
			throw new IllegalStateException("cannot tell which database this is", unreadable);
		}
	}
}
