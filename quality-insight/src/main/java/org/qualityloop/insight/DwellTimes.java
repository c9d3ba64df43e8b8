package org.qualityloop.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.model.StageId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * Where time goes: the dwell time of every visit of a case to a lifecycle state, per state and per
 * process stage, in wall-clock time and in working time on a business calendar, each split into
 * waiting on the team and waiting on the customer, with percentiles ({@link TimeDistribution}:
 * exact up to 64 visits, within 1 % above). {@link #bottleneck(DwellMeasure)} names the slowest
 * state and tests it against the others.
 *
 * <p><b>What a visit is.</b> A history enters a state at the event that leads to it and leaves it
 * at the next event leading elsewhere (changes that keep the state, such as an assignment or an
 * SLA alert, do not end the visit). The visit's customer part is the time between
 * {@code AWAIT_CUSTOMER} and the {@code CUSTOMER_REPLIED} or resolution that ends the wait; the
 * team part is the rest. Only visits of open states that ended are counted: the time a case spent
 * closed before being reopened is not handling time, and the last state of a case still open has
 * no end yet. The states come from the event types as the lifecycle's transition table gives them
 * ({@code FOLLOW_UP_FAILED} closes the case on the last of its follow-up attempts), so histories
 * are taken as valid, as the engine records them; nothing is folded, no SLA clock is computed.
 * Times are whole milliseconds ({@link Duration#toMillis()}).
 *
 * <p><b>Stages.</b> When a case's received change names a stage of the service process, its
 * visits are also counted under that stage ({@link #byStage()}), so each stage has its own
 * per-state dwell times.
 *
 * <p><b>Merging.</b> {@link #merge} adds another accumulator's visits: any split of the same
 * histories, accumulated apart and merged in any order, equals the accumulator of all of them
 * ({@code equals} holds). Accumulators merge only when they measure on the same calendar (same
 * name, zone, hours and exceptions) with the same number of follow-up attempts.
 *
 * <p>Mutable and not thread-safe, like every accumulator of {@code quality-metrics}: confine an
 * instance to a thread and merge the partials.
 */
public final class DwellTimes implements Mergeable<DwellTimes> {

    private static final CaseState[] STATES = CaseState.values();

    private final BusinessCalendar calendar;
    private final int maxFollowUpAttempts;
    /** The calendar's working time as a cumulative clock: a cache, not part of the value. */
    private final WorkingClock clock;
    /** The visits of cases without a stage; those of the others are under their stage only. */
    private final Times[] noStage = new Times[STATES.length];
    private final Map<StageId, Times[]> byStage = new TreeMap<>();
    private long cases;

    /**
     * Creates an empty accumulator.
     *
     * @param calendar the business calendar working time is measured on, not null
     * @param maxFollowUpAttempts the follow-up attempts of the lifecycle that wrote the histories,
     *     at least 1 (a failed attempt closes the case on the last one)
     * @throws IllegalArgumentException when {@code maxFollowUpAttempts} is below 1
     */
    public DwellTimes(BusinessCalendar calendar, int maxFollowUpAttempts) {
        this.calendar = Checks.notNull(calendar, "calendar");
        this.clock = new WorkingClock(calendar);
        if (maxFollowUpAttempts < 1) {
            throw new IllegalArgumentException("maxFollowUpAttempts must be at least 1, but was " + maxFollowUpAttempts);
        }
        this.maxFollowUpAttempts = maxFollowUpAttempts;
    }

    /**
     * Creates an empty accumulator measuring on a lifecycle's latest calendar, with its
     * follow-up attempts.
     *
     * @param lifecycle the lifecycle that wrote the histories, not null
     * @return the accumulator
     */
    public static DwellTimes of(FeedbackLifecycle lifecycle) {
        Checks.notNull(lifecycle, "lifecycle");
        return new DwellTimes(lifecycle.calendar(), lifecycle.maxFollowUpAttempts());
    }

    /**
     * Adds the visits of one case's history.
     *
     * @param history the events in sequence order, starting with the received change; not empty
     * @throws IllegalArgumentException when the history is empty, does not start with a received
     *     change, holds a null, or an event is earlier than the one before it; nothing is added then
     */
    public void add(List<CaseEvent> history) {
        CaseChange.Received received = CasePath.opening(history);
        CasePath.checkOrder(history);
        Optional<StageId> stage = received.stage();
        Times[] nodes = stage.isEmpty() ? noStage : byStage.computeIfAbsent(stage.get(), k -> new Times[STATES.length]);
        cases++;
        CaseState state = CaseState.RECEIVED;
        Instant entered = history.get(0).at();
        Instant awaitingSince = null;
        long customerWall = 0;
        long customerWorking = 0;
        int failed = 0;
        for (int i = 1; i < history.size(); i++) {
            CaseEvent e = history.get(i);
            CaseEventType type = e.type();
            Instant at = e.at();
            CaseState next = CasePath.next(state, type, failed, maxFollowUpAttempts);
            if (awaitingSince != null && (type == CaseEventType.CUSTOMER_REPLIED || next != state)) {
                customerWall += WorkingClock.wallMillis(awaitingSince, at);
                customerWorking += clock.millisBetween(awaitingSince, at);
                awaitingSince = null;
            } else if (type == CaseEventType.AWAIT_CUSTOMER && awaitingSince == null) {
                awaitingSince = at;
            }
            if (type == CaseEventType.FOLLOW_UP_FAILED) {
                failed++;
            } else if (type == CaseEventType.REOPEN) {
                failed = 0;
            }
            if (next != state) {
                if (state.isOpen()) {
                    long wall = WorkingClock.wallMillis(entered, at);
                    long working = wall == 0 ? 0 : clock.millisBetween(entered, at);
                    visit(nodes, state, wall, working, customerWall, customerWorking);
                }
                state = next;
                entered = at;
                customerWall = 0;
                customerWorking = 0;
            }
        }
    }

    private static void visit(Times[] nodes, CaseState state, long wall, long working, long customerWall,
            long customerWorking) {
        Times t = nodes[state.ordinal()];
        if (t == null) {
            t = new Times();
            nodes[state.ordinal()] = t;
        }
        t.add(wall, working, customerWall, customerWorking);
    }

    /**
     * Adds every visit accumulated in {@code other}; {@code other} is not changed.
     *
     * @param other an accumulator on the same calendar with the same follow-up attempts, not null;
     *     may be this one, which doubles every count
     * @return this accumulator
     * @throws IllegalArgumentException when {@code other} measures on another calendar or with
     *     another number of follow-up attempts; nothing is changed then
     */
    @Override
    public DwellTimes merge(DwellTimes other) {
        Objects.requireNonNull(other, "other");
        if (!sameCalendar(calendar, other.calendar)) {
            throw new IllegalArgumentException("other must measure on calendar " + calendar.name()
                    + " as this one does, but measures on " + other.calendar.name());
        }
        if (other.maxFollowUpAttempts != maxFollowUpAttempts) {
            throw new IllegalArgumentException("other.maxFollowUpAttempts must be " + maxFollowUpAttempts
                    + ", but was " + other.maxFollowUpAttempts);
        }
        if (other == this) {
            Times[] copy = copyOf(noStage);
            Map<StageId, Times[]> stages = new TreeMap<>();
            byStage.forEach((k, v) -> stages.put(k, copyOf(v)));
            mergeInto(noStage, copy);
            stages.forEach((k, v) -> mergeInto(byStage.get(k), v));
            cases = Math.addExact(cases, cases);
            return this;
        }
        cases = Math.addExact(cases, other.cases);
        mergeInto(noStage, other.noStage);
        other.byStage.forEach((k, v) -> mergeInto(byStage.computeIfAbsent(k, x -> new Times[STATES.length]), v));
        return this;
    }

    private static Times[] copyOf(Times[] nodes) {
        Times[] copy = new Times[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] != null) {
                copy[i] = new Times().merge(nodes[i]);
            }
        }
        return copy;
    }

    private static void mergeInto(Times[] into, Times[] from) {
        for (int i = 0; i < from.length; i++) {
            if (from[i] != null) {
                if (into[i] == null) {
                    into[i] = new Times();
                }
                into[i].merge(from[i]);
            }
        }
    }

    private static boolean sameCalendar(BusinessCalendar a, BusinessCalendar b) {
        return a == b || a.name().equals(b.name()) && a.zone().equals(b.zone())
                && a.weeklySchedule().equals(b.weeklySchedule()) && a.dateExceptions().equals(b.dateExceptions())
                && a.yearlyExceptions().equals(b.yearlyExceptions());
    }

    /**
     * Returns the calendar working time is measured on.
     *
     * @return the calendar
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the follow-up attempts of the lifecycle the histories were written under.
     *
     * @return the maximum, at least 1
     */
    public int maxFollowUpAttempts() {
        return maxFollowUpAttempts;
    }

    /**
     * Returns the number of histories added.
     *
     * @return the count of cases
     */
    public long cases() {
        return cases;
    }

    /**
     * The dwell times of one state over every case.
     *
     * @param state the state, not null
     * @return its dwell times, or empty when no visit of it ended
     */
    public Optional<NodeDwell> state(CaseState state) {
        Checks.notNull(state, "state");
        Times t = allStates()[state.ordinal()];
        return t == null ? Optional.empty() : Optional.of(t.result(DwellNode.of(state)));
    }

    /** Every case's visits per state: the cases without a stage and those of every stage, merged. */
    private Times[] allStates() {
        Times[] all = copyOf(noStage);
        byStage.values().forEach(v -> mergeInto(all, v));
        return all;
    }

    /**
     * The dwell times of every state a visit of which ended, in the lifecycle's order of states.
     *
     * @return the nodes, unmodifiable
     */
    public List<NodeDwell> byState() {
        return results(Optional.empty(), allStates());
    }

    /**
     * The dwell times per process stage and state, stages in the order of their ids, then states
     * in the lifecycle's order; only cases whose received change names a stage count here.
     *
     * @return the nodes, unmodifiable
     */
    public List<NodeDwell> byStage() {
        List<NodeDwell> out = new ArrayList<>();
        byStage.forEach((stage, nodes) -> out.addAll(results(Optional.of(stage), nodes)));
        return List.copyOf(out);
    }

    private static List<NodeDwell> results(Optional<StageId> stage, Times[] nodes) {
        List<NodeDwell> out = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] != null) {
                out.add(nodes[i].result(new DwellNode(stage, STATES[i])));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The states ranked by the median of a measure, slowest first; ties by the mean, then by the
     * lifecycle's order.
     *
     * @param measure the time to rank by, not null
     * @return the ranked nodes, unmodifiable
     */
    public List<NodeDwell> ranking(DwellMeasure measure) {
        return ranked(byState(), measure);
    }

    /**
     * The stage-and-state nodes ranked by the median of a measure, slowest first; ties by the
     * mean, then by stage and state.
     *
     * @param measure the time to rank by, not null
     * @return the ranked nodes, unmodifiable
     */
    public List<NodeDwell> stageRanking(DwellMeasure measure) {
        return ranked(byStage(), measure);
    }

    private static List<NodeDwell> ranked(List<NodeDwell> nodes, DwellMeasure measure) {
        Checks.notNull(measure, "measure");
        Comparator<NodeDwell> slowest = Comparator.comparing((NodeDwell n) -> pick(n, measure).p50())
                .thenComparing(n -> pick(n, measure).mean()).reversed();
        List<NodeDwell> sorted = new ArrayList<>(nodes);
        sorted.sort(slowest); // stable: equal nodes keep their order
        return List.copyOf(sorted);
    }

    private static org.qualityloop.metrics.TimeDistributionResult pick(NodeDwell n, DwellMeasure measure) {
        return switch (measure) {
            case WALL -> n.wall().total();
            case WORKING -> n.working().total();
            case TEAM_WALL -> n.wall().team();
            case TEAM_WORKING -> n.working().team();
        };
    }

    /**
     * The slowest state by the median of a measure ({@link #ranking}'s first), with the
     * Mann–Whitney U test of its visits against the visits of every other state. Above 64 visits
     * a sample is compared at the resolution of the percentile sketch: values in the same 1 %
     * bucket count as ties. The test sorts every visit compared, so its cost grows as
     * {@code n log n} with the number of visits.
     *
     * @param measure the time to rank by, not null
     * @return the bottleneck, or empty when no visit ended
     */
    public Optional<Bottleneck> bottleneck(DwellMeasure measure) {
        return bottleneck(measure, Confidence.DEFAULT_LEVEL);
    }

    /**
     * The slowest state, tested as {@link #bottleneck(DwellMeasure)} does, with the interval of the
     * effect size at a confidence level.
     *
     * @param measure the time to rank by, not null
     * @param level the confidence level of {@link Bottleneck#rankBiserialInterval()}, at least 0.5
     *     and below 1 (0.95 by default)
     * @return the bottleneck, or empty when no visit ended
     * @throws IllegalArgumentException when the level is outside [0.5, 1)
     */
    public Optional<Bottleneck> bottleneck(DwellMeasure measure, double level) {
        Confidence.check(level);
        return bottleneckOf(allStates(), measure, level);
    }

    /**
     * The slowest stage-and-state node by the median of a measure ({@link #stageRanking}'s first),
     * tested as {@link #bottleneck} does against every other stage-and-state node.
     *
     * @param measure the time to rank by, not null
     * @return the bottleneck, or empty when no visit of a case with a stage ended
     */
    public Optional<Bottleneck> stageBottleneck(DwellMeasure measure) {
        return stageBottleneck(measure, Confidence.DEFAULT_LEVEL);
    }

    /**
     * The slowest stage-and-state node, tested as {@link #stageBottleneck(DwellMeasure)} does, with
     * the interval of the effect size at a confidence level.
     *
     * @param measure the time to rank by, not null
     * @param level the confidence level of {@link Bottleneck#rankBiserialInterval()}, at least 0.5
     *     and below 1 (0.95 by default)
     * @return the bottleneck, or empty when no visit of a case with a stage ended
     * @throws IllegalArgumentException when the level is outside [0.5, 1)
     */
    public Optional<Bottleneck> stageBottleneck(DwellMeasure measure, double level) {
        Checks.notNull(measure, "measure");
        Confidence.check(level);
        List<NodeDwell> ranked = stageRanking(measure);
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        DwellNode top = ranked.get(0).node();
        TimeDistribution others = new TimeDistribution();
        TimeDistribution mine = null;
        for (Map.Entry<StageId, Times[]> e : byStage.entrySet()) {
            for (int i = 0; i < STATES.length; i++) {
                Times t = e.getValue()[i];
                if (t != null) {
                    if (top.stage().orElseThrow().equals(e.getKey()) && top.state() == STATES[i]) {
                        mine = t.of(measure);
                    } else {
                        others.merge(t.of(measure));
                    }
                }
            }
        }
        return Optional.of(tested(ranked.get(0), measure, Objects.requireNonNull(mine), others, level));
    }

    private Optional<Bottleneck> bottleneckOf(Times[] nodes, DwellMeasure measure, double level) {
        Checks.notNull(measure, "measure");
        List<NodeDwell> ranked = ranked(results(Optional.empty(), nodes), measure);
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        int top = ranked.get(0).node().state().ordinal();
        TimeDistribution others = new TimeDistribution();
        for (int i = 0; i < nodes.length; i++) {
            if (i != top && nodes[i] != null) {
                others.merge(nodes[i].of(measure));
            }
        }
        return Optional.of(tested(ranked.get(0), measure, nodes[top].of(measure), others, level));
    }

    private static Bottleneck tested(NodeDwell node, DwellMeasure measure, TimeDistribution mine,
            TimeDistribution others, double level) {
        Duration median = mine.quantile(0.5).orElseThrow();
        if (others.count() == 0) {
            return new Bottleneck(node, measure, median, Duration.ZERO, Optional.empty(), level, Optional.empty());
        }
        boolean sketched = mine.count() > TimeDistribution.EXACT_LIMIT || others.count() > TimeDistribution.EXACT_LIMIT;
        Optional<MannWhitneyTest> test = BeforeAfter.mannWhitney(Samples.of(mine, sketched), Samples.of(others, sketched));
        return new Bottleneck(node, measure, median, others.quantile(0.5).orElseThrow(), test, level,
                test.map(t -> Bottleneck.rankBiserialAt(t, level)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DwellTimes d && d.cases == cases && d.maxFollowUpAttempts == maxFollowUpAttempts
                && sameCalendar(calendar, d.calendar) && Arrays.equals(noStage, d.noStage)
                && byStage.keySet().equals(d.byStage.keySet())
                && byStage.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), d.byStage.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(cases, maxFollowUpAttempts, calendar.name(), Arrays.hashCode(noStage), byStage.keySet());
    }

    @Override
    public String toString() {
        return "DwellTimes[calendar=" + calendar.name() + ", cases=" + cases + ", stages=" + byStage.size() + "]";
    }

    /**
     * The distributions of one node. Visits that did not wait on the customer are only in the two
     * {@code plain} distributions (their team part is the whole visit); visits that waited are in
     * the six {@code waited} ones. The whole visits and the team parts are their merges.
     */
    private static final class Times {
        private final TimeDistribution plainWall = new TimeDistribution();
        private final TimeDistribution plainWorking = new TimeDistribution();
        private final TimeDistribution waitedWall = new TimeDistribution();
        private final TimeDistribution waitedWorking = new TimeDistribution();
        private final TimeDistribution waitedTeamWall = new TimeDistribution();
        private final TimeDistribution waitedTeamWorking = new TimeDistribution();
        private final TimeDistribution customerWall = new TimeDistribution();
        private final TimeDistribution customerWorking = new TimeDistribution();

        void add(long wallMillis, long workingMillis, long customerWallMillis, long customerWorkingMillis) {
            if (customerWallMillis == 0 && customerWorkingMillis == 0) {
                plainWall.addMillis(wallMillis);
                plainWorking.addMillis(workingMillis);
                return;
            }
            waitedWall.addMillis(wallMillis);
            waitedWorking.addMillis(workingMillis);
            waitedTeamWall.addMillis(wallMillis - customerWallMillis);
            waitedTeamWorking.addMillis(workingMillis - customerWorkingMillis);
            customerWall.addMillis(customerWallMillis);
            customerWorking.addMillis(customerWorkingMillis);
        }

        Times merge(Times o) {
            plainWall.merge(o.plainWall);
            plainWorking.merge(o.plainWorking);
            waitedWall.merge(o.waitedWall);
            waitedWorking.merge(o.waitedWorking);
            waitedTeamWall.merge(o.waitedTeamWall);
            waitedTeamWorking.merge(o.waitedTeamWorking);
            customerWall.merge(o.customerWall);
            customerWorking.merge(o.customerWorking);
            return this;
        }

        private static TimeDistribution both(TimeDistribution a, TimeDistribution b) {
            return new TimeDistribution().merge(a).merge(b);
        }

        TimeDistribution of(DwellMeasure m) {
            return switch (m) {
                case WALL -> both(plainWall, waitedWall);
                case WORKING -> both(plainWorking, waitedWorking);
                case TEAM_WALL -> both(plainWall, waitedTeamWall);
                case TEAM_WORKING -> both(plainWorking, waitedTeamWorking);
            };
        }

        NodeDwell result(DwellNode node) {
            return new NodeDwell(node,
                    new TimeSplit(of(DwellMeasure.WALL).result().orElseThrow(),
                            of(DwellMeasure.TEAM_WALL).result().orElseThrow(), customerWall.result()),
                    new TimeSplit(of(DwellMeasure.WORKING).result().orElseThrow(),
                            of(DwellMeasure.TEAM_WORKING).result().orElseThrow(), customerWorking.result()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Times t && plainWall.equals(t.plainWall) && plainWorking.equals(t.plainWorking)
                    && waitedWall.equals(t.waitedWall) && waitedWorking.equals(t.waitedWorking)
                    && waitedTeamWall.equals(t.waitedTeamWall) && waitedTeamWorking.equals(t.waitedTeamWorking)
                    && customerWall.equals(t.customerWall) && customerWorking.equals(t.customerWorking);
        }

        @Override
        public int hashCode() {
            return Objects.hash(plainWall, plainWorking, waitedWall, waitedWorking);
        }
    }
}
