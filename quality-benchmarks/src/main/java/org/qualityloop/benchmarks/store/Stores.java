package org.qualityloop.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.qualityloop.workflow.jdbc.JdbcCaseStore;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * The stores the store benchmarks compare, each empty at the start of a trial: {@code memory}
 * (the in-memory store, the ceiling), {@code h2file} (H2 in a new file in a temporary folder, with
 * {@code WRITE_DELAY=0}, so every commit is written when it returns) and {@code postgresql} (the
 * server named by {@code QUALITYLOOP_PG_URL}, {@code QUALITYLOOP_PG_USER} and
 * {@code QUALITYLOOP_PG_PASSWORD}, as {@code .ci/postgres.sh} exports them; its {@code public}
 * schema is dropped and created again). The JDBC stores sit behind a HikariCP pool.
 */
final class Stores implements AutoCloseable {

    private final CaseStore store;
    private final DataSource dataSource;
    private final HikariDataSource pool;
    private final Path folder;

    private Stores(CaseStore store, DataSource dataSource, HikariDataSource pool, Path folder) {
        this.store = store;
        this.dataSource = dataSource;
        this.pool = pool;
        this.folder = folder;
    }

    /**
     * Opens an empty store.
     *
     * @param name {@code memory}, {@code h2file} or {@code postgresql}
     * @param connections the size of the pool
     * @return the store and what it holds open
     */
    static Stores open(String name, int connections) {
        switch (name) {
            case "memory":
                return new Stores(new InMemoryCaseStore(), null, null, null);
            case "h2file": {
                try {
                    Path folder = Files.createTempDirectory("ql-bench-h2");
                    HikariConfig config = new HikariConfig();
                    config.setDataSource(JdbcCaseStore.h2File(folder.resolve("cases")));
                    return jdbc(config, connections, folder);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot create a temporary folder for H2", e);
                }
            }
            case "postgresql": {
                String url = System.getenv("QUALITYLOOP_PG_URL");
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException("QUALITYLOOP_PG_URL is not set: start a server as .ci/postgres.sh does"
                            + " and export QUALITYLOOP_PG_URL, QUALITYLOOP_PG_USER and QUALITYLOOP_PG_PASSWORD");
                }
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(url);
                config.setUsername(System.getenv("QUALITYLOOP_PG_USER"));
                config.setPassword(System.getenv("QUALITYLOOP_PG_PASSWORD"));
                Stores s = jdbc(config, connections, null);
                return s;
            }
            default:
                throw new IllegalArgumentException("store must be memory, h2file or postgresql, but was " + name);
        }
    }

    private static Stores jdbc(HikariConfig config, int connections, Path folder) {
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setPoolName("bench");
        HikariDataSource pool = new HikariDataSource(config);
        if (folder == null) {
            execute(pool, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
        }
        JdbcCaseStore store = JdbcCaseStore.builder(pool).migrate().build();
        return new Stores(store, pool, pool, folder);
    }

    /** Runs statements, each committed on its own. */
    static void execute(DataSource ds, String... statements) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    CaseStore store() {
        return store;
    }

    /** The database of a JDBC store; the in-memory store has none. */
    DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("the in-memory store has no database");
        }
        return dataSource;
    }

    boolean isJdbc() {
        return dataSource != null;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
