package org.qualityloop.metrics.analysis;

import org.qualityloop.metrics.Interval;
import org.qualityloop.model.internal.Checks;

/**
 * The two-proportion z-test of {@link BeforeAfter#twoProportions(long, long, long, long,
 * Alternative)} with its parts, the difference of the proportions with two 95 % confidence
 * intervals, and Cohen's h with its 95 % interval (formulas and sources on that method).
 *
 * <p>As a {@link TestResult}: the statistic is {@code z}, the degrees of freedom are infinite and
 * the effect size is Cohen's h. Immutable and thread-safe.
 *
 * @param successesBefore events before, between 0 and {@code trialsBefore}
 * @param trialsBefore trials before, positive
 * @param successesAfter events after, between 0 and {@code trialsAfter}
 * @param trialsAfter trials after, positive
 * @param alternative the alternative hypothesis of {@code pValue}
 * @param pooledProportion {@code p̂ = (x₁ + x₂) / (n₁ + n₂)}, strictly between 0 and 1
 * @param standardError the pooled standard error under the null hypothesis,
 *     {@code sqrt(p̂ (1 − p̂) (1/n₁ + 1/n₂))}, positive
 * @param z {@code (p₁ − p₂) / standardError}, finite
 * @param pValue the p-value of {@code z} under {@code alternative}, between 0 and 1
 * @param differenceStandardError the unpooled standard error of {@code p₁ − p₂},
 *     {@code sqrt(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂)}, not negative
 * @param differenceInterval the Wald 95 % interval {@code p₁ − p₂ ± 1.96 · differenceStandardError},
 *     clipped to [−1, 1]
 * @param newcombeInterval Newcombe's hybrid score 95 % interval for {@code p₁ − p₂}, within
 *     [−1, 1]
 * @param cohensH Cohen's {@code h = 2 asin √p₁ − 2 asin √p₂}, between −π and π
 * @param cohensHInterval the 95 % interval {@code h ± 1.96 sqrt(1/n₁ + 1/n₂)}
 */
public record TwoProportionTest(
        long successesBefore,
        long trialsBefore,
        long successesAfter,
        long trialsAfter,
        Alternative alternative,
        double pooledProportion,
        double standardError,
        double z,
        double pValue,
        double differenceStandardError,
        Interval differenceInterval,
        Interval newcombeInterval,
        double cohensH,
        Interval cohensHInterval) implements TestResult {

    /**
     * Validates the fields.
     *
     * @param successesBefore events before, between 0 and {@code trialsBefore}
     * @param trialsBefore trials before, positive
     * @param successesAfter events after, between 0 and {@code trialsAfter}
     * @param trialsAfter trials after, positive
     * @param alternative the alternative hypothesis of {@code pValue}
     * @param pooledProportion {@code p̂ = (x₁ + x₂) / (n₁ + n₂)}, strictly between 0 and 1
     * @param standardError the pooled standard error under the null hypothesis, positive
     * @param z {@code (p₁ − p₂) / standardError}, finite
     * @param pValue the p-value of {@code z} under {@code alternative}, between 0 and 1
     * @param differenceStandardError the unpooled standard error of {@code p₁ − p₂}, not
     *     negative
     * @param differenceInterval the Wald 95 % interval for {@code p₁ − p₂}
     * @param newcombeInterval Newcombe's hybrid score 95 % interval for {@code p₁ − p₂}
     * @param cohensH Cohen's h, between −π and π
     * @param cohensHInterval the 95 % interval for Cohen's h
     * @throws IllegalArgumentException if a count or a value is outside its range
     */
    public TwoProportionTest {
        Checks.notNull(alternative, "alternative");
        Checks.notNull(differenceInterval, "differenceInterval");
        Checks.notNull(newcombeInterval, "newcombeInterval");
        Checks.notNull(cohensHInterval, "cohensHInterval");
        Checks.positive(trialsBefore, "trialsBefore");
        Checks.positive(trialsAfter, "trialsAfter");
        BeforeAfter.checkSuccesses(successesBefore, trialsBefore, "successesBefore");
        BeforeAfter.checkSuccesses(successesAfter, trialsAfter, "successesAfter");
        if (!(pooledProportion > 0.0 && pooledProportion < 1.0)) {
            throw new IllegalArgumentException(
                    "pooledProportion must be strictly between 0 and 1, but was " + pooledProportion);
        }
        if (!(standardError > 0.0) || Double.isInfinite(standardError)) {
            throw new IllegalArgumentException(
                    "standardError must be positive and finite, but was " + standardError);
        }
        Checks.finite(z, "z");
        Checks.between(pValue, 0.0, 1.0, "pValue");
        Checks.between(differenceStandardError, 0.0, 1.0, "differenceStandardError");
        Checks.between(cohensH, -Math.PI, Math.PI, "cohensH");
    }

    /**
     * Returns the proportion before, {@code p₁ = x₁ / n₁}.
     *
     * @return the proportion, between 0 and 1
     */
    public double proportionBefore() {
        return (double) successesBefore / trialsBefore;
    }

    /**
     * Returns the proportion after, {@code p₂ = x₂ / n₂}.
     *
     * @return the proportion, between 0 and 1
     */
    public double proportionAfter() {
        return (double) successesAfter / trialsAfter;
    }

    /**
     * Returns the difference of the proportions (the risk difference), {@code p₁ − p₂}.
     *
     * @return the difference, between −1 and 1
     */
    public double difference() {
        return proportionBefore() - proportionAfter();
    }

    /**
     * Returns {@link #z()}.
     *
     * @return z
     */
    @Override
    public double statistic() {
        return z;
    }

    /**
     * Returns {@code Double.POSITIVE_INFINITY}: z is a normal statistic.
     *
     * @return infinity
     */
    @Override
    public double degreesOfFreedom() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Returns {@link #cohensH()}.
     *
     * @return Cohen's h
     */
    @Override
    public double effectSize() {
        return cohensH;
    }
}
