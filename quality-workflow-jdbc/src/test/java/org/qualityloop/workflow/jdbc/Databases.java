package org.qualityloop.workflow.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases of the tests: a new H2 database in memory per call, H2 in a file, and a new
 * schema on the PostgreSQL server named by {@code QUALITYLOOP_PG_URL} (with {@code QUALITYLOOP_PG_USER} and
 * {@code QUALITYLOOP_PG_PASSWORD}; system properties {@code qualityloop.pg.url} and so on take
 * precedence). Without a server the PostgreSQL tests are skipped, except under {@code CI=true},
 * where they fail.
 */
final class Databases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private Databases() {
    }

    /** A new, empty H2 database in memory. */
    static DataSource h2() {
        return JdbcCaseStore.h2InMemory("ql-test-" + COUNTER.incrementAndGet());
    }

    /**
     * A new, empty H2 database in memory, with a lock timeout of two minutes rather than H2's one
     * second: for tests whose transactions wait for each other on a loaded machine.
     */
    static DataSource h2WaitingLong() {
        return new UrlDataSource("jdbc:h2:mem:ql-test-" + COUNTER.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=120000", new Properties());
    }

    private static Optional<String> setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /**
     * A new, empty schema on the configured PostgreSQL server; skips the test (or fails it under
     * CI) when none is configured.
     */
    static DataSource postgres() {
        return postgres(newPostgresSchema(), Optional.empty());
    }

    /**
     * Creates a new, empty schema on the configured PostgreSQL server and returns its name; skips
     * the test (or fails it under CI) when none is configured.
     */
    static String newPostgresSchema() {
        String url = postgresUrl();
        DataSource admin = dataSource(url, Optional.empty(), Optional.empty());
        String schema = "ql_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + schema + " on " + url, e);
        }
        return schema;
    }

    /**
     * A data source on a schema of the configured PostgreSQL server, its connections named
     * {@code applicationName} when given (as {@code pg_stat_activity} shows them).
     */
    static DataSource postgres(String schema, Optional<String> applicationName) {
        return dataSource(postgresUrl(), Optional.of(schema), applicationName);
    }

    /** A data source on the configured PostgreSQL server's database, without a schema of its own. */
    static DataSource postgresAdmin() {
        return dataSource(postgresUrl(), Optional.empty(), Optional.empty());
    }

    private static String postgresUrl() {
        Optional<String> url = setting("qualityloop.pg.url", "QUALITYLOOP_PG_URL");
        if (url.isEmpty()) {
            String why = "PostgreSQL tests skipped: set QUALITYLOOP_PG_URL, QUALITYLOOP_PG_USER and"
                    + " QUALITYLOOP_PG_PASSWORD (.ci/run starts a server and sets them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no PostgreSQL server is configured: " + why);
            }
            if (TOLD.compareAndSet(false, true)) {
                System.err.println(why);
            }
            Assumptions.abort(why);
        }
        return url.get();
    }

    private static DataSource dataSource(String url, Optional<String> schema, Optional<String> applicationName) {
        Properties p = new Properties();
        setting("qualityloop.pg.user", "QUALITYLOOP_PG_USER").ifPresent(v -> p.setProperty("user", v));
        setting("qualityloop.pg.password", "QUALITYLOOP_PG_PASSWORD").ifPresent(v -> p.setProperty("password", v));
        schema.ifPresent(v -> p.setProperty("currentSchema", v));
        applicationName.ifPresent(v -> p.setProperty("ApplicationName", v));
        return new UrlDataSource(url, p);
    }
}
