package org.qualityloop.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.metrics.analysis.BeforeAfter;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.internal.Checks;

/**
 * Where time goes in the customer's journey: the visits of journeys (trips, stays, orders) to the
 * stages of the service process and to the steps (touchpoints) within them, each from the instant
 * it began to the instant it ended, in wall-clock time and in working time on a business calendar,
 * with percentiles ({@link TimeDistribution}: exact up to 64 visits, within 1 % above).
 * {@link #bottleneck(DwellMeasure)} names the slowest stage and {@link #stepBottleneck(DwellMeasure)}
 * the slowest step, each tested against the others.
 *
 * <p>This is the journey's counterpart of {@link DwellTimes}, which reads the histories of feedback
 * cases: a journey is not a case of the workflow engine, so its visits are added as they are
 * observed, with {@link #add(StageId, Instant, Instant)} for a stage and
 * {@link #add(StageId, TouchpointId, Instant, Instant)} for a step. A stage visit and the visits
 * of its steps are counted apart; nothing checks that they nest.
 *
 * <p><b>Ranking by the mean.</b> Unlike {@link DwellTimes}, which ranks states by their median
 * visit, nodes here rank by their mean visit, then by the median: the stages of a journey follow
 * one another, so the mean journey time is the sum of the mean times of its nodes, and the node
 * with the largest mean adds the most to it — a step that usually takes a day but sometimes ten
 * costs more than one that always takes a day and a half, though its median is lower. Both
 * statistics are on every node ({@link Visits}).
 *
 * <p><b>Measures.</b> Only {@link DwellMeasure#WALL} and {@link DwellMeasure#WORKING} apply: a
 * journey's visit has no part waiting on a team apart from waiting on the customer.
 *
 * <p><b>Merging.</b> {@link #merge} adds another accumulator's visits: any split of the same
 * visits, accumulated apart and merged in any order, equals the accumulator of all of them
 * ({@code equals} holds). Accumulators merge only when they measure on the same calendar (same
 * name, zone, hours and exceptions).
 *
 * <p>Mutable and not thread-safe, like every accumulator of {@code quality-metrics}: confine an
 * instance to a thread and merge the partials.
 */
public final class StageTimes implements Mergeable<StageTimes> {

    private static final Comparator<Node> ORDER = Comparator.comparing((Node n) -> n.stage().value())
            .thenComparing(n -> n.step().map(TouchpointId::value).orElse(""));

    private final BusinessCalendar calendar;
    private final Map<Node, Times> nodes = new TreeMap<>(ORDER);

    /**
     * Creates an empty accumulator.
     *
     * @param calendar the business calendar working time is measured on, not null
     */
    public StageTimes(BusinessCalendar calendar) {
        this.calendar = Checks.notNull(calendar, "calendar");
    }

    /**
     * Adds one visit of a journey to a stage.
     *
     * @param stage the stage, not null
     * @param start when the journey entered the stage, not null
     * @param end when it left the stage, not null, not before {@code start}
     * @throws IllegalArgumentException when {@code end} is before {@code start}; nothing is added then
     */
    public void add(StageId stage, Instant start, Instant end) {
        add(Node.of(stage), start, end);
    }

    /**
     * Adds one visit of a journey to a step of a stage.
     *
     * @param stage the stage the step belongs to, not null
     * @param step the step's touchpoint, not null
     * @param start when the step began, not null
     * @param end when it ended, not null, not before {@code start}
     * @throws IllegalArgumentException when {@code end} is before {@code start}; nothing is added then
     */
    public void add(StageId stage, TouchpointId step, Instant start, Instant end) {
        add(Node.of(stage, step), start, end);
    }

