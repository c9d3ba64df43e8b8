package org.qualityloop.insight;

import java.time.Duration;
import java.util.Optional;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.model.internal.Checks;

/**
 * The slowest node of a {@link DwellTimes}, by the median of a {@link DwellMeasure}, and the
 * Mann–Whitney U test of its visits against the visits of every other node
 * ({@code org.qualityloop.metrics.analysis.BeforeAfter#mannWhitney}, the node's visits as the
 * first sample): a small p-value with a positive effect size says its visits really are longer,
 * not just its median. The effect size's interval is at the chosen confidence level (the test's own
 * is at 95 %). Immutable and thread-safe.
 *
 * @param node where time goes most, not null
 * @param measure the time ranked, not null
 * @param median the node's median visit, not negative
 * @param othersMedian the median visit of every other node pooled, not negative
 * @param test the two-sided test with its parts: U, z, the p-value and the rank-biserial r
 *     ({@code effectSize()}, positive when the node's visits tend to be longer); empty when there
 *     is no other node, or every visit compared is tied
 * @param level the confidence level of {@code rankBiserialInterval}, at least 0.5 and below 1
 * @param rankBiserialInterval the interval of the rank-biserial r at {@code level}: the
 *     common-language effect size {@code A} ± z times Hanley and McNeil's standard error (as the
 *     test computes it at 95 %), clipped to [0, 1] and mapped by {@code r = 2A − 1}; present exactly
 *     when {@code test} is
 */
public record Bottleneck(NodeDwell node, DwellMeasure measure, Duration median, Duration othersMedian,
        Optional<MannWhitneyTest> test, double level, Optional<Interval> rankBiserialInterval) {

    /**
     * Validates the bottleneck.
     *
     * @param node where time goes most, not null
     * @param measure the time ranked, not null
     * @param median the node's median visit, not negative
     * @param othersMedian the median visit of every other node pooled, not negative
     * @param test the two-sided test with its parts, or empty when there is no other node, or
     *     every visit compared is tied
     * @param level the confidence level, at least 0.5 and below 1
     * @param rankBiserialInterval the interval of the rank-biserial r at {@code level}; present
     *     exactly when {@code test} is
     * @throws IllegalArgumentException when a median is negative, the interval is present without
     *     the test or missing with it, or the level is outside [0.5, 1)
     */
    public Bottleneck {
        Checks.notNull(node, "node");
        Checks.notNull(measure, "measure");
        Checks.nonNegative(median, "median");
        Checks.nonNegative(othersMedian, "othersMedian");
        Checks.notNull(test, "test");
        Checks.notNull(rankBiserialInterval, "rankBiserialInterval");
        Confidence.check(level);
        if (test.isPresent() != rankBiserialInterval.isPresent()) {
            throw new IllegalArgumentException("rankBiserialInterval must be present exactly when test is, but was "
                    + (rankBiserialInterval.isPresent() ? "present" : "empty"));
        }
    }

    /**
     * The bottleneck at the 95 % level: the interval is the test's own.
     *
     * @param node where time goes most, not null
     * @param measure the time ranked, not null
     * @param median the node's median visit, not negative
     * @param othersMedian the median visit of every other node pooled, not negative
     * @param test the two-sided test with its parts, or empty
     */
    public Bottleneck(NodeDwell node, DwellMeasure measure, Duration median, Duration othersMedian,
            Optional<MannWhitneyTest> test) {
        this(node, measure, median, othersMedian, test, Confidence.DEFAULT_LEVEL,
                Checks.notNull(test, "test").map(MannWhitneyTest::rankBiserialInterval));
    }

    /**
     * The interval of the rank-biserial r of a test at a level.
     *
     * @param t the test
     * @param level the level, checked
     * @return the interval; the test's own at 95 %
     */
    static Interval rankBiserialAt(MannWhitneyTest t, double level) {
        return level == Confidence.DEFAULT_LEVEL ? t.rankBiserialInterval() : rankBiserial(t, Confidence.z(level));
    }

    /** The interval of the rank-biserial r of a test for a normal quantile z. */
    static Interval rankBiserial(MannWhitneyTest t, double z) {
        double a = t.commonLanguage();
        double q1 = a / (2 - a);
        double q2 = 2 * a * a / (1 + a);
        int n1 = t.sizeBefore();
        int n2 = t.sizeAfter();
        double variance = (a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n2 - 1) * (q2 - a * a)) / (n1 * (double) n2);
        double margin = z * Math.sqrt(Math.max(0.0, variance));
        return new Interval(2 * Math.max(0.0, a - margin) - 1, 2 * Math.min(1.0, a + margin) - 1);
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
