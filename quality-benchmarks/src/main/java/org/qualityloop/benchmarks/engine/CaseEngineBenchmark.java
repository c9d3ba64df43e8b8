package org.qualityloop.benchmarks.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/**
 * The case engine driving one new case through the full closed loop — open, register (the engine
 * adds the SLA targets), respond, start rectification, resolve, start the follow-up, confirm:
 * 7 commands recording 8 events, each with its history entry, SLA clocks on the calendar, the
 * in-memory store's optimistic-concurrency append with the case's snapshot, summary and SLA due
 * entry. Scores are
 * per event ({@code @OperationsPerInvocation(8)}).
 *
 * <p>Cases start at instants spread over a year, so that on the office calendar the loop crosses
 * nights, weekends and holidays. {@code retained} is how many cases the in-memory store
 * holds before the benchmark starts a new service: {@code 1000} measures the engine with a
 * working set of a thousand cases; {@code all} keeps every case of the iteration (well over a
 * hundred thousand), so the score also carries the garbage collector's cost of a heap that grows
 * with histories, which a persistent store would keep out of the heap.
 *
 * <p>The forked JVM runs with a heap of a fixed size, committed and touched before the run
 * ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}), as a server that keeps its cases in memory is
 * run. With the default heap, which starts at a 64th of the machine's memory and grows as the
 * retained cases push the collector's time over its goal, the {@code all} row also measures how
 * fast the operating system hands the JVM fresh pages: on the 2-vCPU virtual machine of
 * {@code docs/benchmarks.md} a page's first touch costs about 12 µs (touching 6 GiB takes 19 s),
 * some fifty times a bare-metal Linux, and that, not the engine, made most of the row's score and
 * nearly all of its error. Two gigabytes hold several iterations of retained cases; the
 * {@code 1000} row does not depend on the heap's size. {@code -jvmArgsAppend} on the command
 * line replaces these options, to measure with the default heap.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CaseEngineBenchmark {

    private static final int EVENTS = 8;
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final AgentId OWNER = AgentId.of("agent-1");
    private static final CommandId[] IDS = new CommandId[7];

    static {
        for (int i = 0; i < IDS.length; i++) {
            IDS[i] = CommandId.of("c" + i);
        }
    }

    /** The calendar the SLA clocks are measured on. */
    @Param({"24x7", "office"})
    public String calendar;

    /** How many cases a service holds before the next one starts: a number, or {@code all}. */
    @Param({"1000", "all"})
    public String retained;

    private long perService;

    private FeedbackLifecycle lifecycle;
    private CaseService service;
    private MovableClock clock;
    private final Instant base = Instant.parse("2026-01-05T08:00:00Z");
    private final CaseChange registered = CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE,
            Severity.MAJOR, Priority.HIGH, OWNER);
    private final CaseChange rectify = new CaseChange.RectificationStarted("fix the page");
    private final CaseChange resolved = CaseChange.Resolved.plain();
    private final CaseChange confirmed = CaseChange.Confirmed.withSatisfaction(5);
    private long n;

    /** Builds the lifecycle once. */
    @Setup(Level.Trial)
    public void setUpTrial() {
        BusinessCalendar cal = Calendars.named(calendar);
        lifecycle = FeedbackLifecycle.standard(cal);
        perService = retained.equals("all") ? Long.MAX_VALUE : Long.parseLong(retained);
    }

    /** A fresh service (and store) per iteration. */
    @Setup(Level.Iteration)
    public void setUpIteration() {
        clock = new MovableClock(base);
        service = CaseService.builder(lifecycle, Calendars.policy(), clock).build();
    }

    private long send(CaseId id, int command, long version, CaseChange change) {
        clock.advance(Duration.ofMinutes(25));
        CommandResult r = service.execute(CaseCommand.of(IDS[command], id, version, AGENT, change));
        if (!(r instanceof CommandResult.Accepted a)) {
            throw new IllegalStateException(r.toString());
        }
        return a.version();
    }

    /**
     * One case through the whole loop.
     *
     * @return the final version, so the work is not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long fullLoop() {
        long k = n++;
        if (k % perService == 0 && k > 0) {
            service = CaseService.builder(lifecycle, Calendars.policy(), clock).build();
        }
        Instant start = base.plus(Duration.ofMinutes((k & 1023) * 509L));
        clock.set(start);
        CaseId id = CaseId.of("case-" + k);
        Feedback f = Feedback.builder(FeedbackId.of("fb-" + k), Channel.APP, start).build();
        service.execute(CaseCommand.open(IDS[0], id, AGENT, f));
        long v = send(id, 1, 1, registered);
        v = send(id, 2, v, CaseChange.responded());
        v = send(id, 3, v, rectify);
        v = send(id, 4, v, resolved);
        v = send(id, 5, v, CaseChange.followUpStarted());
        return send(id, 6, v, confirmed);
    }
}
