package org.qualityloop.metrics;

import org.qualityloop.model.internal.Checks;

/**
 * A share {@code numerator / denominator} of a non-empty denominator, such as a resolution rate
 * or an SLA compliance rate. Which events count in the numerator and the denominator is defined
 * by the accumulator that produced it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator the events that count as a success, not negative
 * @param denominator the events that count at all, positive and at least {@code numerator}
 * @param rate {@code numerator / denominator}, between 0 and 1
 */
public record Proportion(long numerator, long denominator, double rate) {

    /**
     * Validates the fields.
     *
     * @param numerator the events that count as a success, not negative
     * @param denominator the events that count at all, positive and at least {@code numerator}
     * @param rate {@code numerator / denominator}, between 0 and 1
     * @throws IllegalArgumentException if a count is out of range or {@code rate} does not match
     */
    public Proportion {
        Checks.positive(denominator, "denominator");
        Checks.nonNegative(numerator, "numerator");
        if (numerator > denominator) {
            throw new IllegalArgumentException("numerator must be at most denominator ("
                    + denominator + "), but was " + numerator);
        }
        double expected = (double) numerator / denominator;
        if (rate != expected) {
            throw new IllegalArgumentException("rate must be numerator / denominator (" + expected
                    + "), but was " + rate);
        }
    }

    /**
     * Creates the proportion {@code numerator / denominator}.
     *
     * @param numerator successes, not negative
     * @param denominator events, positive and at least {@code numerator}
     * @return the proportion
     * @throws IllegalArgumentException if a count is out of range
     */
    public static Proportion of(long numerator, long denominator) {
        Checks.positive(denominator, "denominator");
        return new Proportion(numerator, denominator, (double) numerator / denominator);
    }

    /**
     * Returns the rate as a percentage, {@code 100 · rate}.
     *
     * @return the percentage, between 0 and 100
     */
    public double percent() {
        return 100.0 * rate;
    }
}
