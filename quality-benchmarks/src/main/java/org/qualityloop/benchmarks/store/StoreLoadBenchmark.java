package org.qualityloop.benchmarks.store;

import java.time.Clock;
import java.time.ZoneOffset;
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
import org.qualityloop.benchmarks.engine.Calendars;
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
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/**
 * Loading a case with 200 events: through its snapshot (the store's latest kept snapshot, taken
 * every ten events, and the events after it, folded: {@link CaseService#find}) versus by replaying
 * its whole history ({@link FeedbackLifecycle#replay(List)} of {@link CaseService#history}). The
 * case is opened, registered and responded to, then updated for the customer until it has 200
 * events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreLoadBenchmark {

    private static final int EVENTS = 200;

    /** The store: {@code memory}, {@code h2file} or {@code postgresql}. */
    @Param({"memory", "h2file", "postgresql"})
    public String store;

    private Stores stores;
    private CaseService service;
    private FeedbackLifecycle lifecycle;
    private final CaseId id = CaseId.of("case-200");

    /** Writes the case, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        stores = Stores.open(store, 2);
        lifecycle = FeedbackLifecycle.standard(Calendars.named("24x7"));
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        Clock clock = Clock.fixed(start, ZoneOffset.UTC);
        service = CaseService.builder(lifecycle, Calendars.policy(), clock).store(stores.store()).build();
        Actor agent = Actor.agent(AgentId.of("agent-1"));
        int n = 0;
        long v = accepted(service.execute(CaseCommand.open(CommandId.of("c" + n++), id, agent,
                Feedback.builder(FeedbackId.of("fb-200"), Channel.APP, start).build())));
        v = accepted(service.execute(CaseCommand.of(CommandId.of("c" + n++), id, v, agent,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR, Priority.LOW,
                        AgentId.of("agent-1")))));
        v = accepted(service.execute(CaseCommand.of(CommandId.of("c" + n++), id, v, agent, CaseChange.responded())));
        while (v < EVENTS) {
            v = accepted(service.execute(CaseCommand.of(CommandId.of("c" + n++), id, v, agent,
                    CaseChange.customerUpdated())));
        }
        if (v != EVENTS || snapshot().version() != replay().version()
                || !snapshot().state().equals(replay().state())) {
            throw new IllegalStateException("expected a case of " + EVENTS + " events loading the same both ways, got "
                    + v + " events");
        }
    }

    private static long accepted(CommandResult r) {
        if (!(r instanceof CommandResult.Accepted a)) {
            throw new IllegalStateException("not accepted: " + r);
        }
        return a.version();
    }

    /** Closes the store and removes its files. */
    @TearDown(Level.Trial)
    public void tearDown() {
        stores.close();
    }

    /**
     * Loads the case through its snapshot and the events after it.
     *
     * @return the case
     */
    @Benchmark
    public FeedbackCase snapshot() {
        return service.find(id).orElseThrow();
    }

    /**
     * Loads the case by reading and replaying all its events.
     *
     * @return the case
     */
    @Benchmark
    public FeedbackCase replay() {
        List<CaseEvent> history = service.history(id);
        return lifecycle.replay(history);
    }
}
