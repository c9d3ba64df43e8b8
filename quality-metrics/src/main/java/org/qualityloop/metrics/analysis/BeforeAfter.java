package org.qualityloop.metrics.analysis;

import java.util.Arrays;
import java.util.Optional;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.internal.Normal;
import org.qualityloop.metrics.internal.StudentT;
import org.qualityloop.model.internal.Checks;

/**
 * Two-sample tests for judging an improvement: did a rate, a time or a mean change between a
 * "before" and an "after" period? Each test treats the samples as independent, takes the
 * {@link Alternative} the caller chose (two-sided when not given), and returns its statistic with
 * the statistic's parts, the p-value, and effect sizes with 95 % confidence intervals. A test
 * whose statistic is undefined for the data (no variation at all) returns an empty result
 * instead of a NaN.
 *
 * <p>One-sided p-values are tails of the same statistic: {@link Alternative#GREATER} is the upper
 * tail (the "before" sample larger), {@link Alternative#LESS} the lower tail; a two-sided
 * p-value is twice the smaller tail, at most 1. Confidence intervals are two-sided 95 %
 * intervals whatever the alternative.
 *
 * <p>Stateless and thread-safe; input arrays are read, never kept or changed.
 */
public final class BeforeAfter {

    /**
     * The sample size below which, in both samples and without ties, {@link #mannWhitney(double[],
     * double[], Alternative)} computes the exact p-value: 50, as R's {@code wilcox.test} does.
     */
    public static final int EXACT_LIMIT = 50;

    private BeforeAfter() {
    }

    /**
     * Two-sided two-proportion z-test; see
     * {@link #twoProportions(long, long, long, long, Alternative)}.
     *
     * @param successesBefore events before, between 0 and {@code trialsBefore}
     * @param trialsBefore trials before, positive
     * @param successesAfter events after, between 0 and {@code trialsAfter}
     * @param trialsAfter trials after, positive
     * @return the test; empty if the pooled proportion is 0 or 1
     * @throws IllegalArgumentException if a count is out of range
     */
    public static Optional<TwoProportionTest> twoProportions(long successesBefore,
            long trialsBefore, long successesAfter, long trialsAfter) {
        return twoProportions(successesBefore, trialsBefore, successesAfter, trialsAfter,
                Alternative.TWO_SIDED);
    }

