package org.qualityloop.metrics;

import org.qualityloop.model.internal.Checks;

/**
 * A closed confidence interval {@code [lower, upper]} on the scale of the estimate it bounds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and not below {@code lower}
 */
public record Interval(double lower, double upper) {

    /**
     * Validates the bounds.
     *
     * @param lower the lower bound, finite
     * @param upper the upper bound, finite and not below {@code lower}
     * @throws IllegalArgumentException if a bound is not finite or {@code upper < lower}
     */
    public Interval {
        Checks.finite(lower, "lower");
        Checks.finite(upper, "upper");
        if (upper < lower) {
            throw new IllegalArgumentException(
                    "upper must be at least lower (" + lower + "), but was " + upper);
        }
    }

    /**
     * Returns the half-width of the interval, {@code (upper - lower) / 2}.
     *
     * @return the margin of error, never negative
     */
    public double halfWidth() {
        return (upper - lower) / 2.0;
    }

    /**
     * Tells whether {@code value} lies in the closed interval.
     *
     * @param value the value to test
     * @return {@code true} if {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
