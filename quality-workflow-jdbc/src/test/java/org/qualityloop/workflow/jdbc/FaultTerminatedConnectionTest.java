package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.store.CaseStoreException;
import org.qualityloop.workflow.store.UnitOfWork;

/**
 * The server ends the sessions of appends in flight, while their unit of work holds them inside
 * the transaction, or while they wait for a lock another transaction holds, after all their other
 * writes, to take their feed positions or insert their feed entries: on PostgreSQL with
 * {@code pg_terminate_backend}, on H2 with {@code ABORT_SESSION} (which rolls the
 * session's transaction back and closes it; INFORMATION_SCHEMA.SESSIONS shows, in BLOCKER_ID, the
 * session an append waits for). The appends whose sessions ended fail with a
 * {@link CaseStoreException} naming the case and the command and leave nothing behind (no event,
 * snapshot, summary, feed entry, nor the unit of work's own row); the others commit all of it;
 * retrying a failed command with its id then records it once.
 */
class FaultTerminatedConnectionTest {

    private static final int CASES = 8;
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));

    @Test
    void postgres_backendsTerminatedInsideTheUnitOfWork_leaveNoPartialWrite() throws Exception {
        terminateHalf(Server.postgres(), false);
    }

    @Test
    void postgres_backendsTerminatedWaitingForTheFeed_leaveNoPartialWrite() throws Exception {
        terminateHalf(Server.postgres(), true);
    }

    @Test
    void h2_sessionsAbortedInsideTheUnitOfWork_leaveNoPartialWrite() throws Exception {
        terminateHalf(Server.h2(), false);
    }

    @Test
    void h2_sessionsAbortedWaitingForTheFeed_leaveNoPartialWrite() throws Exception {
        terminateHalf(Server.h2(), true);
    }

    /**
     * What differs between the databases: the statements that read a connection's session id
     * on the server, end a session (one parameter, the id; returning whether it ended one), count
     * the sessions still open and those waiting for a lock (one parameter, an array of ids), and
     * lock, in an open transaction, what the appends write last.
     *
     * @param ds the store's database
     * @param admin the same database, for the test's own connections
     * @param sessionId the query of a connection's session id
     * @param terminate the query that ends a session
     * @param open the query that counts the sessions still open
     * @param waiting the query that counts the sessions waiting for a lock
     * @param lockFeed the statement that makes the appends wait after all their other writes
     */
    private record Server(DataSource ds, DataSource admin, String sessionId, String terminate, String open,
            String waiting, String lockFeed) {

        /** A new schema on the configured PostgreSQL server; skips the test without one, unless CI=true. */
        static Server postgres() {
            String schema = Databases.newPostgresSchema();
            String application = "ql-fault-" + schema;
            return new Server(Databases.postgres(schema, Optional.of(application)),
                    Databases.postgres(schema, Optional.empty()),
                    "SELECT pg_backend_pid()",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                            + application + "' AND pid = ?",
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ANY (?)",
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ANY (?) AND wait_event_type = 'Lock'",
                    "LOCK TABLE ql_feed IN SHARE MODE");
        }

        /**
         * A new H2 database in memory (on an H2 file the stores run one write transaction at a
         * time, so appends there never meet inside the database); the appends wait for the row of the feed counter, which they
         * update to take their positions just before inserting their feed entries. H2 fails the
         * statement of a session aborted while it waits as a deadlock (40001); the rollback that
         * follows, on the closed session, fails as the session closed (90121), which the store
         * reports as the connection failing rather than retrying the append.
         */
        static Server h2() {
            DataSource ds = Databases.h2WaitingLong();
            return new Server(ds, ds,
                    "SELECT SESSION_ID()",
                    "SELECT ABORT_SESSION(?)",
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ANY (?)",
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ANY (?)"
                            + " AND BLOCKER_ID IS NOT NULL",
                    "UPDATE ql_feed_counter SET last_position = last_position WHERE id = 1");
        }
    }

    /**
     * Registers every case with a unit of work that writes a row of its own and notes its
     * session; once every append is inside its transaction (held in the unit of work, or, with
     * {@code atLock}, waiting for the lock of {@link Server#lockFeed}, held by another transaction,
     * after all its other writes), the sessions of every other case are ended.
     */
    private static void terminateHalf(Server server, boolean atLock) throws Exception {
        DataSource admin = server.admin();
        JdbcCaseStore store = JdbcCaseStore.builder(server.ds()).snapshotEvery(1).migrate().build();
        CaseService service = CaseService.builder(FaultCrashChild.LIFECYCLE, FaultCrashChild.POLICY,
                Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC)).store(store).build();
        execute(admin, "CREATE TABLE ql_test_work (case_id VARCHAR(128) NOT NULL, command_id VARCHAR(128) NOT NULL,"
                + " PRIMARY KEY (case_id, command_id))");
        List<CaseId> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            CaseId id = CaseId.of("case-" + i);
            service.executeOrThrow(CaseCommand.open(CommandId.of("open-" + i), id, AGENT,
                    Feedback.builder(FeedbackId.of("fb-" + i), Channel.APP, T0).build()));
            ids.add(id);
        }

        Map<CaseId, Integer> sessions = new ConcurrentHashMap<>();
        CountDownLatch inside = new CountDownLatch(CASES);
        CountDownLatch go = new CountDownLatch(1);
        UnitOfWork record = tx -> {
            Connection c = tx.resource(Connection.class).orElseThrow();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO ql_test_work (case_id, command_id) VALUES (?, ?)");
                    Statement s = c.createStatement()) {
                p.setString(1, tx.append().caseId().value());
                p.setString(2, tx.append().commandId().value());
                p.executeUpdate();
                try (ResultSet rs = s.executeQuery(server.sessionId())) {
                    rs.next();
                    sessions.put(tx.append().caseId(), rs.getInt(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        UnitOfWork held = tx -> {
            record.join(tx);
            inside.countDown();
            try {
                if (!go.await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };

        ExecutorService pool = Executors.newFixedThreadPool(CASES);
        List<Future<CommandResult>> results = new ArrayList<>();
        try (Connection c = admin.getConnection()) {
            if (atLock) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute(server.lockFeed());
                }
            }
            for (CaseId id : ids) {
                results.add(pool.submit(() -> service.execute(register(id), atLock ? record : held)));
            }
            if (atLock) {
                awaitWaitingOnALock(server, ids, sessions);
            } else {
                assertThat(inside.await(2, TimeUnit.MINUTES)).as("every append inside its transaction").isTrue();
            }
            List<Integer> terminated = new ArrayList<>();
            try (Connection k = admin.getConnection();
                    PreparedStatement kill = k.prepareStatement(server.terminate())) {
                for (int i = 0; i < CASES; i += 2) {
                    int session = sessions.get(ids.get(i));
                    kill.setInt(1, session);
                    try (ResultSet rs = kill.executeQuery()) {
                        assertThat(rs.next() && rs.getBoolean(1)).as("ended session of %s", ids.get(i)).isTrue();
                    }
                    terminated.add(session);
                }
                awaitGone(server, k, terminated);
            }
            go.countDown();
            if (atLock) {
                c.rollback();
            }

            for (int i = 0; i < CASES; i++) {
                CaseId id = ids.get(i);
                CommandId command = register(id).id();
                if (i % 2 == 0) {
                    assertThat(failureOf(results.get(i))).as("append on a terminated connection, %s", id)
                            .isInstanceOf(CaseStoreException.class)
                            .hasMessageContaining(id.value())
                            .hasMessageContaining(command.value())
                            .hasMessageContaining("the connection failed")
                            .hasMessageContaining("retry with the same command id");
                    assertWrittenEntirely(admin, store, id, command, false);
                } else {
                    CommandResult r = results.get(i).get(1, TimeUnit.MINUTES);
                    assertThat(r).as("%s", id).isInstanceOf(CommandResult.Accepted.class);
                    assertThat(((CommandResult.Accepted) r).retry()).as("retry of %s", id).isFalse();
                    assertWrittenEntirely(admin, store, id, command, true);
                }
            }
        } finally {
            go.countDown();
            pool.shutdownNow();
        }

        // Retrying a failed command with its id records it, once; retrying an accepted one is a retry.
        for (int i = 0; i < CASES; i++) {
            CaseId id = ids.get(i);
            CommandResult r = service.execute(register(id), record);
            assertThat(r).as("retry on %s", id).isInstanceOf(CommandResult.Accepted.class);
            assertThat(((CommandResult.Accepted) r).retry()).as("retry of %s", id).isEqualTo(i % 2 == 1);
            assertWrittenEntirely(admin, store, id, register(id).id(), true);
        }
        assertThat(store.read(0, 1000)).hasSize(CASES * 3);
    }

    /**
     * Polls the server until every append's session waits for a lock, within a generous bound (on
     * a connection of its own: within a transaction, PostgreSQL's pg_stat_activity does not change).
     */
    private static void awaitWaitingOnALock(Server server, List<CaseId> ids, Map<CaseId, Integer> sessions)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Connection c = server.admin().getConnection();
                PreparedStatement p = c.prepareStatement(server.waiting())) {
            while (true) {
                if (sessions.size() == ids.size()) {
                    p.setArray(1, c.createArrayOf("integer", sessions.values().toArray()));
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == ids.size()) {
                            return;
                        }
                    }
                }
                assertThat(System.nanoTime()).as("appends waiting on the lock").isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    private static CaseCommand register(CaseId id) {
        return CaseCommand.of(CommandId.of("reg-" + id.value()), id, 1, AGENT,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of("li")));
    }

    private static Throwable failureOf(Future<CommandResult> f) throws InterruptedException,
            java.util.concurrent.TimeoutException {
        try {
            CommandResult r = f.get(1, TimeUnit.MINUTES);
            throw new AssertionError("expected a failure, but got " + r);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
    }

    /** Polls the server until the ended sessions are gone, within a generous bound. */
    private static void awaitGone(Server server, Connection c, List<Integer> sessions)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (PreparedStatement p = c.prepareStatement(server.open())) {
            p.setArray(1, c.createArrayOf("integer", sessions.toArray()));
            while (true) {
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("ended sessions still open").isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    /**
     * Checks that a case holds either every write of the registration (two events, the case row,
     * snapshot and summary at version 3, two feed entries, the unit of work's row) or none of them
     * (all at version 1).
     */
    private static void assertWrittenEntirely(DataSource admin, JdbcCaseStore store, CaseId id, CommandId command,
            boolean written) throws SQLException {
        long version = written ? 3 : 1;
        String c = id.value();
        assertThat(store.eventsOf(id, command).map(List::size)).as("events of %s on %s", command, id)
                .isEqualTo(written ? Optional.of(2) : Optional.empty());
        assertThat(store.history(id)).as("history of %s", id).hasSize((int) version);
        assertThat(query(admin, "SELECT version FROM ql_case WHERE case_id = ?", c)).as("case row of %s", id)
                .isEqualTo(version);
        assertThat(query(admin, "SELECT version FROM ql_snapshot WHERE case_id = ?", c)).as("snapshot of %s", id)
                .isEqualTo(version);
        assertThat(query(admin, "SELECT version FROM ql_case_summary WHERE case_id = ?", c)).as("summary of %s", id)
                .isEqualTo(version);
        assertThat(query(admin, "SELECT COUNT(*) FROM ql_feed WHERE case_id = ?", c)).as("feed entries of %s", id)
                .isEqualTo(version);
        assertThat(query(admin, "SELECT COUNT(*) FROM ql_test_work WHERE case_id = ?", c))
                .as("the unit of work's row for %s", id).isEqualTo(written ? 1 : 0);
    }

    private static long query(DataSource ds, String sql, String arg) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", arg).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
