package org.qualityloop.benchmarks.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.DueCase;

/**
 * The due query of a JDBC store ({@link CaseStore#due}) over a million open cases, of which 101
 * are due at the probe instant: the rows (a case row and a summary row with its due entry per
 * case, due one second apart) are loaded once per trial with set-based {@code INSERT ... SELECT}
 * over a generated series, the database's fast path (no round trip per row), then analysed.
 * The in-memory store's figure is {@code SlaMonitorBenchmark.due100}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreDueBenchmark {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Duration DUE_AFTER = Duration.ofMinutes(90);
    private static final int CHUNK = 100_000;

    /** The store: {@code h2file} or {@code postgresql}. */
    @Param({"h2file", "postgresql"})
    public String store;

    /** How many open cases the database holds. */
    @Param({"1000000"})
    public int cases;

    private Stores stores;
    private Instant probe;

    /** Loads the cases into an empty database, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        stores = Stores.open(store, 2);
        boolean pg = store.equals("postgresql");
        for (int from = 0; from < cases; from += CHUNK) {
            int to = Math.min(cases, from + CHUNK) - 1;
            String series = pg ? "generate_series(" + from + ", " + to + ") AS g(x)"
                    : "SYSTEM_RANGE(" + from + ", " + to + ") AS g(x)";
            String id = pg ? "'case-' || lpad(x::text, 7, '0')" : "'case-' || LPAD(CAST(x AS VARCHAR), 7, '0')";
            String received = pg ? "(TIMESTAMPTZ '2026-03-02 00:00:00+00' + x * INTERVAL '1 second')"
                    : "DATEADD(SECOND, x, TIMESTAMP WITH TIME ZONE '2026-03-02 00:00:00+00')";
            String due = pg ? "(" + received + " + INTERVAL '90 minutes')" : "DATEADD(MINUTE, 90, " + received + ")";
            Stores.execute(stores.dataSource(),
                    "INSERT INTO ql_case (case_id, version) SELECT " + id + ", 3 FROM " + series,
                    "INSERT INTO ql_case_summary (case_id, version, state, is_open, owner_id, team_id, priority,"
                            + " overdue, next_due, claimed_until, due_key, updated_at) SELECT " + id
                            + ", 3, 'REGISTERED', TRUE, 'agent-1', NULL, 'LOW', '', " + due + ", NULL, " + due
                            + ", " + received + " FROM " + series);
        }
        Stores.execute(stores.dataSource(), pg ? "VACUUM ANALYZE" : "ANALYZE");
        probe = T0.plus(DUE_AFTER).plusSeconds(100);
        List<DueCase> due = stores.store().due(probe, cases);
        if (due.size() != 101) {
            throw new IllegalStateException("expected 101 due cases, found " + due.size());
        }
    }

    /** Closes the store and removes its files. */
    @TearDown(Level.Trial)
    public void tearDown() {
        stores.close();
    }

    /**
     * The 100 earliest due cases.
     *
     * @return the due entries
     */
    @Benchmark
    public List<DueCase> due100() {
        List<DueCase> due = stores.store().due(probe, 100);
        if (due.size() != 100) {
            throw new IllegalStateException("expected 100 due cases, found " + due.size());
        }
        return due;
    }
}
