package org.qualityloop.insight;

import java.time.Duration;
import org.qualityloop.model.internal.Checks;

/**
 * One edge of a {@link ProcessGraph}: cases went directly from {@code from} to {@code to} this
 * many times, and the time from entering {@code from} to entering {@code to} had this median and
 * mean (wall-clock time). Immutable and thread-safe.
 *
 * @param from the node left, an identifier
 * @param to the node entered, an identifier
 * @param count how often, positive
 * @param median the median time, not negative (the percentile of {@code TimeDistribution}: exact up
 *     to 64 moves, within 1 % above)
 * @param mean the mean time, not negative
 */
public record ProcessEdge(String from, String to, long count, Duration median, Duration mean) {

    /**
     * Validates the edge.
     *
     * @param from the node left, an identifier
     * @param to the node entered, an identifier
     * @param count how often, positive
     * @param median the median time, not negative
     * @param mean the mean time, not negative
     */
    public ProcessEdge {
        Checks.id(from, "from");
        Checks.id(to, "to");
        Checks.positive(count, "count");
        Checks.nonNegative(median, "median");
        Checks.nonNegative(mean, "mean");
    }
}
