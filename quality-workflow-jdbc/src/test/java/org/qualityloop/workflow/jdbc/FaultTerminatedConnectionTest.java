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
 * PostgreSQL terminates the connections of appends in flight ({@code pg_terminate_backend}),
 * while their unit of work holds them inside the transaction, or while they wait to insert their
 * feed entries (the table locked by another transaction) after all their other writes: the terminated appends fail with a
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
        terminateHalf(false);
    }

    @Test
    void postgres_backendsTerminatedWaitingForTheFeed_leaveNoPartialWrite() throws Exception {
        terminateHalf(true);
    }

    /**
     * Registers every case with a unit of work that writes a row of its own and notes its
     * backend; once every append is inside its transaction (held in the unit of work, or, with
     * {@code atLock}, waiting to insert its feed entries into {@code ql_feed}, locked by another
     * transaction, after all its other writes), the backends of every other case are terminated.
     */
    private static void terminateHalf(boolean atLock) throws Exception {
        String schema = Databases.newPostgresSchema();
        String application = "ql-fault-" + schema;
        DataSource ds = Databases.postgres(schema, Optional.of(application));
        DataSource admin = Databases.postgres(schema, Optional.empty());
        JdbcCaseStore store = JdbcCaseStore.builder(ds).snapshotEvery(1).migrate().build();
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

        Map<CaseId, Integer> backends = new ConcurrentHashMap<>();
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
                try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    backends.put(tx.append().caseId(), rs.getInt(1));
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
                    s.execute("LOCK TABLE ql_feed IN SHARE MODE");
                }
            }
            for (CaseId id : ids) {
                results.add(pool.submit(() -> service.execute(register(id), atLock ? record : held)));
            }
            if (atLock) {
                awaitWaitingOnALock(admin, ids, backends);
            } else {
                assertThat(inside.await(2, TimeUnit.MINUTES)).as("every append inside its transaction").isTrue();
            }
            List<Integer> terminated = new ArrayList<>();
            try (Connection k = admin.getConnection();
                    PreparedStatement kill = k.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            + " WHERE application_name = ? AND pid = ?")) {
                for (int i = 0; i < CASES; i += 2) {
                    int pid = backends.get(ids.get(i));
                    kill.setString(1, application);
                    kill.setInt(2, pid);
                    try (ResultSet rs = kill.executeQuery()) {
                        assertThat(rs.next() && rs.getBoolean(1)).as("terminated backend of %s", ids.get(i)).isTrue();
                    }
                    terminated.add(pid);
                }
                awaitGone(k, terminated);
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
                    assertThat(r.isAccepted()).as("%s", r).isTrue();
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
     * Polls the server until every append's backend waits on a lock, within a generous bound (on
     * a connection of its own: within a transaction, pg_stat_activity does not change).
     */
    private static void awaitWaitingOnALock(DataSource admin, List<CaseId> ids, Map<CaseId, Integer> backends)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Connection c = admin.getConnection(); PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ANY (?)"
                + " AND wait_event_type = 'Lock'")) {
            while (true) {
                if (backends.size() == ids.size()) {
                    p.setArray(1, c.createArrayOf("integer", backends.values().toArray()));
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

    /** Polls the server until the terminated backends have ended, within a generous bound. */
    private static void awaitGone(Connection c, List<Integer> pids) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
            p.setArray(1, c.createArrayOf("integer", pids.toArray()));
            while (true) {
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("terminated backends still running").isLessThan(deadline);
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
