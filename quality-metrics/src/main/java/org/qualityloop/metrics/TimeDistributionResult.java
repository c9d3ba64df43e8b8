package org.qualityloop.metrics;

import java.time.Duration;
import java.util.Objects;
import org.qualityloop.model.internal.Checks;

/**
 * Summary of a non-empty {@link TimeDistribution}: count, mean, exact minimum and maximum, and
 * the 50th, 90th, 95th and 99th percentiles under the quantile definition documented there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count number of recorded durations, positive
 * @param mean the arithmetic mean (exact to the nanosecond, from millisecond inputs)
 * @param min the exact minimum
 * @param max the exact maximum
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param exact {@code true} if the percentiles are exact (at most
 *     {@value TimeDistribution#EXACT_LIMIT} values), {@code false} if they come from the sketch
 *     and are within 1 % relative error
 */
public record TimeDistributionResult(
        long count,
        Duration mean,
        Duration min,
        Duration max,
        Duration p50,
        Duration p90,
        Duration p95,
        Duration p99,
        boolean exact) {

    /**
     * Validates the fields.
     *
     * @param count number of recorded durations, positive
     * @param mean the arithmetic mean (exact to the nanosecond, from millisecond inputs)
     * @param min the exact minimum
     * @param max the exact maximum
     * @param p50 the median
     * @param p90 the 90th percentile
     * @param p95 the 95th percentile
     * @param p99 the 99th percentile
     * @param exact {@code true} if the percentiles are exact (at most
     *     {@value TimeDistribution#EXACT_LIMIT} values), {@code false} if they come from the sketch
     *     and are within 1 % relative error
     * @throws IllegalArgumentException if the count is not positive, a duration is negative, or
     *     a value lies outside {@code [min, max]}
     */
    public TimeDistributionResult {
        Checks.positive(count, "count");
        Checks.nonNegative(min, "min");
        Objects.requireNonNull(max, "max");
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("max must be at least min (" + min + "), but was "
                    + max);
        }
        within(mean, min, max, "mean");
        within(p50, min, max, "p50");
        within(p90, min, max, "p90");
        within(p95, min, max, "p95");
        within(p99, min, max, "p99");
    }

    private static void within(Duration value, Duration min, Duration max, String field) {
        Objects.requireNonNull(value, field);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max
                    + ", but was " + value);
        }
    }
}
