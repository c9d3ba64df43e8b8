package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.CustomerRef;
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
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseStoreException;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.Erasure;
import org.qualityloop.workflow.store.UnitOfWork;

/** The JDBC store's personal data beyond the erasure contract: its tables, the upgrade to them, and erasure racing an append. */
abstract class JdbcErasureBehaviour {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
    private static final SlaPolicy POLICY = new SlaPolicy("test", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1)), List.of(), ReopenMode.RESTART);

    /** Values no column may hold once erased, each found nowhere else in a test's data. */
    private static final String NAME = "Zyxwname Sentinel";
    private static final String PHONE = "+861390007755";
    private static final String EMAIL = "zyxw.sentinel@example.org";
    private static final String TEXT = "Zyxwtext the sentinel complaint";
    private static final String ANONYMOUS_TEXT = "Zyxwanon sentinel remark";
    private static final List<String> SENTINELS = List.of(NAME, PHONE, EMAIL, TEXT, ANONYMOUS_TEXT);

    /** A new, empty database; on H2 with a lock timeout long enough for an erasure to wait on an append. */
    abstract DataSource dataSource();

    /** How many sessions of the database wait for a lock another holds. */
    abstract long lockWaiters(Connection c) throws SQLException;

    private static CaseService engine(JdbcCaseStore store) {
        return CaseService.builder(LIFECYCLE, POLICY, Clock.fixed(T0, ZoneOffset.UTC)).store(store).build();
    }

    private static Feedback given() {
        return Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0)
                .customer(CustomerRef.of("c-42").withName(NAME).withPhone(PHONE).withEmail(EMAIL)).text(TEXT).build();
    }

    private static void seed(CaseService s) {
        s.executeOrThrow(CaseCommand.open(CommandId.of("open-1"), CaseId.of("case-1"), AGENT, given()));
        s.executeOrThrow(CaseCommand.of(CommandId.of("reg-1"), CaseId.of("case-1"), 1, AGENT,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of("li"))));
        s.executeOrThrow(CaseCommand.open(CommandId.of("open-2"), CaseId.of("case-2"), AGENT,
                Feedback.builder(FeedbackId.of("fb-2"), Channel.KIOSK, T0).text(ANONYMOUS_TEXT).build()));
    }

    /** Every value of every column of every table of the store, as text, with where it is. */
    private static List<String> everyValue(DataSource ds) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            List<String> tables = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), null, new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.toLowerCase(Locale.ROOT).startsWith("ql_")) {
                        tables.add(name);
                    }
                }
            }
            assertThat(tables).as("the tables of the store (no feed counter on PostgreSQL)").hasSizeGreaterThanOrEqualTo(9);
            for (String t : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null) {
                                out.add(t.toLowerCase(Locale.ROOT) + "." + rs.getMetaData().getColumnName(i)
                                        .toLowerCase(Locale.ROOT) + "=" + v);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> holdingSentinels(DataSource ds) throws SQLException {
        return everyValue(ds).stream().filter(v -> SENTINELS.stream().anyMatch(v::contains)).toList();
    }

    @Test
    void personalData_isKeptOnlyInItsOwnTable_andAfterErasureInNoTableAtAll() throws SQLException {
        DataSource ds = dataSource();
        JdbcCaseStore store = JdbcCaseStore.builder(ds).snapshotEvery(1).migrate().build();
        seed(engine(store));
        assertThat(holdingSentinels(ds)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).startsWith("ql_personal_data."));
        assertThat(everyValue(ds)).anyMatch(v -> v.startsWith("ql_snapshot.payload="))
                .anyMatch(v -> v.startsWith("ql_event.payload="));

        assertThat(store.eraseCustomer(CustomerId.of("c-42")).cases()).containsExactly(CaseId.of("case-1"));
        assertThat(holdingSentinels(ds)).isNotEmpty().allSatisfy(v -> assertThat(v).contains(ANONYMOUS_TEXT));
        assertThat(store.eraseCase(CaseId.of("case-2")).cases()).containsExactly(CaseId.of("case-2"));
        assertThat(holdingSentinels(ds)).isEmpty();
        assertThat(everyValue(ds)).contains("ql_case_erased.case_id=case-1", "ql_case_erased.case_id=case-2");
    }

    @Test
    void migrate_fromVersion1_isReportedOlder_thenUpgradesToTheLatest_keepingTheCases() throws SQLException {
        DataSource ds = dataSource();
        Dialect dialect = Dialect.detect(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : JdbcSchema.statements(JdbcSchema.script(dialect, 1))) {
                s.execute(sql);
            }
        }
        JdbcSchema schema = JdbcSchema.of(ds);
        assertThat(schema.installedVersion()).contains(1);
        assertThatThrownBy(() -> JdbcCaseStore.builder(ds).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at version 1, older than version " + JdbcSchema.LATEST)
                .hasMessageContaining(dialect.scriptFolder() + "/V2__personal_data.sql")
                .hasMessageContaining(dialect.scriptFolder() + "/V3__feed_sequence.sql")
                .hasMessageNotContaining("V1__case_store.sql");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ql_case (case_id, version) VALUES ('case-v1', 1)");
        }
        assertThat(schema.migrate()).isEqualTo(JdbcSchema.LATEST - 1);
        assertThat(schema.installedVersion()).contains(JdbcSchema.LATEST);
        assertThat(schema.migrate()).isZero();
        JdbcCaseStore store = JdbcCaseStore.builder(ds).build();
        assertThat(store.eraseCase(CaseId.of("case-v1"))).isEqualTo(Erasure.none());
        seed(engine(store));
        assertThat(store.eraseCustomer(CustomerId.of("c-42")).cases()).containsExactly(CaseId.of("case-1"));
    }

    @Test
    void append_personalDataHoldingNul_isRefusedNamingTheField_notTheValue() {
        JdbcCaseStore store = JdbcCaseStore.builder(dataSource()).migrate().build();
        Feedback f = Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0)
                .customer(CustomerRef.of("c-42").withName("Zyxw\u0000name")).build();
        assertThatThrownBy(() -> engine(store).executeOrThrow(CaseCommand.open(CommandId.of("open-1"),
                CaseId.of("case-1"), AGENT, f)))
                .isInstanceOf(CaseStoreException.class)
                .hasMessageContaining("U+0000").hasMessageContaining("NAME").hasMessageContaining("case-1")
                .hasMessageContaining("open-1").hasMessageNotContaining("Zyxw");
        assertThat(store.history(CaseId.of("case-1"))).isEmpty();
    }

    /**
     * An erasure that meets an append in flight (holding the case's row, with a snapshot full of
     * personal data) waits for it, then erases what it wrote: nothing personal is left.
     */
    @Test
    void eraseCustomer_waitsForAnAppendInFlight_thenErasesWhatItWrote() throws Exception {
        DataSource ds = dataSource();
        JdbcCaseStore store = JdbcCaseStore.builder(ds).snapshotEvery(1).migrate().build();
        CaseService s = engine(store);
        seed(s);
        FeedbackCase read = s.find(CaseId.of("case-1")).orElseThrow();
        CaseEvent e = CaseEvent.of(read.id(), read.version() + 1, CommandId.of("respond-1"), AGENT, T0,
                CaseChange.responded());
        FeedbackCase next = LIFECYCLE.apply(read, e);
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        UnitOfWork hold = tx -> {
            inFlight.countDown();
            try {
                if (!finish.await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the test never let the append finish");
                }
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(x);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<AppendResult> append = pool.submit(() -> store.append(new Append(read.id(), read.version(),
                    List.of(e), Optional.of(CaseSnapshot.of(next)), CaseSummary.of(next), hold)));
            assertThat(inFlight.await(2, TimeUnit.MINUTES)).as("the append reached its unit of work").isTrue();
            Future<Erasure> erasure = pool.submit(() -> store.eraseCustomer(CustomerId.of("c-42")));
            try (Connection c = ds.getConnection()) {
                while (lockWaiters(c) == 0 && !erasure.isDone()) {
                    Thread.sleep(10);
                }
            }
            assertThat(erasure.isDone()).as("the erasure waits for the append holding the case").isFalse();
            finish.countDown();
            assertThat(append.get(2, TimeUnit.MINUTES)).isEqualTo(new AppendResult.Appended());
            assertThat(erasure.get(2, TimeUnit.MINUTES).cases()).containsExactly(CaseId.of("case-1"));
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
        assertThat(store.history(read.id())).hasSize((int) next.version());
        assertThat(store.load(read.id()).orElseThrow().snapshot().map(kept -> kept.feedback().hasPersonalData()))
                .as("a snapshot read back holds no personal data").isNotEqualTo(Optional.of(true));
        assertThat(everyValue(ds)).anyMatch(v -> v.startsWith("ql_snapshot.version=" + next.version()));
        assertThat(s.find(read.id()).orElseThrow().feedback()).isEqualTo(given().erased());
        assertThat(holdingSentinels(ds)).allSatisfy(v -> assertThat(v).contains(ANONYMOUS_TEXT));
    }
}
