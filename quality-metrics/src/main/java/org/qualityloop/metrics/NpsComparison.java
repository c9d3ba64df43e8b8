package org.qualityloop.metrics;

import java.util.Objects;
import org.qualityloop.model.internal.Checks;

/**
 * The outcome of comparing two independent NPS samples with the Wald z-test described at
 * {@link NpsResult#comparisonWith(NpsResult)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param difference the first score minus the second, between −200 and 200
 * @param standardError the standard error of the difference, not negative
 * @param z the test statistic {@code difference / standardError}; 0 when the standard error is 0
 * @param pValue the two-sided p-value, between 0 and 1
 * @param interval the Wald 95 % interval for the difference
 */
public record NpsComparison(
        double difference, double standardError, double z, double pValue, Interval interval) {

    /**
     * Validates the fields.
     *
     * @param difference the first score minus the second, between −200 and 200
     * @param standardError the standard error of the difference, not negative
     * @param z the test statistic {@code difference / standardError}; 0 when the standard error is
     *     0
     * @param pValue the two-sided p-value, between 0 and 1
     * @param interval the Wald 95 % interval for the difference
     * @throws IllegalArgumentException if a value is outside its range
     */
    public NpsComparison {
        Checks.between(difference, -200.0, 200.0, "difference");
        Checks.between(standardError, 0.0, Double.MAX_VALUE, "standardError");
        Checks.finite(z, "z");
        Checks.between(pValue, 0.0, 1.0, "pValue");
        Objects.requireNonNull(interval, "interval");
    }
}
