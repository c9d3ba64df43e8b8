package org.qualityloop.workflow.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.qualityloop.workflow.store.CaseStoreException;

/**
 * The store's tables, installed from versioned SQL scripts shipped in the jar, one set per
 * database: {@code db/qualityloop/postgresql/V1__case_store.sql}, {@code db/qualityloop/h2/V1__case_store.sql},
 * and so on. Flyway or Liquibase users point their tool at the folder
 * ({@link Dialect#scriptFolder()}); everyone else calls {@link #migrate()}. Every script ends by
 * recording its version in the table {@code ql_schema_version}, which {@link #check()} (and so
 * every {@link JdbcCaseStore} being built) reads.
 *
 * <p>Example:
 * <pre>{@code
 * JdbcSchema schema = JdbcSchema.of(dataSource);
 * schema.migrate();          // installs or upgrades; does nothing when up to date
 * }</pre>
 */
public final class JdbcSchema {

    /** The schema version this library reads and writes. */
    public static final int LATEST = 3;

    /**
     * The scripts by version: 1 the case store, 2 personal data kept apart, 3 feed positions from a
     * sequence (PostgreSQL; H2 records the version only).
     */
    private static final String[] SCRIPT_NAMES = {"V1__case_store.sql", "V2__personal_data.sql",
        "V3__feed_sequence.sql"};

    private final DataSource dataSource;
    private final Dialect dialect;

    private JdbcSchema(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * The schema of a database, its dialect detected from the driver.
     *
     * @param dataSource the database, not null
     * @return the schema
     * @throws IllegalArgumentException when the database is neither PostgreSQL nor H2
     * @throws CaseStoreException when no connection could be had
     */
    public static JdbcSchema of(DataSource dataSource) {
        return of(dataSource, Dialect.detect(dataSource));
    }

    /**
     * The schema of a database of a known dialect.
     *
     * @param dataSource the database, not null
     * @param dialect its dialect, not null
     * @return the schema
     */
    public static JdbcSchema of(DataSource dataSource, Dialect dialect) {
        return new JdbcSchema(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Returns the dialect whose scripts this schema runs.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * The resource names of the scripts, in the order they apply, e.g.
     * {@code db/qualityloop/h2/V1__case_store.sql}.
     *
     * @param dialect the database, not null
     * @return the resource names, unmodifiable
     */
    public static List<String> scripts(Dialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        List<String> out = new ArrayList<>();
        for (String name : SCRIPT_NAMES) {
            out.add(dialect.scriptFolder() + "/" + name);
        }
        return List.copyOf(out);
    }

    /**
     * The text of one script, for tools that cannot read the jar's resources themselves (on the
     * module path the folders are not open to other modules).
     *
     * @param dialect the database, not null
     * @param version the schema version the script installs, from 1 to {@link #LATEST}
     * @return the script's SQL
     * @throws IllegalArgumentException when there is no such version
     */
    public static String script(Dialect dialect, int version) {
        Objects.requireNonNull(dialect, "dialect");
        if (version < 1 || version > LATEST) {
            throw new IllegalArgumentException("version must be between 1 and " + LATEST + ", but was " + version);
        }
        String name = scripts(dialect).get(version - 1);
        try (InputStream in = JdbcSchema.class.getModule().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the script " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the script " + name + " could not be read", e);
        }
    }

    /**
     * The schema version installed: the highest version recorded in {@code ql_schema_version}.
     *
     * @return the version, or empty when the schema is not installed
     * @throws CaseStoreException when the database could not be read
     */
    public Optional<Integer> installedVersion() {
        try (Connection c = dataSource.getConnection()) {
            return installedVersion(c);
        } catch (SQLException e) {
            throw new CaseStoreException("could not read the schema version (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private static Optional<Integer> installedVersion(Connection c) throws SQLException {
        if (!tableExists(c)) {
            return Optional.empty();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM ql_schema_version")) {
            rs.next();
            int v = rs.getInt(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(v);
        }
    }

    private static boolean tableExists(Connection c) throws SQLException {
        for (String name : new String[] {"ql_schema_version", "QL_SCHEMA_VERSION"}) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase(c.getSchema())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Checks that the installed schema is the one this library needs.
     *
     * @throws IllegalStateException when the schema is not installed, older (naming the scripts
     *     to apply, or {@link #migrate()}) or newer (naming the version of this library to upgrade)
     * @throws CaseStoreException when the database could not be read
     */
    public void check() {
        Optional<Integer> installed = installedVersion();
        if (installed.isEmpty()) {
            throw new IllegalStateException("the case store's schema is not installed in this " + dialect
                    + " database: call JdbcSchema.migrate() (or JdbcCaseStore.Builder.migrate()), or apply "
                    + scripts(dialect) + " with your migration tool");
        }
        int v = installed.get();
        if (v < LATEST) {
            throw new IllegalStateException("the case store's schema is at version " + v + ", older than version "
                    + LATEST + " that this library needs: call JdbcSchema.migrate(), or apply "
                    + scripts(dialect).subList(v, LATEST) + " with your migration tool");
        }
        if (v > LATEST) {
            throw new IllegalStateException("the case store's schema is at version " + v + ", newer than version "
                    + LATEST + " that this library knows: use the version of quality-workflow-jdbc that installed it,"
                    + " or a later one");
        }
    }

    /**
     * Installs the schema, or upgrades it to {@link #LATEST}, running each missing script in its
     * own transaction (on PostgreSQL under an advisory lock, so that instances starting together
     * migrate once); does nothing when the schema is up to date.
     *
     * @return the number of scripts applied
     * @throws IllegalStateException when the installed schema is newer than this library knows
     * @throws CaseStoreException when a script failed; on PostgreSQL it was rolled back, on H2
     *     (whose DDL commits at once) the tables it created may remain
     */
    public int migrate() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            try {
                c.setAutoCommit(false);
                if (dialect == Dialect.POSTGRESQL) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT pg_advisory_xact_lock(7163021584)");
                    }
                }
                int from = installedVersion(c).orElse(0);
                if (from > LATEST) {
                    c.rollback();
                    check();
                }
                int applied = 0;
                for (int v = from + 1; v <= LATEST; v++) {
                    try (Statement s = c.createStatement()) {
                        for (String sql : statements(script(dialect, v))) {
                            s.execute(sql);
                        }
                    }
                    applied++;
                }
                c.commit();
                return applied;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new CaseStoreException("could not migrate the case store's schema (SQLState " + e.getSQLState() + ")",
                    e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the first error is the one to report
        }
    }

    /**
     * Splits a script into statements: each ends with a semicolon at the end of a line, outside a
     * {@code $$} quoted body; comments dropped.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || (!quoted && trimmed.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            if (line.split("\\$\\$", -1).length % 2 == 0) {
                quoted = !quoted;
            }
            if (!quoted && trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("a script must end each statement with a semicolon, but ended with "
                    + current.toString().strip());
        }
        return out;
    }

    @Override
    public String toString() {
        return "JdbcSchema[" + dialect + ", latest=" + LATEST + "]";
    }
}
