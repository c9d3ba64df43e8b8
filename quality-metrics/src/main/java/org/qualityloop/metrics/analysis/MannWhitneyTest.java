package org.qualityloop.metrics.analysis;

import org.qualityloop.metrics.Interval;
import org.qualityloop.model.internal.Checks;

/**
 * The Mann–Whitney U test of {@link BeforeAfter#mannWhitney(double[], double[], Alternative)}
 * with its parts: {@code U}, the tie-corrected normal statistic {@code z}, which method gave the
 * p-value, and the common-language effect size and rank-biserial correlation with 95 %
 * confidence intervals (formulas and sources on that method).
 *
 * <p>As a {@link TestResult}: the statistic is {@code z} (reported whichever method gave the
 * p-value), the degrees of freedom are infinite and the effect size is the rank-biserial
 * correlation. Immutable and thread-safe.
 *
 * @param sizeBefore the number of observations before, positive
 * @param sizeAfter the number of observations after, positive
 * @param alternative the alternative hypothesis of {@code pValue}
 * @param u {@code U₁}, the number of (before, after) pairs in which the "before" value is the
 *     larger, ties counting one half; between 0 and {@code sizeBefore · sizeAfter}, a multiple of
 *     0.5
 * @param z the normal approximation's statistic with the tie and continuity corrections, finite
 * @param pValue the p-value under {@code alternative}, between 0 and 1
 * @param method how the p-value was computed
 * @param tied whether any two of all the observations are equal
 * @param commonLanguage the common-language effect size {@code U₁ / (n₁n₂)}, the probability that
 *     a random "before" value exceeds a random "after" one (ties counting one half), between 0
 *     and 1
 * @param commonLanguageInterval its 95 % interval (Hanley and McNeil's standard error), within
 *     [0, 1]
 */
public record MannWhitneyTest(
        int sizeBefore,
        int sizeAfter,
        Alternative alternative,
        double u,
        double z,
        double pValue,
        Method method,
        boolean tied,
        double commonLanguage,
        Interval commonLanguageInterval) implements TestResult {

    /** How the p-value of a Mann–Whitney test was computed. */
    public enum Method {
        /** From the exact null distribution of {@code U} (no ties, both samples under 50). */
        EXACT,
        /** From the normal approximation with the tie and continuity corrections. */
        NORMAL_APPROXIMATION
    }

    /**
     * Validates the fields.
     *
     * @param sizeBefore the number of observations before, positive
     * @param sizeAfter the number of observations after, positive
     * @param alternative the alternative hypothesis of {@code pValue}
     * @param u {@code U₁}, between 0 and {@code sizeBefore · sizeAfter}, a multiple of 0.5
     * @param z the normal approximation's statistic, finite
     * @param pValue the p-value under {@code alternative}, between 0 and 1
     * @param method how the p-value was computed
     * @param tied whether any two of all the observations are equal
     * @param commonLanguage the common-language effect size, between 0 and 1
     * @param commonLanguageInterval its 95 % interval, within [0, 1]
     * @throws IllegalArgumentException if a value is outside its range, or the method is
     *     {@link Method#EXACT} with ties
     */
    public MannWhitneyTest {
        Checks.notNull(alternative, "alternative");
        Checks.notNull(method, "method");
        Checks.notNull(commonLanguageInterval, "commonLanguageInterval");
        Checks.positive(sizeBefore, "sizeBefore");
        Checks.positive(sizeAfter, "sizeAfter");
        Checks.between(u, 0.0, (double) sizeBefore * sizeAfter, "u");
        if (2 * u != Math.rint(2 * u)) {
            throw new IllegalArgumentException("u must be a multiple of 0.5, but was " + u);
        }
        Checks.finite(z, "z");
        Checks.between(pValue, 0.0, 1.0, "pValue");
        if (method == Method.EXACT && tied) {
            throw new IllegalArgumentException("method must be NORMAL_APPROXIMATION when the "
                    + "observations are tied, but was EXACT");
        }
        Checks.between(commonLanguage, 0.0, 1.0, "commonLanguage");
        Checks.between(commonLanguageInterval.lower(), 0.0, 1.0, "commonLanguageInterval.lower");
        Checks.between(commonLanguageInterval.upper(), 0.0, 1.0, "commonLanguageInterval.upper");
    }

    /**
     * Returns {@code U₂ = n₁n₂ − U₁}, the statistic counted from the "after" sample.
     *
     * @return {@code U₂}
     */
    public double uAfter() {
        return (double) sizeBefore * sizeAfter - u;
    }

    /**
     * Returns the rank-biserial correlation {@code r = 2 · commonLanguage − 1 = 2U₁/(n₁n₂) − 1},
     * positive when "before" values tend to be larger.
     *
     * @return r, between −1 and 1
     */
    public double rankBiserial() {
        return 2.0 * commonLanguage - 1.0;
    }

    /**
     * Returns the 95 % interval of the rank-biserial correlation, the common-language interval
     * mapped by {@code r = 2A − 1}.
     *
     * @return the interval, within [−1, 1]
     */
    public Interval rankBiserialInterval() {
        return new Interval(2.0 * commonLanguageInterval.lower() - 1.0,
                2.0 * commonLanguageInterval.upper() - 1.0);
    }

    /**
     * Tells whether the normal approximation was used only because of ties, though both samples
     * were small enough (under 50) for the exact distribution: a p-value to report with that
     * caution, all the more below about 8 observations per sample.
     *
     * @return {@code true} if ties forced the approximation on small samples
     */
    public boolean approximatedForTies() {
        return tied && sizeBefore < BeforeAfter.EXACT_LIMIT && sizeAfter < BeforeAfter.EXACT_LIMIT;
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
     * Returns {@link #rankBiserial()}.
     *
     * @return the rank-biserial correlation
     */
    @Override
    public double effectSize() {
        return rankBiserial();
    }
}
