package org.qualityloop.metrics.analysis;

import org.qualityloop.model.internal.Checks;

/**
 * The outcome of a two-sample significance test from {@link BeforeAfter}: the test statistic,
 * its two-sided p-value and an effect size. Which statistic and which effect size is stated on
 * the method that produced the result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statistic the test statistic (z or t), finite
 * @param degreesOfFreedom the degrees of freedom for a t statistic; {@code Double.POSITIVE_INFINITY}
 *     for a z statistic (the normal distribution is the t distribution's limit)
 * @param pValue the two-sided p-value, between 0 and 1
 * @param effectSize the effect size, finite
 */
public record TestResult(
        double statistic, double degreesOfFreedom, double pValue, double effectSize) {

    /**
     * Validates the fields.
     *
     * @param statistic the test statistic (z or t), finite
     * @param degreesOfFreedom the degrees of freedom for a t statistic; {@code
     *     Double.POSITIVE_INFINITY}
     *     for a z statistic (the normal distribution is the t distribution's limit)
     * @param pValue the two-sided p-value, between 0 and 1
     * @param effectSize the effect size, finite
     * @throws IllegalArgumentException if a value is outside its range
     */
    public TestResult {
        Checks.finite(statistic, "statistic");
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException(
                    "degreesOfFreedom must be positive, but was " + degreesOfFreedom);
        }
        Checks.between(pValue, 0.0, 1.0, "pValue");
        Checks.finite(effectSize, "effectSize");
    }
}
