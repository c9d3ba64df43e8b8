package org.qualityloop.benchmarks.engine;

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
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import java.util.Optional;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.UnitOfWork;

/**
 * The in-memory store's SLA due index holding a million open cases (registered one per second
 * over 11.6 days on a 24×7 calendar, each with first-response, resolution, warnings): finding the
 * 100 cases due at an instant, and re-indexing a case's due instant. A scan over all cases would
 * cost milliseconds; the ordered index costs a search and k steps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlaMonitorBenchmark {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    /** How many open cases the store holds. */
    @Param({"1000000"})
    public int cases;

    private InMemoryCaseStore store;
    private FeedbackCase[] versions;
    private FeedbackCase[] updated;
    private Instant[] probes;
    private int next;
    private int flip;

    /** Appends the cases to the store; about ten seconds for a million. */
    @Setup(Level.Trial)
    public void setUp() {
        FeedbackLifecycle lifecycle = FeedbackLifecycle.standard(Calendars.named("24x7"));
        store = new InMemoryCaseStore();
        CaseChange.SlaTargetsSet targets = new CaseChange.SlaTargetsSet(Calendars.policy().defaults(),
                Calendars.policy().warnings(), Calendars.policy().reopen());
        CaseChange registered = CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR, Priority.LOW,
                AgentId.of("agent-1"));
        Actor actor = Actor.system("bench");
        CommandId c1 = CommandId.of("c1");
        CommandId c2 = CommandId.of("c2");
        CommandId c3 = CommandId.of("c3");
        versions = new FeedbackCase[1024];
        updated = new FeedbackCase[1024];
        for (int i = 0; i < cases; i++) {
            Instant at = T0.plusSeconds(i);
            CaseId id = CaseId.of("case-" + i);
            List<CaseEvent> events = List.of(
                    CaseEvent.of(id, 1, c1, actor, at,
                            CaseChange.Received.of(Feedback.builder(FeedbackId.of("fb-" + i), Channel.APP, at).build())),
                    CaseEvent.of(id, 2, c2, actor, at, registered),
                    CaseEvent.of(id, 3, c2, actor, at, targets));
            FeedbackCase opened = lifecycle.open(events.get(0));
            FeedbackCase c = lifecycle.replay(events);
            store.append(new Append(id, 0, events.subList(0, 1), Optional.of(CaseSnapshot.of(opened)),
                    CaseSummary.of(opened), UnitOfWork.NONE));
            store.append(new Append(id, 1, events.subList(1, 3), Optional.of(CaseSnapshot.of(c)), CaseSummary.of(c),
                    UnitOfWork.NONE));
            if (i % (cases / 1024) == 0 && i / (cases / 1024) < 1024) {
                int slot = i / (cases / 1024);
                versions[slot] = c;
                updated[slot] = lifecycle.apply(c, CaseEvent.of(id, 4, c3, actor, at.plusSeconds(60),
                        CaseChange.responded()));
            }
        }
        // Probe instants where at least 100 first-response warnings (75 % of 2 h: 1.5 h after
        // receipt) are due, spread over the range.
        probes = new Instant[1024];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = T0.plus(Duration.ofMinutes(90)).plusSeconds(200L + (long) i * (cases / 1024));
        }
    }

    /**
     * Finds 100 due cases.
     *
     * @return the due entries
     */
    @Benchmark
    public List<DueCase> due100() {
        List<DueCase> due = store.due(probes[next++ & 1023], 100);
        if (due.size() != 100) {
            throw new IllegalStateException("expected 100 due cases, found " + due.size());
        }
        return due;
    }

    /**
     * Re-indexes a case's due instant: removes its old key, adds the new one (the instant a
     * responded version of the case would have, and back on the next call).
     *
     * @return the number of cases held
     */
    @Benchmark
    public int track() {
        int i = next++ & 1023;
        FeedbackCase c = (flip++ & 1) == 0 ? updated[i] : versions[i];
        store.release(versions[i].id(), versions[i].version(), c.nextSlaAlert());
        return store.size();
    }
}
