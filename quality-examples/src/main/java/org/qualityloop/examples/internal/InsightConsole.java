package org.qualityloop.examples.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.insight.Bottleneck;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.insight.DwellNode;
import org.qualityloop.insight.GroupScores;
import org.qualityloop.insight.NodeDwell;
import org.qualityloop.insight.RecoveryComparison;
import org.qualityloop.insight.RecoveryGroup;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.insight.StageTimes;
import org.qualityloop.insight.TimeSplit;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.model.feedback.RecoveryActionKind;

/**
 * Prints the {@code quality-insight} analyses of a run on the console: where time goes (the
 * ranking of {@code DwellTimes} and its bottleneck) and the service-recovery paradox. Each method
 * takes the library's own result types, so the harness prints what the library computed. Numbers
 * follow {@link Units}: one decimal for times, NPS and percentages, two for scores; times in one
 * unit per table, chosen by its largest median. Stateless and thread-safe. Not exported.
 */
public final class InsightConsole {

    /** The significance level the printed judgements use. */
    static final double ALPHA = 0.05;

    private InsightConsole() {
    }

    /**
     * Prints where time goes: the nodes ranked slowest first by the median of a measure, with their
     * visits, median, 90th percentile and mean, and the time spent waiting on the customer; then
     * the bottleneck and whether the Mann–Whitney U test finds its visits longer than the others'.
     *
     * @param ranking the nodes as {@code DwellTimes.ranking(measure)} or {@code stageRanking(measure)}
     *     return them, not null
     * @param measure the measure they are ranked by, not null
     * @param bottleneck the slowest node with its test, as {@code DwellTimes.bottleneck(measure)}
     *     returns it, not null
     * @param out where to print, not null
     */
    public static void printDwellTimes(List<NodeDwell> ranking, DwellMeasure measure,
            Optional<Bottleneck> bottleneck, PrintStream out) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(bottleneck, "bottleneck");
        Objects.requireNonNull(out, "out");
        out.println("== Where time goes (lifecycle states ranked by the median " + describe(measure)
                + ", slowest first)");
        if (ranking.isEmpty()) {
            out.println("  no visit of a state ended");
            out.println();
            return;
        }
        TimeUnit unit = TimeUnit.fitting(ranking.stream().map(n -> pick(n, measure).p50()).max(Duration::compareTo)
                .orElse(Duration.ZERO));
        Console.Table t = new Console.Table("LRRRRL", "state", "visits", "median", "p90", "mean",
                "waiting on the customer");
        for (NodeDwell n : ranking) {
            TimeDistributionResult d = pick(n, measure);
            Optional<TimeDistributionResult> customer = split(n, measure).customer();
            t.row(name(n.node()), Console.count(n.visits()), unit.format(d.p50()), unit.format(d.p90()),
                    unit.format(d.mean()), customer.map(c -> Console.count(c.count()) + " visits, median "
                            + unit.format(c.p50())).orElse("-"));
        }
        t.print(out);
        bottleneck.ifPresent(b -> {
            StringBuilder line = new StringBuilder("  bottleneck: ").append(name(b.node().node()))
                    .append(", median ").append(unit.format(b.median())).append(" against ")
                    .append(unit.format(b.othersMedian())).append(" for every other state pooled; ");
            out.println(line.append(slowerTest(b.test(), b.significantAt(ALPHA), "state")));
        });
        out.println();
    }

    /** The most journey steps the console lists; the rest are counted in one line. */
    static final int MAX_STEPS = 8;

    /**
     * Prints where time goes in the customers' journeys: the steps ranked slowest first by the mean
     * of a measure (a journey's step times add up, so the step with the largest mean adds most to
     * the mean journey), at most {@link #MAX_STEPS} of them, with their visits, median, 90th
     * percentile and mean; then the slowest step and whether the Mann–Whitney U test finds its
     * visits longer than those of every other step.
     *
     * @param times the journeys' stage and step visits, not null
     * @param measure the measure the steps are ranked by: wall-clock or working time, not null
     * @param out where to print, not null
     * @throws IllegalArgumentException when the measure is a team measure, which journeys do not have
     */
    public static void printJourneyTimes(StageTimes times, DwellMeasure measure, PrintStream out) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(out, "out");
        List<StageTimes.Visits> ranking = times.stepRanking(measure);
        out.println("== Where time goes in the journey (steps ranked by the mean " + describe(measure)
                + ", slowest first)");
        if (ranking.isEmpty()) {
            out.println("  no step visited");
            out.println();
            return;
        }
        TimeUnit unit = TimeUnit.fitting(ranking.get(0).of(measure).mean());
        Console.Table t = new Console.Table("LRRRR", "stage / step", "visits", "median", "p90", "mean");
        for (StageTimes.Visits v : ranking.subList(0, Math.min(MAX_STEPS, ranking.size()))) {
            TimeDistributionResult d = v.of(measure);
            t.row(v.node().name(), Console.count(v.count()), unit.format(d.p50()), unit.format(d.p90()),
                    unit.format(d.mean()));
        }
        t.print(out);
        if (ranking.size() > MAX_STEPS) {
            out.println("  and " + (ranking.size() - MAX_STEPS) + " faster steps");
        }
        times.stepBottleneck(measure).ifPresent(b -> {
            StringBuilder line = new StringBuilder("  slowest step: ").append(b.node().node().name())
                    .append(", mean ").append(unit.format(b.node().of(measure).mean()));
            b.othersMean().ifPresent(m -> line.append(" against ").append(unit.format(m))
                    .append(" for every other step pooled"));
            line.append("; ");
            out.println(line.append(slowerTest(b.test(), b.significantAt(ALPHA), "step")));
        });
        out.println();
    }

    /**
     * Prints the service-recovery paradox: NPS and satisfaction of customers who never met a
     * failure, whose failure was recovered, and whose was not, each with its 95 % interval; the
     * recovered customers by the kind of recovery action that succeeded; and the two comparisons
     * the paradox is about, recovered against never failed and recovered against not recovered.
     *
     * @param paradox the accumulator of the answers, not null
     * @param out where to print, not null
     */
    public static void printRecoveryParadox(RecoveryParadox paradox, PrintStream out) {
        Objects.requireNonNull(paradox, "paradox");
        Objects.requireNonNull(out, "out");
        out.println("== Recovery paradox (NPS and satisfaction by what happened to the customer's complaint)");
        Console.Table t = new Console.Table("LRRLRRRL", "customers", "NPS answers", "NPS", "95 % CI", "ratings",
                "satisfaction", "satisfied", "95 % CI");
        boolean any = false;
        for (RecoveryGroup g : RecoveryGroup.values()) {
            any |= row(t, words(g), paradox.group(g));
        }
        for (RecoveryActionKind k : RecoveryActionKind.values()) {
            row(t, "  recovered by " + words(k), paradox.byAction(k));
        }
        if (!any) {
            out.println("  no answers");
            out.println();
            return;
        }
        t.print(out);
        comparison(paradox.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED), out);
        comparison(paradox.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NOT_RECOVERED), out);
        out.println();
    }

    private static boolean row(Console.Table t, String label, GroupScores s) {
        if (s.nps().isEmpty() && s.satisfaction().isEmpty()) {
            return false;
        }
        t.row(label, s.nps().map(n -> Console.count(n.responses())).orElse("0"),
                s.nps().map(n -> Units.number(n.score(), 1)).orElse("-"),
                s.nps().map(n -> Units.number(n.adjustedWald().lower(), 1) + " to "
                        + Units.number(n.adjustedWald().upper(), 1)).orElse("-"),
                s.satisfaction().map(c -> Console.count(c.responses())).orElse("0"),
                s.satisfaction().map(c -> Units.number(c.mean(), 2) + " of " + c.scaleMax()).orElse("-"),
                s.satisfaction().map(c -> Units.number(100 * c.topTwoBoxShare(), 1) + " %").orElse("-"),
                s.satisfiedInterval().map(i -> Units.number(100 * i.lower(), 1) + " to "
                        + Units.number(100 * i.upper(), 1) + " %").orElse("-"));
        return true;
    }

    private static void comparison(RecoveryComparison c, PrintStream out) {
        StringBuilder b = new StringBuilder("  ").append(words(c.first())).append(" against ")
                .append(words(c.second())).append(": ");
        if (c.nps().isEmpty() && c.satisfied().isEmpty()) {
            out.println(b.append("not compared (a group has no answers)"));
            return;
        }
        c.nps().ifPresent(n -> b.append("NPS ").append(Units.signed(BigDecimal.valueOf(n.difference()), 1))
                .append(" points (95 % CI ").append(Units.number(n.interval().lower(), 1)).append(" to ")
                .append(Units.number(n.interval().upper(), 1)).append(", p ").append(p(n.pValue())).append(", ")
                .append(judge(n.pValue(), n.difference())).append(')'));
        c.satisfied().ifPresent(s -> b.append(c.nps().isPresent() ? "; " : "").append("satisfied ")
                .append(Units.signed(BigDecimal.valueOf(100 * s.difference()), 1)).append(" pp (p ")
                .append(p(s.pValue())).append(", ").append(judge(s.pValue(), s.difference())).append(')'));
        out.println(b);
    }

    private static String judge(double p, double difference) {
        if (p >= ALPHA) {
            return "no significant difference";
        }
        return difference > 0 ? "significantly higher" : "significantly lower";
    }

    /** The slowest node's Mann–Whitney test, as the end of the line naming it. */
    private static String slowerTest(Optional<MannWhitneyTest> test, boolean significant, String node) {
        if (test.isEmpty()) {
            return "not tested (no other " + node + ", or every visit tied)";
        }
        MannWhitneyTest t = test.get();
        return "Mann-Whitney U p " + p(t.pValue()) + ", rank-biserial r "
                + Units.signed(BigDecimal.valueOf(t.effectSize()), 2) + ": "
                + (significant ? "significantly slower" : "not significantly slower") + " (alpha " + ALPHA + ')';
    }

    private static String p(double p) {
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String describe(DwellMeasure m) {
        return switch (m) {
            case WALL -> "wall-clock time of a visit";
            case WORKING -> "working time of a visit";
            case TEAM_WALL -> "wall-clock time of a visit less its wait on the customer";
            case TEAM_WORKING -> "working time of a visit less its wait on the customer";
        };
    }

    private static TimeSplit split(NodeDwell n, DwellMeasure m) {
        return m == DwellMeasure.WALL || m == DwellMeasure.TEAM_WALL ? n.wall() : n.working();
    }

    private static TimeDistributionResult pick(NodeDwell n, DwellMeasure m) {
        return switch (m) {
            case WALL -> n.wall().total();
            case WORKING -> n.working().total();
            case TEAM_WALL -> n.wall().team();
            case TEAM_WORKING -> n.working().team();
        };
    }

    private static String name(DwellNode node) {
        String state = words(node.state());
        return node.stage().map(s -> s.value() + ": " + state).orElse(state);
    }

    private static String words(Enum<?> e) {
        return Units.words(e);
    }

    /** The one unit a table's times are shown in. */
    private enum TimeUnit {
        SECONDS(1, "s"), MINUTES(60, "min"), HOURS(3_600, "h"), DAYS(86_400, "days");

        private final long seconds;
        private final String symbol;

        TimeUnit(long seconds, String symbol) {
            this.seconds = seconds;
            this.symbol = symbol;
        }

        /** The largest unit in which {@code largest} is at least 1, hours up to two days. */
        static TimeUnit fitting(Duration largest) {
            long s = largest.getSeconds();
            if (s >= 2 * 86_400) {
                return DAYS;
            }
            return s >= 3_600 ? HOURS : s >= 60 ? MINUTES : SECONDS;
        }

        String format(Duration d) {
            BigDecimal v = new BigDecimal(d.toNanos()).divide(BigDecimal.valueOf(seconds * 1_000_000_000L), 6,
                    java.math.RoundingMode.HALF_UP);
            return Units.number(v, 1) + " " + symbol;
        }
    }
}
