package org.qualityloop.workflow.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.qualityloop.workflow.store.CaseStoreException;

/**
 * The databases {@link JdbcCaseStore} knows, each with its own set of SQL scripts.
 */
public enum Dialect {

    /** PostgreSQL 14 or newer: JSONB payloads, {@code FOR UPDATE SKIP LOCKED}. */
    POSTGRESQL("postgresql"),

    /** H2 2.x, embedded in memory or in a file: JSON payloads, {@code FOR UPDATE SKIP LOCKED}. */
    H2("h2");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /**
     * Returns the folder of this database's scripts in the jar, e.g. {@code db/qualityloop/postgresql}:
     * the location to give Flyway ({@code classpath:db/qualityloop/postgresql}) or Liquibase.
     *
     * @return the folder, without a trailing slash
     */
    public String scriptFolder() {
        return "db/qualityloop/" + folder;
    }

    /**
     * The dialect of a database, from the product name its driver reports.
     *
     * @param dataSource the database, not null
     * @return the dialect
     * @throws IllegalArgumentException when the database is neither PostgreSQL nor H2
     * @throws CaseStoreException when no connection could be had
     */
    public static Dialect detect(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new CaseStoreException("could not connect to detect the database's dialect (SQLState "
                    + e.getSQLState() + ")", e);
        }
        return ofProductName(product);
    }

    /**
     * The dialect of a database product name as JDBC drivers report it ({@code PostgreSQL}, {@code H2}).
     *
     * @param productName the name, not null
     * @return the dialect
     * @throws IllegalArgumentException when the name is neither PostgreSQL nor H2
     */
    public static Dialect ofProductName(String productName) {
        Objects.requireNonNull(productName, "productName");
        String name = productName.trim().toLowerCase(Locale.ROOT);
        if (name.equals("postgresql")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException("productName must be PostgreSQL or H2, but was " + productName);
    }
}
