package org.qualityloop.insight;

import java.time.Duration;
import java.util.Optional;
import org.qualityloop.metrics.analysis.MannWhitneyTest;
import org.qualityloop.model.internal.Checks;

/**
 * The slowest node of a {@link DwellTimes}, by the median of a {@link DwellMeasure}, and the
 * Mann–Whitney U test of its visits against the visits of every other node
 * ({@code org.qualityloop.metrics.analysis.BeforeAfter#mannWhitney}, the node's visits as the
 * first sample): a small p-value with a positive effect size says its visits really are longer,
 * not just its median. Immutable and thread-safe.
 *
 * @param node where time goes most, not null
 * @param measure the time ranked, not null
 * @param median the node's median visit, not negative
 * @param othersMedian the median visit of every other node pooled, not negative
 * @param test the two-sided test with its parts: U, z, the p-value and the rank-biserial r
 *     ({@code effectSize()}, positive when the node's visits tend to be longer); empty when there
 *     is no other node, or every visit compared is tied
 */
public record Bottleneck(NodeDwell node, DwellMeasure measure, Duration median, Duration othersMedian,
        Optional<MannWhitneyTest> test) {

    /**
     * Validates the bottleneck.
     *
     * @param node where time goes most, not null
     * @param measure the time ranked, not null
     * @param median the node's median visit, not negative
     * @param othersMedian the median visit of every other node pooled, not negative
     * @param test the two-sided test with its parts, or empty when there is no other node, or
     *     every visit compared is tied
     */
    public Bottleneck {
        Checks.notNull(node, "node");
        Checks.notNull(measure, "measure");
        Checks.nonNegative(median, "median");
        Checks.nonNegative(othersMedian, "othersMedian");
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