    private void add(Node node, Instant start, Instant end) {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start " + start + ", but was " + end);
        }
        long wall = Duration.between(start, end).toMillis();
        long working = wall == 0 ? 0 : calendar.workingTimeBetween(start, end).toMillis();
        nodes.computeIfAbsent(node, k -> new Times()).add(wall, working);
    }

    /**
     * Adds every visit accumulated in {@code other}; {@code other} is not changed.
     *
     * @param other an accumulator on the same calendar, not null; may be this one, which doubles
     *     every count
     * @return this accumulator
     * @throws IllegalArgumentException when {@code other} measures on another calendar; nothing is
     *     changed then
     */
    @Override
    public StageTimes merge(StageTimes other) {
        Objects.requireNonNull(other, "other");
        if (!sameCalendar(calendar, other.calendar)) {
            throw new IllegalArgumentException("other must measure on calendar " + calendar.name()
                    + " as this one does, but measures on " + other.calendar.name());
        }
        Map<Node, Times> from = new TreeMap<>(ORDER);
        other.nodes.forEach((k, v) -> from.put(k, new Times().merge(v)));
        from.forEach((k, v) -> nodes.computeIfAbsent(k, x -> new Times()).merge(v));
        return this;
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
     * The visits of one stage.
     *
     * @param stage the stage, not null
     * @return its visits, or empty when none was added
     */
    public Optional<Visits> stage(StageId stage) {
        return visits(Node.of(stage));
    }

    /**
     * The visits of one step.
     *
     * @param stage the stage the step belongs to, not null
     * @param step the step's touchpoint, not null
     * @return its visits, or empty when none was added
     */
    public Optional<Visits> step(StageId stage, TouchpointId step) {
        return visits(Node.of(stage, step));
    }

    private Optional<Visits> visits(Node node) {
        Times t = nodes.get(node);
        return t == null ? Optional.empty() : Optional.of(t.result(node));
    }

    /**
     * The visits of every stage, in the order of the stages' ids.
     *
     * @return the stages' visits, unmodifiable
     */
    public List<Visits> byStage() {
        return results(false);
    }

    /**
     * The visits of every step, in the order of their stages' ids, then of their touchpoints' ids.
     *
     * @return the steps' visits, unmodifiable
     */
    public List<Visits> bySteps() {
        return results(true);
    }

    private List<Visits> results(boolean steps) {
        List<Visits> out = new ArrayList<>();
        nodes.forEach((node, t) -> {
            if (node.step().isPresent() == steps) {
                out.add(t.result(node));
            }
        });
        return List.copyOf(out);
    }

    /**
     * The stages ranked by the mean visit in a measure, slowest first; ties by the median, then by
     * the stages' order.
     *
     * @param measure {@link DwellMeasure#WALL} or {@link DwellMeasure#WORKING}, not null
     * @return the ranked stages, unmodifiable
     * @throws IllegalArgumentException when the measure is a team measure
     */
    public List<Visits> ranking(DwellMeasure measure) {
        return ranked(byStage(), measure);
    }

    /**
     * The steps ranked by the mean visit in a measure, slowest first; ties by the median, then by
     * the steps' order.
     *
     * @param measure {@link DwellMeasure#WALL} or {@link DwellMeasure#WORKING}, not null
     * @return the ranked steps, unmodifiable
     * @throws IllegalArgumentException when the measure is a team measure
     */
    public List<Visits> stepRanking(DwellMeasure measure) {
        return ranked(bySteps(), measure);
    }

    private static List<Visits> ranked(List<Visits> visits, DwellMeasure measure) {
        checked(measure);
        Comparator<Visits> slowest = Comparator.comparing((Visits v) -> v.of(measure).mean())
                .thenComparing(v -> v.of(measure).p50()).reversed();
        List<Visits> sorted = new ArrayList<>(visits);
        sorted.sort(slowest); // stable: equal nodes keep their order
        return List.copyOf(sorted);
    }

    private static DwellMeasure checked(DwellMeasure measure) {
        Checks.notNull(measure, "measure");
        if (measure != DwellMeasure.WALL && measure != DwellMeasure.WORKING) {
            throw new IllegalArgumentException("measure must be WALL or WORKING for journey visits, but was "
                    + measure);
        }
        return measure;
    }

    /**
     * The slowest stage by the mean visit in a measure ({@link #ranking}'s first), with the
     * Mann–Whitney U test of its visits against the visits of every other stage, as
     * {@link DwellTimes#bottleneck} tests a state: above 64 visits a sample is compared at the
     * resolution of the percentile sketch, values in the same 1 % bucket counting as ties.
     *
     * @param measure {@link DwellMeasure#WALL} or {@link DwellMeasure#WORKING}, not null
     * @return the slowest stage, or empty when no stage visit was added
     * @throws IllegalArgumentException when the measure is a team measure
     */
    public Optional<Slowest> bottleneck(DwellMeasure measure) {
        return slowest(ranking(measure), measure, false);
    }

    /**
     * The slowest step by the mean visit in a measure ({@link #stepRanking}'s first), tested as
     * {@link #bottleneck} does against the visits of every other step.
     *
     * @param measure {@link DwellMeasure#WALL} or {@link DwellMeasure#WORKING}, not null
     * @return the slowest step, or empty when no step visit was added
     * @throws IllegalArgumentException when the measure is a team measure
     */
    public Optional<Slowest> stepBottleneck(DwellMeasure measure) {
        return slowest(stepRanking(measure), measure, true);
    }

    private Optional<Slowest> slowest(List<Visits> ranked, DwellMeasure measure, boolean steps) {
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Visits top = ranked.get(0);
        TimeDistribution mine = nodes.get(top.node()).of(measure);
        TimeDistribution others = new TimeDistribution();
        nodes.forEach((node, t) -> {
            if (node.step().isPresent() == steps && !node.equals(top.node())) {
                others.merge(t.of(measure));
            }
        });
        if (others.count() == 0) {
            return Optional.of(new Slowest(top, measure, Optional.empty(), Optional.empty(), Optional.empty()));
        }
        boolean sketched = mine.count() > TimeDistribution.EXACT_LIMIT
                || others.count() > TimeDistribution.EXACT_LIMIT;
        Optional<MannWhitneyTest> test = BeforeAfter.mannWhitney(Samples.of(mine, sketched),
                Samples.of(others, sketched));
        return Optional.of(new Slowest(top, measure, others.result().map(TimeDistributionResult::mean),
                others.quantile(0.5), test));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageTimes s && sameCalendar(calendar, s.calendar) && nodes.equals(s.nodes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar.name(), nodes);
    }

    @Override
    public String toString() {
        return "StageTimes[calendar=" + calendar.name() + ", nodes=" + nodes.size() + "]";
    }

    /**
     * A node of the journey: a stage, or a step (touchpoint) within a stage. Immutable and
     * thread-safe.
     *
     * @param stage the stage, not null
     * @param step the step's touchpoint, or empty for the stage as a whole
     */
    public record Node(StageId stage, Optional<TouchpointId> step) {

        /**
         * Validates the node.
         *
         * @param stage the stage, not null
         * @param step the step's touchpoint, or empty for the stage as a whole
         */
        public Node {
            Checks.notNull(stage, "stage");
            Checks.notNull(step, "step");
        }

        /**
         * A stage as a whole.
         *
         * @param stage the stage, not null
         * @return the node
         */
        public static Node of(StageId stage) {
            return new Node(stage, Optional.empty());
        }

        /**
         * A step within a stage.
         *
         * @param stage the stage, not null
         * @param step the step's touchpoint, not null
         * @return the node
         */
        public static Node of(StageId stage, TouchpointId step) {
            return new Node(stage, Optional.of(Checks.notNull(step, "step")));
        }

        /**
         * The node's name: the stage's id, followed by a slash and the touchpoint's id for a step
         * ({@code reimbursement/expense-audit}).
         *
         * @return the name
         */
        public String name() {
            return step.map(s -> stage.value() + "/" + s.value()).orElse(stage.value());
        }
    }

    /**
     * The visits of one node, in wall-clock and in working time. Immutable and thread-safe.
     *
     * @param node the node, not null
     * @param wall the visits in wall-clock time, not null
     * @param working the visits in working time on the calendar, not null
     */
    public record Visits(Node node, TimeDistributionResult wall, TimeDistributionResult working) {

        /**
         * Validates the visits.
         *
         * @param node the node, not null
         * @param wall the visits in wall-clock time, not null
         * @param working the visits in working time on the calendar, not null
         * @throws IllegalArgumentException when the two count different numbers of visits
         */
        public Visits {
            Checks.notNull(node, "node");
            Checks.notNull(wall, "wall");
            Checks.notNull(working, "working");
            if (wall.count() != working.count()) {
                throw new IllegalArgumentException("working.count must equal wall.count " + wall.count()
                        + ", but was " + working.count());
            }
        }

        /**
         * Returns how many visits the node had.
         *
         * @return the number of visits, positive
         */
        public long count() {
            return wall.count();
        }

        /**
         * The visits in one measure.
         *
         * @param measure {@link DwellMeasure#WALL} or {@link DwellMeasure#WORKING}, not null
         * @return the wall or the working times
         * @throws IllegalArgumentException when the measure is a team measure
         */
        public TimeDistributionResult of(DwellMeasure measure) {
            return checked(measure) == DwellMeasure.WALL ? wall : working;
        }
    }

    /**
     * The slowest node of a {@link StageTimes} by the mean visit in a measure, and the
     * Mann–Whitney U test of its visits against the visits of every other node of its kind (stages
     * against stages, steps against steps), the node's visits as the first sample: a small
     * p-value with a positive effect size says its visits really are longer. Immutable and
     * thread-safe.
     *
     * @param node the slowest node's visits, not null
     * @param measure the time ranked, not null
     * @param othersMean the mean visit of every other node pooled; empty when there is no other
     * @param othersMedian the median visit of every other node pooled; empty when there is no other
     * @param test the two-sided test with its parts: U, z, the p-value and the rank-biserial r,
     *     positive when the node's visits tend to be longer; empty when there is no other node, or
     *     every visit compared is tied
     */
    public record Slowest(Visits node, DwellMeasure measure, Optional<Duration> othersMean,
            Optional<Duration> othersMedian, Optional<MannWhitneyTest> test) {

        /**
         * Validates the result.
         *
         * @param node the slowest node's visits, not null
         * @param measure the time ranked, not null
         * @param othersMean the mean visit of every other node pooled, or empty
         * @param othersMedian the median visit of every other node pooled, or empty
         * @param test the two-sided test, or empty
         */
        public Slowest {
            Checks.notNull(node, "node");
            Checks.notNull(measure, "measure");
            Checks.notNull(othersMean, "othersMean");
            Checks.notNull(othersMedian, "othersMedian");
            Checks.notNull(test, "test");
        }

        /**
         * Tells whether the test finds the node's visits longer than the others' at a significance
         * level: a p-value below {@code alpha} and a positive effect size.
         *
         * @param alpha the significance level, between 0 and 1 exclusive
         * @return true when the node is significantly slower
         * @throws IllegalArgumentException when {@code alpha} is outside (0, 1)
         */
        public boolean significantAt(double alpha) {
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be between 0 and 1 exclusive, but was " + alpha);
            }
            return test.filter(t -> t.pValue() < alpha && t.effectSize() > 0).isPresent();
        }
    }

    /** The wall-clock and working-time visits of one node. */
    private static final class Times {
        private final TimeDistribution wall = new TimeDistribution();
        private final TimeDistribution working = new TimeDistribution();

        void add(long wallMillis, long workingMillis) {
            wall.addMillis(wallMillis);
            working.addMillis(workingMillis);
        }

        Times merge(Times o) {
            wall.merge(o.wall);
            working.merge(o.working);
            return this;
        }

        TimeDistribution of(DwellMeasure m) {
            return m == DwellMeasure.WALL ? wall : working;
        }

        Visits result(Node node) {
            return new Visits(node, wall.result().orElseThrow(), working.result().orElseThrow());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Times t && wall.equals(t.wall) && working.equals(t.working);
        }

        @Override
        public int hashCode() {
            return Objects.hash(wall, working);
        }
    }
}
