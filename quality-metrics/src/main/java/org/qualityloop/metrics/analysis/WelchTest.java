package org.qualityloop.metrics.analysis;

import org.qualityloop.metrics.Interval;
import org.qualityloop.model.internal.Checks;

/**
 * Welch's t-test of {@link BeforeAfter#welch(double[], double[], Alternative)} with its parts:
 * each sample's size, mean and variance, the difference of the means with its 95 % confidence
 * interval, and Cohen's d (formulas and sources on that method).
 *
 * <p>As a {@link TestResult}: the statistic is {@code t} and the effect size is Cohen's d.
 * Immutable and thread-safe.
 *
 * @param sizeBefore the number of observations before, at least 2
 * @param meanBefore the mean before, finite
 * @param varianceBefore the sample variance before (divisor {@code n − 1}), not negative
 * @param sizeAfter the number of observations after, at least 2
 * @param meanAfter the mean after, finite
 * @param varianceAfter the sample variance after, not negative
 * @param alternative the alternative hypothesis of {@code pValue}
 * @param t the statistic {@code (x̄₁ − x̄₂) / standardError()}, finite
 * @param degreesOfFreedom the Welch–Satterthwaite degrees of freedom, positive (at least the
 *     smaller sample size less one, up to rounding)
 * @param pValue the p-value of {@code t} under {@code alternative}, between 0 and 1
 * @param differenceInterval the 95 % interval for {@code μ₁ − μ₂},
 *     {@code x̄₁ − x̄₂ ± t₀.₉₇₅(ν) · standardError()}
 * @param cohensD Cohen's {@code d = (x̄₁ − x̄₂) / sqrt((s₁² + s₂²) / 2)}, finite
 */
public record WelchTest(
        int sizeBefore,
        double meanBefore,
        double varianceBefore,
        int sizeAfter,
        double meanAfter,
        double varianceAfter,
        Alternative alternative,
        double t,
        double degreesOfFreedom,
        double pValue,
        Interval differenceInterval,
        double cohensD) implements TestResult {

    /**
     * Validates the fields.
     *
     * @param sizeBefore the number of observations before, at least 2
     * @param meanBefore the mean before, finite
     * @param varianceBefore the sample variance before, not negative
     * @param sizeAfter the number of observations after, at least 2
     * @param meanAfter the mean after, finite
     * @param varianceAfter the sample variance after, not negative
     * @param alternative the alternative hypothesis of {@code pValue}
     * @param t the statistic, finite
     * @param degreesOfFreedom the Welch–Satterthwaite degrees of freedom, positive and finite
     * @param pValue the p-value of {@code t} under {@code alternative}, between 0 and 1
     * @param differenceInterval the 95 % interval for the difference of the means
     * @param cohensD Cohen's d, finite
     * @throws IllegalArgumentException if a value is outside its range
     */
    public WelchTest {
        Checks.notNull(alternative, "alternative");
        Checks.notNull(differenceInterval, "differenceInterval");
        Checks.between(sizeBefore, 2, Integer.MAX_VALUE, "sizeBefore");
        Checks.between(sizeAfter, 2, Integer.MAX_VALUE, "sizeAfter");
        Checks.finite(meanBefore, "meanBefore");
        Checks.finite(meanAfter, "meanAfter");
        Checks.between(varianceBefore, 0.0, Double.MAX_VALUE, "varianceBefore");
        Checks.between(varianceAfter, 0.0, Double.MAX_VALUE, "varianceAfter");
        Checks.finite(t, "t");
        if (!(degreesOfFreedom > 0.0) || Double.isInfinite(degreesOfFreedom)) {
            throw new IllegalArgumentException(
                    "degreesOfFreedom must be positive and finite, but was " + degreesOfFreedom);
        }
        Checks.between(pValue, 0.0, 1.0, "pValue");
        Checks.finite(cohensD, "cohensD");
    }

    /**
     * Returns the difference of the means, {@code x̄₁ − x̄₂}.
     *
     * @return the difference
     */
    public double difference() {
        return meanBefore - meanAfter;
    }

    /**
     * Returns the standard error of the difference, {@code sqrt(s₁²/n₁ + s₂²/n₂)}.
     *
     * @return the standard error, not negative
     */
    public double standardError() {
        return Math.sqrt(varianceBefore / sizeBefore + varianceAfter / sizeAfter);
    }

    /**
     * Returns {@link #t()}.
     *
     * @return t
     */
    @Override
    public double statistic() {
        return t;
    }

    /**
     * Returns {@link #cohensD()}.
     *
     * @return Cohen's d
     */
    @Override
    public double effectSize() {
        return cohensD;
    }
}
