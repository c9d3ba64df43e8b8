package org.qualityloop.metrics.analysis;

/**
 * The outcome of a two-sample significance test from {@link BeforeAfter}, as every test reports
 * it: the test statistic, its p-value under the caller's {@link Alternative}, and an effect size.
 * Each implementation adds the parts of its own statistic and effect sizes with confidence
 * intervals; which statistic and which effect size this interface returns is stated on the
 * implementation.
 *
 * <p>Implementations are immutable, thread-safe records.
 */
public sealed interface TestResult permits TwoProportionTest, WelchTest, MannWhitneyTest {

    /**
     * Returns the test statistic: z for the two-proportion and Mann–Whitney tests, t for Welch's
     * test.
     *
     * @return the statistic, finite
     */
    double statistic();

    /**
     * Returns the degrees of freedom of a t statistic, or {@code Double.POSITIVE_INFINITY} for a
     * z statistic (the normal distribution is the t distribution's limit).
     *
     * @return the degrees of freedom, positive
     */
    double degreesOfFreedom();

    /**
     * Returns the alternative hypothesis the p-value was computed for.
     *
     * @return the alternative
     */
    Alternative alternative();

    /**
     * Returns the p-value under {@link #alternative()}.
     *
     * @return the p-value, between 0 and 1
     */
    double pValue();

    /**
     * Returns the test's headline effect size: Cohen's h for two proportions, Cohen's d for
     * Welch's test, the rank-biserial correlation for Mann–Whitney.
     *
     * @return the effect size, finite
     */
    double effectSize();
}
