package org.qualityloop.benchmarks.insight;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.insight.ProcessMap;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * Analysing closed cases' histories for dwell times and the process map, per case. The setup
 * builds {@value #CASES} closed histories of the standard lifecycle on a Monday–Friday
 * 09:00–18:00 calendar with holidays (12 to 20 events each: received, registered with its SLA
 * targets, responded, waits on the customer, rectification, resolution, follow-up attempts, a
 * reopening in one case in ten, SLA warnings and breaches); each invocation analyses all of them
 * on one thread, so the score is the time per case and 1,000,000 cases take a million times it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InsightBenchmark {

    static final int CASES = 100_000;

    private static final BusinessCalendar CALENDAR = BusinessCalendar.builder("support", ZoneId.of("Asia/Shanghai"))
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00"))
            .holiday(java.time.MonthDay.of(1, 1)).holiday(java.time.MonthDay.of(10, 1))
            .build();
    private static final FeedbackLifecycle LIFECYCLE = FeedbackLifecycle.standard(CALENDAR);
    private static final AgentId AGENT = AgentId.of("agent-1");
    private static final CaseChange.SlaTargetsSet TARGETS = new CaseChange.SlaTargetsSet(
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.RESOLUTION, Duration.ofHours(16)),
            List.of(new SlaWarning.Share(new BigDecimal("0.75"))), ReopenMode.CONTINUE);

    private final List<List<CaseEvent>> histories = new ArrayList<>(CASES);

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        StageId[] stages = {StageId.of("booking"), StageId.of("approval"), StageId.of("payment"),
            StageId.of("reimbursement")};
        for (int i = 0; i < CASES; i++) {
            histories.add(history(r, i, stages[r.nextInt(stages.length)]));
        }
    }

    /** One closed history: valid under {@code LIFECYCLE} (checked by the behaviour run below). */
    static List<CaseEvent> history(SplittableRandom r, int n, StageId stage) {
        CaseId id = CaseId.of("case-" + n);
        List<CaseEvent> h = new ArrayList<>(20);
        Instant[] t = {Instant.parse("2026-01-05T01:00:00Z").plus(Duration.ofMinutes(r.nextInt(500_000)))};
        Feedback f = Feedback.builder(FeedbackId.of("fb-" + n), Channel.APP, t[0]).build();
        Actor agent = Actor.agent(AGENT);
        h.add(CaseEvent.of(id, 1, CommandId.of("c1"), Actor.system("intake"), t[0],
                new CaseChange.Received(f, Optional.of(stage))));
        java.util.function.BiConsumer<CaseChange, Integer> add = (change, minutes) -> {
            t[0] = t[0].plus(Duration.ofMinutes(minutes));
            int seq = h.size() + 1;
            h.add(CaseEvent.of(id, seq, CommandId.of("c" + seq), agent, t[0], change));
        };
        add.accept(CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, Priority.HIGH, AGENT),
                r.nextInt(120));
        add.accept(TARGETS, 0);
        boolean reopen = r.nextInt(10) == 0;
        for (int cycle = 0; cycle < (reopen ? 2 : 1); cycle++) {
            if (cycle > 0) {
                add.accept(new CaseChange.Reopened("not solved"), r.nextInt(2_000));
                add.accept(CaseChange.Assigned.to(AGENT), r.nextInt(60));
            }
            add.accept(CaseChange.responded(), r.nextInt(240));
            if (r.nextInt(3) == 0) {
                add.accept(CaseChange.awaitingCustomer(), r.nextInt(300));
                add.accept(CaseChange.customerReplied(), r.nextInt(3_000));
            }
            add.accept(CaseChange.customerUpdated(), r.nextInt(600));
            if (r.nextInt(3) == 0) {
                add.accept(new CaseChange.RectificationStarted("fix it"), r.nextInt(600));
            }
            add.accept(CaseChange.Resolved.plain(), r.nextInt(2_000));
            add.accept(CaseChange.followUpStarted(), r.nextInt(3_000));
            if (r.nextInt(4) == 0) {
                add.accept(CaseChange.followUpFailed(), r.nextInt(1_500));
            }
            if (cycle == 0 && reopen) {
                continue;
            }
            add.accept(CaseChange.Confirmed.withSatisfaction(1 + r.nextInt(5)), r.nextInt(1_500));
        }
        return List.copyOf(h);
    }

    /**
     * Dwell times and the process map of every history, one pass each.
     *
     * @return the accumulators, so nothing is optimised away
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public Object dwellAndMap() {
        DwellTimes dwell = DwellTimes.of(LIFECYCLE);
        ProcessMap map = ProcessMap.of(LIFECYCLE);
        for (List<CaseEvent> h : histories) {
            dwell.add(h);
            map.add(h);
        }
        return new Object[] {dwell, map};
    }

    /**
     * Dwell times alone.
     *
     * @return the accumulator
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public DwellTimes dwell() {
        DwellTimes dwell = DwellTimes.of(LIFECYCLE);
        for (List<CaseEvent> h : histories) {
            dwell.add(h);
        }
        return dwell;
    }

    /**
     * The process map alone.
     *
     * @return the accumulator
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public ProcessMap map() {
        ProcessMap map = ProcessMap.of(LIFECYCLE);
        for (List<CaseEvent> h : histories) {
            map.add(h);
        }
        return map;
    }

    /**
     * Checks that every generated history replays on the lifecycle and closes, then prints the
     * ranking and the map once: run before trusting the figures.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        InsightBenchmark b = new InsightBenchmark();
        b.setUp();
        for (List<CaseEvent> h : b.histories.subList(0, 2_000)) {
            if (LIFECYCLE.replay(h).state().isOpen()) {
                throw new IllegalStateException("history of " + h.get(0).caseId() + " does not close");
            }
        }
        DwellTimes dwell = b.dwell();
        dwell.ranking(org.qualityloop.insight.DwellMeasure.TEAM_WORKING)
                .forEach(n -> System.out.println(n.node().name() + " p50 " + n.working().team().p50()));
        System.out.println(b.map().result(100).toMermaid());
    }
}
