package org.qualityloop.metrics.analysis;

import java.util.Arrays;
import java.util.Optional;
import org.qualityloop.metrics.internal.Normal;
import org.qualityloop.metrics.internal.StudentT;
import org.qualityloop.model.internal.Checks;

/**
 * Two-sample tests for judging an improvement: did a rate, a time or a mean change between a
 * "before" and an "after" period? Each test is two-sided, treats the samples as independent, and
 * returns its statistic, p-value and an effect size. A test whose statistic is undefined for the
 * data (no variation at all) returns an empty result instead of a NaN.
 *
 * <p>Stateless and thread-safe; input arrays are read, never kept or changed.
 */
public final class BeforeAfter {

    private BeforeAfter() {
    }

    /**
     * Two-proportion z-test for a rate (e.g. complaint or reopen rate) before and after.
     *
     * <p>{@code z = (p₁ − p₂) / sqrt(p̂ (1 − p̂) (1/n₁ + 1/n₂))} with the pooled
     * {@code p̂ = (x₁ + x₂) / (n₁ + n₂)}; two-sided p-value from the normal distribution
     * (Montgomery and Runger, Applied Statistics and Probability for Engineers, §10-6.1). Effect
     * size: Cohen's {@code h = 2 asin √p₁ − 2 asin √p₂} (Cohen, Statistical Power Analysis for the
     * Behavioral Sciences, 1988, ch. 6). Suitable when each sample has at least about 5 successes
     * and 5 failures.
     *
     * @param successesBefore events before, between 0 and {@code trialsBefore}
     * @param trialsBefore trials before, positive
     * @param successesAfter events after, between 0 and {@code trialsAfter}
     * @param trialsAfter trials after, positive
     * @return z, p-value and Cohen's h; empty if the pooled proportion is 0 or 1
     * @throws IllegalArgumentException if a count is out of range
     */
    public static Optional<TestResult> twoProportions(long successesBefore, long trialsBefore,
            long successesAfter, long trialsAfter) {
        Checks.positive(trialsBefore, "trialsBefore");
        Checks.positive(trialsAfter, "trialsAfter");
        checkSuccesses(successesBefore, trialsBefore, "successesBefore");
        checkSuccesses(successesAfter, trialsAfter, "successesAfter");
        double p1 = (double) successesBefore / trialsBefore;
        double p2 = (double) successesAfter / trialsAfter;
        double pooled = (double) (successesBefore + successesAfter) / (trialsBefore + trialsAfter);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / trialsBefore + 1.0 / trialsAfter));
        if (se == 0.0) {
            return Optional.empty();
        }
        double z = (p1 - p2) / se;
        double h = 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
        return Optional.of(new TestResult(z, Double.POSITIVE_INFINITY, Normal.twoSidedP(z), h));
    }

    private static void checkSuccesses(long successes, long trials, String field) {
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    field + " must be between 0 and " + trials + ", but was " + successes);
        }
    }

    /**
     * Welch's unequal-variances t-test for a mean (e.g. satisfaction score) before and after.
     *
     * <p>{@code t = (x̄₁ − x̄₂) / sqrt(s₁²/n₁ + s₂²/n₂)} with sample variances {@code s²}
     * (divisor {@code n − 1}) and Welch–Satterthwaite degrees of freedom
     * {@code ν = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)]} (Welch,
     * Biometrika 34, 1947); two-sided p-value from Student's t with {@code ν} degrees of freedom.
     * Effect size: Cohen's {@code d = (x̄₁ − x̄₂) / sqrt((s₁² + s₂²) / 2)}, the form that does not
     * assume equal variances.
     *
     * @param before the observations before, at least two, all finite
     * @param after the observations after, at least two, all finite
     * @return t, ν, p-value and d; empty if both samples have zero variance
     * @throws IllegalArgumentException if a sample has fewer than two values or a value is not
     *     finite
     */
    public static Optional<TestResult> welch(double[] before, double[] after) {
        checkSample(before, "before");
        checkSample(after, "after");
        double m1 = mean(before);
        double m2 = mean(after);
        double v1 = variance(before, m1);
        double v2 = variance(after, m2);
        double a = v1 / before.length;
        double b = v2 / after.length;
        double se2 = a + b;
        if (se2 == 0.0) {
            return Optional.empty();
        }
        double t = (m1 - m2) / Math.sqrt(se2);
        double df = se2 * se2 / (a * a / (before.length - 1) + b * b / (after.length - 1));
        double d = (m1 - m2) / Math.sqrt((v1 + v2) / 2);
        return Optional.of(new TestResult(t, df, StudentT.twoSidedP(t, df), d));
    }

    private static void checkSample(double[] sample, String field) {
        Checks.notNull(sample, field);
        if (sample.length < 2) {
            throw new IllegalArgumentException(
                    field + " must have at least 2 values, but had " + sample.length);
        }
        for (int i = 0; i < sample.length; i++) {
            Checks.finite(sample[i], field + "[" + i + "]");
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }

    /**
     * Mann–Whitney U test (Wilcoxon rank-sum) for a skewed quantity such as response or
     * resolution time before and after, with the normal approximation corrected for ties.
     *
     * <p>All values are ranked together, ties receiving their average rank;
     * {@code U₁ = R₁ − n₁(n₁ + 1)/2} where {@code R₁} is the rank sum of the "before" sample.
     * With {@code n = n₁ + n₂} and {@code tⱼ} the size of each tie group,
     * {@code σ² = n₁n₂/12 · [(n + 1) − Σ(tⱼ³ − tⱼ) / (n(n − 1))]} and
     * {@code z = (U₁ − n₁n₂/2 ∓ 0.5) / σ}, the 0.5 continuity correction moving {@code U₁}
     * towards its mean (Siegel and Castellan, Nonparametric Statistics for the Behavioral
     * Sciences, 2nd ed., 1988, §6.4). The statistic reported is {@code z}; the p-value is
     * two-sided from the normal distribution, adequate for samples of about 8 or more each.
     * Effect size: the rank-biserial correlation {@code r = 2U₁/(n₁n₂) − 1}, in [−1, 1],
     * positive when "before" values tend to be larger.
     *
     * @param before the observations before, at least one, all finite
     * @param after the observations after, at least one, all finite
     * @return z, p-value and rank-biserial r; empty if every value is tied
     * @throws IllegalArgumentException if a sample is empty or a value is not finite
     */
    public static Optional<TestResult> mannWhitney(double[] before, double[] after) {
        checkNonEmpty(before, "before");
        checkNonEmpty(after, "after");
        int n1 = before.length;
        int n2 = after.length;
        int n = n1 + n2;
        double[] values = new double[n];
        int[] group = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = i < n1 ? before[i] : after[i - n1];
            group[i] = i < n1 ? 0 : 1;
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double rankSumBefore = 0;
        double tieTerm = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double averageRank = (i + j + 2) / 2.0;
            int ties = j - i + 1;
            tieTerm += (double) ties * ties * ties - ties;
            for (int k = i; k <= j; k++) {
                if (group[order[k]] == 0) {
                    rankSumBefore += averageRank;
                }
            }
            i = j + 1;
        }
        double u1 = rankSumBefore - n1 * (n1 + 1.0) / 2.0;
        double meanU = n1 * (double) n2 / 2.0;
        double variance = n1 * (double) n2 / 12.0 * ((n + 1) - tieTerm / ((double) n * (n - 1)));
        if (!(variance > 0)) {
            return Optional.empty();
        }
        double deviation = u1 - meanU;
        double corrected = Math.signum(deviation) * Math.max(0.0, Math.abs(deviation) - 0.5);
        double z = corrected / Math.sqrt(variance);
        double r = 2.0 * u1 / (n1 * (double) n2) - 1.0;
        return Optional.of(new TestResult(z, Double.POSITIVE_INFINITY, Normal.twoSidedP(z), r));
    }

    private static void checkNonEmpty(double[] sample, String field) {
        if (sample.length == 0) {
            throw new IllegalArgumentException(field + " must have at least 1 value, but had 0");
        }
        for (int i = 0; i < sample.length; i++) {
            Checks.finite(sample[i], field + "[" + i + "]");
        }
    }
}