    /**
     * Two-proportion z-test for a rate (e.g. complaint or reopen rate) before and after.
     *
     * <p>With {@code p₁ = x₁/n₁}, {@code p₂ = x₂/n₂} and the pooled
     * {@code p̂ = (x₁ + x₂) / (n₁ + n₂)}: {@code SE₀ = sqrt(p̂ (1 − p̂) (1/n₁ + 1/n₂))} and
     * {@code z = (p₁ − p₂) / SE₀}, the p-value from the normal distribution under the chosen
     * alternative (Montgomery and Runger, Applied Statistics and Probability for Engineers,
     * §10-6.1). Suitable when each sample has at least about 5 successes and 5 failures.
     *
     * <p>Effect sizes, each with a 95 % interval:
     * <ul>
     *   <li>the risk difference {@code p₁ − p₂}, with the Wald interval
     *       {@code p₁ − p₂ ± 1.96 sqrt(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂)} (Montgomery and Runger,
     *       §10-6.3), clipped to [−1, 1], and Newcombe's hybrid score interval, which keeps its
     *       coverage for small counts and proportions near 0 or 1: with Wilson's 95 % score
     *       limits {@code [lᵢ, uᵢ]} of each proportion,
     *       {@code [p₁ − p₂ − sqrt((p₁ − l₁)² + (u₂ − p₂)²), p₁ − p₂ + sqrt((u₁ − p₁)² + (p₂ − l₂)²)]}
     *       (Newcombe, "Interval estimation for the difference between independent proportions:
     *       comparison of eleven methods", Statistics in Medicine 17, 1998, method 10);
     *   <li>Cohen's {@code h = 2 asin √p₁ − 2 asin √p₂} (Cohen, Statistical Power Analysis for
     *       the Behavioral Sciences, 2nd ed., 1988, ch. 6), with the interval
     *       {@code h ± 1.96 sqrt(1/n₁ + 1/n₂)}: the arcsine transformation stabilises the
     *       variance of {@code 2 asin √p̂} at about {@code 1/n} whatever {@code p}.
     * </ul>
     *
     * @param successesBefore events before, between 0 and {@code trialsBefore}
     * @param trialsBefore trials before, positive
     * @param successesAfter events after, between 0 and {@code trialsAfter}
     * @param trialsAfter trials after, positive
     * @param alternative the alternative hypothesis, not null
     * @return the test; empty if the pooled proportion is 0 or 1
     * @throws IllegalArgumentException if a count is out of range
     */
    public static Optional<TwoProportionTest> twoProportions(long successesBefore,
            long trialsBefore, long successesAfter, long trialsAfter, Alternative alternative) {
        Checks.notNull(alternative, "alternative");
        Checks.positive(trialsBefore, "trialsBefore");
        Checks.positive(trialsAfter, "trialsAfter");
        checkSuccesses(successesBefore, trialsBefore, "successesBefore");
        checkSuccesses(successesAfter, trialsAfter, "successesAfter");
        double n1 = trialsBefore;
        double n2 = trialsAfter;
        double p1 = successesBefore / n1;
        double p2 = successesAfter / n2;
        double pooled = ((double) successesBefore + successesAfter) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0.0) {
            return Optional.empty();
        }
        double difference = p1 - p2;
        double z = difference / se;
        double unpooled = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        Interval wald = new Interval(Math.max(-1.0, difference - Normal.Z_975 * unpooled),
                Math.min(1.0, difference + Normal.Z_975 * unpooled));
        double h = 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
        double hMargin = Normal.Z_975 * Math.sqrt(1.0 / n1 + 1.0 / n2);
        return Optional.of(new TwoProportionTest(successesBefore, trialsBefore, successesAfter,
                trialsAfter, alternative, pooled, se, z, normalP(z, alternative), unpooled, wald,
                newcombe(successesBefore, trialsBefore, successesAfter, trialsAfter), h,
                new Interval(h - hMargin, h + hMargin)));
    }

    static void checkSuccesses(long successes, long trials, String field) {
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    field + " must be between 0 and " + trials + ", but was " + successes);
        }
    }

    /** Newcombe's hybrid score interval (method 10) for {@code x₁/n₁ − x₂/n₂}. */
    static Interval newcombe(long x1, long n1, long x2, long n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double[] w1 = wilson(p1, n1);
        double[] w2 = wilson(p2, n2);
        double d = p1 - p2;
        double lower = d - Math.sqrt((p1 - w1[0]) * (p1 - w1[0]) + (w2[1] - p2) * (w2[1] - p2));
        double upper = d + Math.sqrt((w1[1] - p1) * (w1[1] - p1) + (p2 - w2[0]) * (p2 - w2[0]));
        return new Interval(Math.max(-1.0, lower), Math.min(1.0, upper));
    }

    /**
     * Wilson's 95 % score interval for a proportion {@code p} of {@code n}:
     * {@code [p + z²/2n ± z sqrt(p(1 − p)/n + z²/4n²)] / (1 + z²/n)}.
     */
    private static double[] wilson(double p, double n) {
        double z2 = Normal.Z_975 * Normal.Z_975;
        double denominator = 1 + z2 / n;
        double centre = p + z2 / (2 * n);
        double margin = Normal.Z_975 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new double[] {
            Math.max(0.0, (centre - margin) / denominator),
            Math.min(1.0, (centre + margin) / denominator)};
    }

    private static double normalP(double z, Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> Normal.twoSidedP(z);
            case GREATER -> Normal.cdf(-z);
            case LESS -> Normal.cdf(z);
        };
    }

    /**
     * Two-sided Welch's t-test; see {@link #welch(double[], double[], Alternative)}.
     *
     * @param before the observations before, at least two, all finite
     * @param after the observations after, at least two, all finite
     * @return the test; empty if both samples have zero variance
     * @throws IllegalArgumentException if a sample has fewer than two values or a value is not
     *     finite
     */
    public static Optional<WelchTest> welch(double[] before, double[] after) {
        return welch(before, after, Alternative.TWO_SIDED);
    }

    /**
     * Welch's unequal-variances t-test for a mean (e.g. satisfaction score) before and after.
     *
     * <p>{@code t = (x̄₁ − x̄₂) / sqrt(s₁²/n₁ + s₂²/n₂)} with sample variances {@code s²}
     * (divisor {@code n − 1}) and Welch–Satterthwaite degrees of freedom
     * {@code ν = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)]} (Welch,
     * Biometrika 34, 1947); the p-value from Student's t with {@code ν} degrees of freedom under
     * the chosen alternative. The difference of the means has the 95 % interval
     * {@code x̄₁ − x̄₂ ± t₀.₉₇₅(ν) · sqrt(s₁²/n₁ + s₂²/n₂)}. Effect size: Cohen's
     * {@code d = (x̄₁ − x̄₂) / sqrt((s₁² + s₂²) / 2)}, the form that does not assume equal
     * variances.
     *
     * @param before the observations before, at least two, all finite
     * @param after the observations after, at least two, all finite
     * @param alternative the alternative hypothesis, not null
     * @return the test; empty if both samples have zero variance
     * @throws IllegalArgumentException if a sample has fewer than two values or a value is not
     *     finite
     */
    public static Optional<WelchTest> welch(double[] before, double[] after,
            Alternative alternative) {
        checkSample(before, "before");
        checkSample(after, "after");
        Checks.notNull(alternative, "alternative");
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
        double se = Math.sqrt(se2);
        double t = (m1 - m2) / se;
        double df = se2 * se2 / (a * a / (before.length - 1) + b * b / (after.length - 1));
        double p = switch (alternative) {
            case TWO_SIDED -> StudentT.twoSidedP(t, df);
            case GREATER -> StudentT.cdf(-t, df);
            case LESS -> StudentT.cdf(t, df);
        };
        double margin = StudentT.quantile(0.975, df) * se;
        double d = (m1 - m2) / Math.sqrt((v1 + v2) / 2);
        return Optional.of(new WelchTest(before.length, m1, v1, after.length, m2, v2,
                alternative, t, df, p, new Interval(m1 - m2 - margin, m1 - m2 + margin), d));
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

    /**
     * Returns the mean: the plain sum divided by the count, then corrected by the mean of the
     * residuals, which removes the rounding error of the first sum when the values are large
     * next to their spread (Björck, Numerical Methods for Least Squares Problems, 1996, §2.2.3).
     */
    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double residual = 0;
        for (double v : values) {
            residual += v - mean;
        }
        return mean + residual / values.length;
    }

    /**
     * Returns the sample variance by the corrected two-pass formula
     * {@code [Σ(x − x̄)² − (Σ(x − x̄))² / n] / (n − 1)} (Chan, Golub and LeVeque, "Algorithms for
     * computing the sample variance", The American Statistician 37, 1983), whose second term
     * cancels the error left in {@code x̄}.
     */
    private static double variance(double[] values, double mean) {
        double sum = 0;
        double residual = 0;
        for (double v : values) {
            double deviation = v - mean;
            sum += deviation * deviation;
            residual += deviation;
        }
        return Math.max(0.0, sum - residual * residual / values.length) / (values.length - 1);
    }

    /**
     * Two-sided Mann–Whitney U test; see {@link #mannWhitney(double[], double[], Alternative)}.
     *
     * @param before the observations before, at least one, all finite
     * @param after the observations after, at least one, all finite
     * @return the test; empty if every value is tied
     * @throws IllegalArgumentException if a sample is empty or a value is not finite
     */
    public static Optional<MannWhitneyTest> mannWhitney(double[] before, double[] after) {
        return mannWhitney(before, after, Alternative.TWO_SIDED);
    }

    /**
     * Mann–Whitney U test (Wilcoxon rank-sum) for a skewed quantity such as response or
     * resolution time before and after.
     *
     * <p>All values are ranked together, ties receiving their average rank;
     * {@code U₁ = R₁ − n₁(n₁ + 1)/2} where {@code R₁} is the rank sum of the "before" sample, so
     * {@code U₁} counts the (before, after) pairs with the "before" value larger, ties one half.
     *
     * <p>Which p-value:
     * <ul>
     *   <li>Exact, when both samples have fewer than {@value #EXACT_LIMIT} observations and no
     *       two observations are equal (the rule of R's {@code wilcox.test}): from the exact null
     *       distribution of {@code U₁} (Mann and Whitney, Annals of Mathematical Statistics 18,
     *       1947), {@code P(U ≥ U₁)} for {@link Alternative#GREATER}, {@code P(U ≤ U₁)} for
     *       {@link Alternative#LESS}, twice the smaller of the two, at most 1, when two-sided.
     *   <li>Otherwise the normal approximation: with {@code n = n₁ + n₂} and {@code tⱼ} the size of
     *       each tie group, {@code σ² = n₁n₂/12 · [(n + 1) − Σ(tⱼ³ − tⱼ) / (n(n − 1))]} and
     *       {@code z = (U₁ − n₁n₂/2 − c) / σ}, with the continuity correction {@code c = 0.5}
     *       for {@code GREATER}, {@code −0.5} for {@code LESS} and {@code ±0.5} towards the mean
     *       when two-sided (Siegel and Castellan, Nonparametric Statistics for the Behavioral
     *       Sciences, 2nd ed., 1988, §6.4). Samples under {@value #EXACT_LIMIT} get it only
     *       because of ties, which the result flags ({@link MannWhitneyTest#approximatedForTies()});
     *       the approximation is poor below about 8 observations per sample.
     * </ul>
     * The statistic {@code z} is reported whichever method gave the p-value.
     *
     * <p>Effect sizes: the common-language effect size {@code A = U₁/(n₁n₂)} (McGraw and Wong,
     * Psychological Bulletin 111, 1992; the Vargha–Delaney A), with the 95 % interval
     * {@code A ± 1.96 SE}, clipped to [0, 1], where {@code SE² = [A(1 − A) + (n₁ − 1)(Q₁ − A²)
     * + (n₂ − 1)(Q₂ − A²)] / (n₁n₂)}, {@code Q₁ = A/(2 − A)}, {@code Q₂ = 2A²/(1 + A)} (Hanley
     * and McNeil, "The meaning and use of the area under a receiver operating characteristic
     * curve", Radiology 143, 1982); and the rank-biserial correlation {@code r = 2A − 1}
     * (Kerby, "The simple difference formula", Comprehensive Psychology 3, 2014), in [−1, 1],
     * positive when "before" values tend to be larger, with the interval mapped the same way.
     *
     * @param before the observations before, at least one, all finite
     * @param after the observations after, at least one, all finite
     * @param alternative the alternative hypothesis, not null
     * @return the test; empty if every value is tied
     * @throws IllegalArgumentException if a sample is empty or a value is not finite
     */
    public static Optional<MannWhitneyTest> mannWhitney(double[] before, double[] after,
            Alternative alternative) {
        checkNonEmpty(before, "before");
        checkNonEmpty(after, "after");
        Checks.notNull(alternative, "alternative");
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
        double pairs = n1 * (double) n2;
        double u1 = rankSumBefore - n1 * (n1 + 1.0) / 2.0;
        double variance = pairs / 12.0 * ((n + 1) - tieTerm / ((double) n * (n - 1)));
        if (!(variance > 0)) {
            return Optional.empty();
        }
        boolean tied = tieTerm > 0;
        double deviation = u1 - pairs / 2.0;
        double correction = switch (alternative) {
            case TWO_SIDED -> Math.signum(deviation) * 0.5;
            case GREATER -> 0.5;
            case LESS -> -0.5;
        };
        double z = (deviation - correction) / Math.sqrt(variance);
        MannWhitneyTest.Method method;
        double p;
        if (!tied && n1 < EXACT_LIMIT && n2 < EXACT_LIMIT) {
            method = MannWhitneyTest.Method.EXACT;
            double[] distribution = MannWhitneyExact.distribution(n1, n2);
            int u = (int) u1;
            double upper = MannWhitneyExact.atLeast(distribution, u);
            double lower = MannWhitneyExact.atMost(distribution, u);
            p = switch (alternative) {
                case TWO_SIDED -> Math.min(1.0, 2.0 * Math.min(upper, lower));
                case GREATER -> upper;
                case LESS -> lower;
            };
        } else {
            method = MannWhitneyTest.Method.NORMAL_APPROXIMATION;
            p = normalP(z, alternative);
        }
        double a = u1 / pairs;
        double se = hanleyMcNeilStandardError(a, n1, n2);
        Interval interval = new Interval(Math.max(0.0, a - Normal.Z_975 * se),
                Math.min(1.0, a + Normal.Z_975 * se));
        return Optional.of(new MannWhitneyTest(n1, n2, alternative, u1, z, p, method, tied, a,
                interval));
    }

    /** Hanley and McNeil's (1982) standard error of {@code A = U₁/(n₁n₂)}. */
    static double hanleyMcNeilStandardError(double a, int n1, int n2) {
        double q1 = a / (2 - a);
        double q2 = 2 * a * a / (1 + a);
        double variance = (a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n2 - 1) * (q2 - a * a))
                / (n1 * (double) n2);
        return Math.sqrt(Math.max(0.0, variance));
    }

    private static void checkNonEmpty(double[] sample, String field) {
        Checks.notNull(sample, field);
        if (sample.length == 0) {
            throw new IllegalArgumentException(field + " must have at least 1 value, but had 0");
        }
        for (int i = 0; i < sample.length; i++) {
            Checks.finite(sample[i], field + "[" + i + "]");
        }
    }
}
