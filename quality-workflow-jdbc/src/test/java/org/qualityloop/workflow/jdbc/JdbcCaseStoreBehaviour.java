package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.jdbc.internal.PayloadCodec;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseStoreException;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.UnitOfWork;

/** What the JDBC store does beyond the contract suite, on one database per subclass. */
abstract class JdbcCaseStoreBehaviour {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));

    /** A new, empty database. */
    abstract DataSource dataSource();

    private static Append open(String id, String command, UnitOfWork work) {
        CaseEvent e = CaseEvent.of(CaseId.of(id), 1, CommandId.of(command), AGENT, T0,
                CaseChange.Received.of(Feedback.builder(FeedbackId.of("fb-" + id), Channel.APP, T0).build()));
        FeedbackCase c = LIFECYCLE.open(e);
        return new Append(c.id(), 0, List.of(e), Optional.of(CaseSnapshot.of(c)), CaseSummary.of(c), work);
    }

    private static Append escalated(FeedbackCase current, String command, String reason) {
        CaseEvent e = CaseEvent.of(current.id(), current.version() + 1, CommandId.of(command), AGENT, T0,
                new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), reason));
        FeedbackCase next = LIFECYCLE.apply(current, e);
        return new Append(current.id(), current.version(), List.of(e), Optional.of(CaseSnapshot.of(next)),
                CaseSummary.of(next), UnitOfWork.NONE);
    }

    /**
     * Two appends in flight: A (opening case-a) is held inside its transaction while B (opening
     * case-b) commits. On PostgreSQL A took its position first, so B's later position commits first:
     * a reader must not be given B until A has committed or rolled back, or resuming after B it
     * would skip A. On H2 A takes its position only after B's commit. Either way, a reader that
     * read while A was held and resumes after the last position it was given reads A once it has
     * committed, and nothing of A's once it rolled back.
     */
    @Test
    void read_neverSkipsAnEventCommittedOutOfOrder() throws Exception {
        for (boolean commits : List.of(true, false)) {
            JdbcCaseStore store = JdbcCaseStore.builder(dataSource()).migrate().build();
            java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            UnitOfWork held = tx -> {
                inside.countDown();
                try {
                    assertThat(release.await(1, TimeUnit.MINUTES)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (!commits) {
                    throw new IllegalStateException("A rolls back");
                }
            };
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<AppendResult> a = pool.submit(() -> store.append(open("case-a", "open-a", held)));
                assertThat(inside.await(1, TimeUnit.MINUTES)).isTrue();
                assertThat(store.append(open("case-b", "open-b", UnitOfWork.NONE))).isInstanceOf(AppendResult.Appended.class);

                List<org.qualityloop.workflow.store.StoredEvent> whileHeld = store.read(0, 10);
                if (store.dialect() == Dialect.POSTGRESQL) {
                    assertThat(whileHeld).as("B, committed above A's position, is held back while A runs").isEmpty();
                }
                long resumeAfter = whileHeld.isEmpty() ? 0 : whileHeld.get(whileHeld.size() - 1).position();
                release.countDown();
                if (commits) {
                    assertThat(a.get(1, TimeUnit.MINUTES)).isInstanceOf(AppendResult.Appended.class);
                } else {
                    assertThatThrownBy(() -> a.get(1, TimeUnit.MINUTES)).hasRootCauseMessage("A rolls back");
                }

                List<String> seen = new java.util.ArrayList<>();
                whileHeld.forEach(e -> seen.add(e.event().caseId().value()));
                List<org.qualityloop.workflow.store.StoredEvent> after = store.read(resumeAfter, 10);
                after.forEach(e -> seen.add(e.event().caseId().value()));
                assertThat(seen).as("cases read across the two reads, commits=%s", commits)
                        .containsExactlyInAnyOrderElementsOf(commits ? List.of("case-a", "case-b") : List.of("case-b"));
                List<org.qualityloop.workflow.store.StoredEvent> all = store.read(0, 10);
                assertThat(all).extracting(e -> e.event().caseId().value())
                        .containsExactlyInAnyOrderElementsOf(commits ? List.of("case-a", "case-b") : List.of("case-b"));
                if (store.dialect() == Dialect.POSTGRESQL && commits) {
                    assertThat(all).as("A's position is below B's: B committed out of order")
                            .extracting(e -> e.event().caseId().value()).containsExactly("case-a", "case-b");
                }
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
        }
    }

    /**
     * A database at schema version 2 that holds a feed (as the release before version 3 left it:
     * on PostgreSQL the counter row, no sequence, no transaction ids) is upgraded by
     * {@code migrate()}: the events read back as they were, at the same positions, and the events
     * appended afterwards take positions after them, each event once.
     */
    @Test
    void migrate_fromVersion2HoldingAFeed_keepsItsPositions_andContinuesAfterThem() throws SQLException {
        DataSource ds = dataSource();
        JdbcCaseStore store = JdbcCaseStore.builder(ds).migrate().build();
        FeedbackCase a = LIFECYCLE.open(open("case-a", "open-a", UnitOfWork.NONE).events().get(0));
        assertThat(store.append(open("case-a", "open-a", UnitOfWork.NONE))).isInstanceOf(AppendResult.Appended.class);
        assertThat(store.append(escalated(a, "esc-a", "first"))).isInstanceOf(AppendResult.Appended.class);
        assertThat(store.append(open("case-b", "open-b", UnitOfWork.NONE))).isInstanceOf(AppendResult.Appended.class);
        List<org.qualityloop.workflow.store.StoredEvent> before = store.read(0, 100);
        assertThat(before).hasSize(3);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            if (store.dialect() == Dialect.POSTGRESQL) {
                s.execute("DROP FUNCTION ql_take_positions(INTEGER)");
                s.execute("ALTER TABLE ql_feed DROP COLUMN tx_id");
                s.execute("CREATE TABLE ql_feed_counter (id INTEGER PRIMARY KEY CHECK (id = 1),"
                        + " last_position BIGINT NOT NULL CHECK (last_position >= 0))");
                s.execute("INSERT INTO ql_feed_counter (id, last_position)"
                        + " SELECT 1, COALESCE(MAX(feed_position), 0) FROM ql_feed");
                s.execute("DROP SEQUENCE ql_feed_seq");
            }
            s.execute("DELETE FROM ql_schema_version WHERE version = 3");
        }
        JdbcSchema schema = JdbcSchema.of(ds);
        assertThat(schema.installedVersion()).contains(2);
        assertThatThrownBy(() -> JdbcCaseStore.builder(ds).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at version 2");
        assertThat(schema.migrate()).isEqualTo(1);

        JdbcCaseStore upgraded = JdbcCaseStore.builder(ds).build();
        assertThat(upgraded.read(0, 100)).as("the feed written at version 2, read at version 3").isEqualTo(before);
        FeedbackCase a2 = LIFECYCLE.apply(a, store.history(CaseId.of("case-a")).get(1));
        assertThat(upgraded.append(escalated(a2, "esc-a-2", "second"))).isInstanceOf(AppendResult.Appended.class);
        assertThat(upgraded.append(open("case-c", "open-c", UnitOfWork.NONE))).isInstanceOf(AppendResult.Appended.class);
        List<org.qualityloop.workflow.store.StoredEvent> all = upgraded.read(0, 100);
        assertThat(all).hasSize(5);
        assertThat(all.subList(0, 3)).isEqualTo(before);
        assertThat(all.get(3).position()).as("the first position taken after the upgrade")
                .isGreaterThan(before.get(2).position());
        assertThat(all.get(4).position()).isGreaterThan(all.get(3).position());
        assertThat(all.subList(3, 5)).extracting(e -> e.event().commandId().value())
                .containsExactly("esc-a-2", "open-c");
        assertThat(upgraded.read(before.get(2).position(), 100)).isEqualTo(all.subList(3, 5));
    }

    private static FeedbackCase replay(JdbcCaseStore store, String id) {
        return LIFECYCLE.replay(store.history(CaseId.of(id)));
    }

    @Test
    void load_readsTheKeptSnapshot_andOnlyTheEventsAfterIt() {
        JdbcCaseStore store = JdbcCaseStore.builder(dataSource()).snapshotEvery(1).migrate().build();
        assertThat(store.append(open("snap-1", "open-snap-1", UnitOfWork.NONE)))
                .isInstanceOf(AppendResult.Appended.class);
        FeedbackCase opened = replay(store, "snap-1");
        assertThat(store.append(escalated(opened, "esc-snap-1", "late"))).isInstanceOf(AppendResult.Appended.class);
        StoredCase loaded = store.load(CaseId.of("snap-1")).orElseThrow();
        // The snapshot is read back (on the module path too), so a load costs no replay.
        assertThat(loaded.snapshot()).isPresent();
        assertThat(loaded.snapshot().get().version()).isEqualTo(2);
        assertThat(loaded.events()).isEmpty();
        assertThat(LIFECYCLE.restore(loaded.snapshot().get())).isEqualTo(replay(store, "snap-1"));
    }

    @Test
    void build_withoutTheSchema_namesTheScriptsAndMigrate() {
        DataSource ds = dataSource();
        Dialect dialect = Dialect.detect(ds);
        assertThatThrownBy(() -> JdbcCaseStore.builder(ds).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not installed")
                .hasMessageContaining("JdbcSchema.migrate()")
                .hasMessageContaining(dialect.scriptFolder() + "/V1__case_store.sql");
        JdbcSchema schema = JdbcSchema.of(ds);
        assertThat(schema.installedVersion()).isEmpty();
        assertThat(schema.migrate()).isEqualTo(JdbcSchema.LATEST);
        assertThat(schema.migrate()).isZero();
        assertThat(schema.installedVersion()).contains(JdbcSchema.LATEST);
        schema.check();
    }

    @Test
    void check_olderOrNewerSchema_saysWhichAndWhatToDo() throws SQLException {
        DataSource ds = dataSource();
        JdbcSchema schema = JdbcSchema.of(ds);
        schema.migrate();
        execute(ds, "INSERT INTO ql_schema_version (version, description) VALUES (" + (JdbcSchema.LATEST + 1)
                + ", 'from a later release')");
        assertThatThrownBy(schema::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at version " + (JdbcSchema.LATEST + 1))
                .hasMessageContaining("newer than version " + JdbcSchema.LATEST);
        assertThatThrownBy(schema::migrate).isInstanceOf(IllegalStateException.class).hasMessageContaining("newer");
        execute(ds, "DELETE FROM ql_schema_version");
        execute(ds, "INSERT INTO ql_schema_version (version, description) VALUES (0, 'before the first release')");
        assertThatThrownBy(schema::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at version 0, older than version " + JdbcSchema.LATEST)
                .hasMessageContaining("V1__case_store.sql");
    }

    @Test
    void payload_isStoredAsAJsonObject_notAsAJsonStringHoldingIt() throws SQLException {
        DataSource ds = dataSource();
        JdbcCaseStore store = JdbcCaseStore.builder(ds).migrate().build();
        Append a = open("case-1", "open-1", UnitOfWork.NONE);
        assertThat(store.append(a)).isEqualTo(new AppendResult.Appended());
        String objects = store.dialect() == Dialect.POSTGRESQL
                ? "SELECT COUNT(*) FROM ql_event WHERE jsonb_typeof(payload) = 'object'"
                : "SELECT COUNT(*) FROM ql_event WHERE payload IS JSON OBJECT";
        assertThat(queryLong(ds, objects)).isEqualTo(1);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT payload FROM ql_event")) {
            rs.next();
            String raw = rs.getString(1);
            assertThat(raw).startsWith("{");
            assertThat(PayloadCodec.readEvent(raw)).isEqualTo(a.events().get(0));
        }
    }

    @Test
    void append_textHoldingNul_isRefusedWithoutTheText_andNothingIsWritten() {
        JdbcCaseStore store = JdbcCaseStore.builder(dataSource()).migrate().build();
        store.append(open("case-1", "open-1", UnitOfWork.NONE));
        FeedbackCase current = replay(store, "case-1");
        assertThatThrownBy(() -> store.append(escalated(current, "esc-1", "secret\u0000name")))
                .isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("U+0000")
                .hasMessageContaining("case-1")
                .hasMessageContaining("esc-1")
                .hasMessageNotContaining("secret");
        assertThat(store.history(CaseId.of("case-1"))).hasSize(1);
        assertThat(store.append(escalated(current, "esc-2", "a backslash and u0000 as text: \\u0000")))
                .isEqualTo(new AppendResult.Appended());
        assertThat(store.history(CaseId.of("case-1")).get(1)).isEqualTo(
                escalated(current, "esc-2", "a backslash and u0000 as text: \\u0000").events().get(0));
    }

    @Test
    void append_newCaseRetriedAfterItCommitted_isADuplicate_fromTheUniqueViolation() {
        JdbcCaseStore store = JdbcCaseStore.builder(dataSource()).migrate().build();
        Append a = open("case-1", "open-1", UnitOfWork.NONE);
        assertThat(store.append(a)).isEqualTo(new AppendResult.Appended());
        assertThat(store.append(a)).isEqualTo(new AppendResult.Duplicate(a.events()));
        assertThat(store.append(open("case-1", "open-again", UnitOfWork.NONE)))
                .isEqualTo(new AppendResult.Conflict(0, 1));
        assertThat(store.read(0, 10)).hasSize(1);
    }

    @Test
    void unitOfWork_writesOnTheStoresConnection_andRollsBackWithTheAppend() throws SQLException {
        DataSource ds = dataSource();
        JdbcCaseStore store = JdbcCaseStore.builder(ds).migrate().build();
        execute(ds, "CREATE TABLE payments (case_id VARCHAR(128) PRIMARY KEY, amount INTEGER NOT NULL)");
        UnitOfWork pay = tx -> {
            Connection c = tx.resource(Connection.class).orElseThrow();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO payments (case_id, amount) VALUES (?, 50)")) {
                p.setString(1, tx.append().caseId().value());
                p.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(store.append(open("case-1", "open-1", pay))).isEqualTo(new AppendResult.Appended());
        UnitOfWork payThenFail = tx -> {
            pay.join(tx);
            throw new IllegalStateException("refused by the payment system");
        };
        assertThatThrownBy(() -> store.append(open("case-2", "open-2", payThenFail)))
                .hasMessage("refused by the payment system");
        assertThat(queryLong(ds, "SELECT COUNT(*) FROM payments")).isEqualTo(1);
        assertThat(store.load(CaseId.of("case-2"))).isEmpty();
        assertThat(store.read(0, 10)).hasSize(1);
    }

    @Test
    void commit_onALostConnection_isACaseStoreExceptionNamingTheCaseAndCommand() {
        DataSource ds = dataSource();
        JdbcCaseStore.builder(ds).migrate().build();
        JdbcCaseStore store = JdbcCaseStore.builder(FailingDataSource.failingCommits(ds, "08006", 1)).build();
        assertThatThrownBy(() -> store.append(open("case-1", "open-1", UnitOfWork.NONE)))
                .isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("case-1")
                .hasMessageContaining("open-1")
                .hasMessageContaining("08006")
                .hasMessageContaining("retry with the same command id");
        assertThat(store.history(CaseId.of("case-1"))).isEmpty();
        assertThat(store.append(open("case-1", "open-1", UnitOfWork.NONE))).isEqualTo(new AppendResult.Appended());
    }

    @Test
    void commit_failingOnASerializationFailure_isRetried() {
        DataSource ds = dataSource();
        JdbcCaseStore.builder(ds).migrate().build();
        JdbcCaseStore store = JdbcCaseStore.builder(FailingDataSource.failingCommits(ds, "40001", 2)).build();
        assertThat(store.append(open("case-1", "open-1", UnitOfWork.NONE))).isEqualTo(new AppendResult.Appended());
        assertThat(store.history(CaseId.of("case-1"))).hasSize(1);
        assertThat(store.read(0, 10)).hasSize(1);
        JdbcCaseStore hopeless = JdbcCaseStore.builder(FailingDataSource.failingCommits(ds, "40P01", 3)).build();
        assertThatThrownBy(() -> hopeless.append(open("case-2", "open-2", UnitOfWork.NONE)))
                .isInstanceOf(CaseStoreException.class).hasMessageContaining("case-2").hasMessageContaining("open-2");
        assertThat(store.history(CaseId.of("case-2"))).isEmpty();
    }

    @Test
    void claim_skipsACaseAnotherTransactionHolds_insteadOfWaiting() throws Exception {
        DataSource ds = dataSource();
        JdbcCaseStore store = JdbcCaseStore.builder(ds).migrate().build();
        CaseService service = CaseService.builder(LIFECYCLE, new SlaPolicy("test", List.of(),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1)), List.of(), ReopenMode.RESTART),
                Clock.fixed(T0, ZoneOffset.UTC)).store(store).build();
        long opened = service.executeOrThrow(CaseCommand.open(CommandId.of("open-1"), CaseId.of("case-1"), AGENT,
                Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0).build())).version();
        long version = service.executeOrThrow(CaseCommand.of(CommandId.of("reg-1"), CaseId.of("case-1"), opened, AGENT,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of("li"))))
                .version();
        Instant due = store.nextDue().orElseThrow();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeQuery("SELECT version FROM ql_case_summary WHERE case_id = 'case-1' FOR UPDATE").close();
            }
            Future<Boolean> claimed = pool.submit(() -> store.claim(CaseId.of("case-1"), version, due,
                    due.plusSeconds(60)));
            assertThat(claimed.get(1, TimeUnit.MINUTES)).as("claimed while another transaction holds the row").isFalse();
            other.rollback();
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.claim(CaseId.of("case-1"), version, due, due.plusSeconds(60))).isTrue();
    }

    @Test
    void checkpoint_savedUnderAName_isReadBack() {
        JdbcCaseStore store = JdbcCaseStore.builder(dataSource()).migrate().build();
        assertThat(store.checkpoint("notifier")).isEqualTo(OptionalLong.empty());
        store.saveCheckpoint("notifier", 5);
        store.saveCheckpoint("notifier", 9);
        store.saveCheckpoint("exporter", 2);
        assertThat(store.checkpoint("notifier")).isEqualTo(OptionalLong.of(9));
        assertThat(store.checkpoint("exporter")).isEqualTo(OptionalLong.of(2));
        assertThatThrownBy(() -> store.saveCheckpoint("notifier", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("position must not be negative, but was -1");
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long queryLong(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
