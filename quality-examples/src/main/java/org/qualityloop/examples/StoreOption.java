package org.qualityloop.examples;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.qualityloop.workflow.jdbc.JdbcCaseStore;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.CaseStoreException;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * The harness's {@code --store}: where a run keeps its feedback cases. {@code memory} (the
 * default), {@code h2:mem} (H2 in memory, a new database per run), {@code h2:<path>} (H2 in a
 * file, {@code <path>.mv.db}) or a PostgreSQL JDBC URL; the user comes from the URL's
 * {@code user} parameter or {@code --db-user}, the password from the environment variable
 * {@value #PASSWORD_VARIABLE}, never from the command line. Nothing printed holds the password or
 * the URL's parameters. A database store is opened on one connection kept for the run (the
 * simulation is single-threaded), its schema installed or upgraded, and must hold no cases yet.
 */
final class StoreOption implements AutoCloseable {

    /** The environment variable the PostgreSQL password is read from. */
    static final String PASSWORD_VARIABLE = "QUALITYLOOP_DB_PASSWORD";

    private enum Kind { MEMORY, H2_MEMORY, H2_FILE, POSTGRESQL }

    private final Kind kind;
    private final String url;
    private final String shown;
    private final Optional<String> user;
    private final Optional<String> password;
    private final List<Connection> opened = new ArrayList<>();

    private StoreOption(Kind kind, String url, String shown, Optional<String> user, Optional<String> password) {
        this.kind = kind;
        this.url = url;
        this.shown = shown;
        this.user = user;
        this.password = password;
    }

    /** The default: a new in-memory store per run. */
    static StoreOption memory() {
        return new StoreOption(Kind.MEMORY, "", "in memory", Optional.empty(), Optional.empty());
    }

    /**
     * Reads the option's value.
     *
     * @param value the value of {@code --store}
     * @param user the value of {@code --db-user}, if given
     * @param password the value of {@value #PASSWORD_VARIABLE}, if set
     * @return the store option
     * @throws IllegalArgumentException with the message to print when the value is not one of the forms
     */
    static StoreOption parse(String value, Optional<String> user, Optional<String> password) {
        if (value.equals("memory")) {
            return memory();
        }
        if (value.equals("h2:mem")) {
            return new StoreOption(Kind.H2_MEMORY, "", "H2 in memory", Optional.empty(), Optional.empty());
        }
        if (value.startsWith("h2:")) {
            String file = value.substring(3);
            if (file.isBlank() || file.contains(";")) {
                throw new IllegalArgumentException("--store h2:<path> needs a file path without ';', but was '" + value
                        + "'");
            }
            Path path = Path.of(file).toAbsolutePath().normalize();
            return new StoreOption(Kind.H2_FILE, "jdbc:h2:file:" + path + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1",
                    "H2 file " + path + ".mv.db", Optional.empty(), Optional.empty());
        }
        if (value.startsWith("jdbc:postgresql://")) {
            int q = value.indexOf('?');
            String base = q < 0 ? value : value.substring(0, q);
            if (q >= 0) {
                for (String p : value.substring(q + 1).split("&")) {
                    if (p.toLowerCase(Locale.ROOT).startsWith("password=")) {
                        throw new IllegalArgumentException("--store must not hold the password: set it in the"
                                + " environment variable " + PASSWORD_VARIABLE + " instead");
                    }
                }
            }
            if (base.length() <= "jdbc:postgresql://".length() || base.endsWith("/") || !base.substring(
                    "jdbc:postgresql://".length()).contains("/")) {
                throw new IllegalArgumentException("--store needs a PostgreSQL URL such as"
                        + " jdbc:postgresql://localhost:5432/qualityloop, but was '" + base + "'");
            }
            return new StoreOption(Kind.POSTGRESQL, value, "PostgreSQL " + base, user, password);
        }
        throw new IllegalArgumentException("--store must be memory, h2:mem, h2:<path> or a URL"
                + " jdbc:postgresql://host:port/database, but was '" + shorten(value) + "'");
    }

    private static String shorten(String value) {
        int q = value.indexOf('?');
        return q < 0 ? value : value.substring(0, q) + "?...";
    }

    /**
     * Whether every run gets a store of its own (in memory), so that the two runs of
     * {@code --improvement} can both use it.
     */
    boolean freshPerRun() {
        return kind == Kind.MEMORY || kind == Kind.H2_MEMORY;
    }

    /** Whether this is the default in-memory store. */
    boolean isMemory() {
        return kind == Kind.MEMORY;
    }

    /** What the store is, safe to print: no password, no URL parameters. */
    String describe() {
        return shown;
    }

    /**
     * Opens the store of one run: migrates the schema and checks that it holds no cases.
     *
     * @return the store
     * @throws Unavailable with a one-line message when it cannot be opened or is not empty
     */
    CaseStore open() {
        if (kind == Kind.MEMORY) {
            return new InMemoryCaseStore();
        }
        // A new in-memory database per run, dropped when its one connection is closed.
        String target = kind == Kind.H2_MEMORY ? "jdbc:h2:mem:harness-" + java.util.UUID.randomUUID() : url;
        Connection c;
        try {
            if (kind == Kind.POSTGRESQL) {
                java.util.Properties p = new java.util.Properties();
                user.ifPresent(u -> p.setProperty("user", u));
                password.ifPresent(pw -> p.setProperty("password", pw));
                c = DriverManager.getConnection(target, p);
            } else {
                c = DriverManager.getConnection(target);
            }
        } catch (SQLException e) {
            throw new Unavailable("cannot connect to the store " + shown + ": " + firstLine(e)
                    + " (SQLState " + e.getSQLState() + ")", e);
        }
        opened.add(c);
        JdbcCaseStore store;
        try {
            store = JdbcCaseStore.builder(new OneConnection(c)).migrate().build();
        } catch (CaseStoreException | IllegalStateException e) {
            throw new Unavailable("cannot open the store " + shown + ": " + e.getMessage(), e);
        }
        if (!store.read(0, 1).isEmpty()) {
            throw new Unavailable("the store " + shown + " already holds cases; the harness needs an empty"
                    + " one: use a new file or an empty database", null);
        }
        return store;
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** Closes the connections the runs opened. */
    @Override
    public void close() {
        for (Connection c : opened) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing at the end of the run: nothing left to protect
            }
        }
        opened.clear();
    }

    /** A store that cannot be opened or is not empty; the message is one line, safe to print. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A data source handing out one connection, kept open: the store's {@code close()} of a
     * connection it borrowed leaves it open for the next command.
     */
    private static final class OneConnection implements DataSource {
        private final Connection proxy;

        OneConnection(Connection connection) {
            InvocationHandler h = (Object self, Method m, Object[] args) -> {
                switch (m.getName()) {
                    case "close":
                        return null;
                    default:
                        try {
                            return m.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                }
            };
            this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, h);
        }

        @Override
        public Connection getConnection() {
            return proxy;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return proxy;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // connected already
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper of " + iface.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
