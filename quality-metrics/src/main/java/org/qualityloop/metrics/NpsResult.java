package org.qualityloop.metrics;

import java.util.Objects;
import org.qualityloop.metrics.internal.Normal;
import org.qualityloop.model.internal.Checks;

/**
 * The Net Promoter Score of a non-empty sample, on the −100…100 scale, with its standard error
 * and two 95 % confidence intervals.
 *
 * <p>With {@code n} responses, promoter share {@code p = P/n} and detractor share
 * {@code d = D/n}: {@code NPS = 100 (p − d)}. Promoters and detractors come from one trinomial
 * sample, so their shares are negatively correlated ({@code Cov(p, d) = −p d / n}); the variance
 * of {@code p − d} is therefore {@code [p + d − (p − d)^2] / n}, not the sum of two binomial
 * variances less nothing, and {@code standardError = 100 sqrt([p + d − (p − d)^2] / n)}.
 *
 * <ul>
 *   <li>{@link #wald()}: {@code NPS ± 1.96 · standardError}.
 *   <li>{@link #adjustedWald()}: the adjusted-Wald interval that Rocks (2016, "Interval
 *       estimation for the 'Net Promoter Score'", The American Statistician 70(4)) found to have
 *       the best coverage: add 3/4 to the promoter and detractor counts and 3 to {@code n},
 *       then apply the Wald formula to the adjusted shares. Its centre is the adjusted NPS,
 *       not {@link #score()}.
 * </ul>
 *
 * <p>Both intervals are clipped to {@code [−100, 100]}. When every answer falls in one group the
 * Wald standard error is 0 and the Wald interval has zero width; the adjusted-Wald interval does
 * not, which is one reason to prefer it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param responses number of responses, positive
 * @param promoters number of 9–10 answers
 * @param passives number of 7–8 answers
 * @param detractors number of 0–6 answers
 * @param score the NPS, {@code 100 (P − D) / n}, between −100 and 100
 * @param standardError the standard error of {@code score}, on the same scale
 * @param wald the Wald 95 % interval
 * @param adjustedWald the adjusted-Wald 95 % interval (Rocks 2016)
 */
public record NpsResult(
        long responses,
        long promoters,
        long passives,
        long detractors,
        double score,
        double standardError,
        Interval wald,
        Interval adjustedWald) {

    /**
     * Validates the counts and the derived values.
     *
     * @param responses number of responses, positive
     * @param promoters number of 9–10 answers
     * @param passives number of 7–8 answers
     * @param detractors number of 0–6 answers
     * @param score the NPS, {@code 100 (P − D) / n}, between −100 and 100
     * @param standardError the standard error of {@code score}, on the same scale
     * @param wald the Wald 95 % interval
     * @param adjustedWald the adjusted-Wald 95 % interval (Rocks 2016)
     * @throws IllegalArgumentException if a count is negative, the counts do not add up to a
     *     positive {@code responses}, or {@code score} is outside −100…100
     */
    public NpsResult {
        Checks.notNull(wald, "wald");
        Checks.notNull(adjustedWald, "adjustedWald");
        Checks.nonNegative(promoters, "promoters");
        Checks.nonNegative(passives, "passives");
        Checks.nonNegative(detractors, "detractors");
        Checks.positive(responses, "responses");
        if (promoters + passives + detractors != responses) {
            throw new IllegalArgumentException("responses must equal promoters + passives + "
                    + "detractors (" + (promoters + passives + detractors) + "), but was "
                    + responses);
        }
        Checks.between(score, -100.0, 100.0, "score");
        Checks.between(standardError, 0.0, 100.0, "standardError");
    }

    /**
     * Computes the result from counts.
     *
     * @param promoters number of 9–10 answers, not negative
     * @param passives number of 7–8 answers, not negative
     * @param detractors number of 0–6 answers, not negative
     * @return the result
     * @throws IllegalArgumentException if a count is negative or all are zero
     */
    public static NpsResult of(long promoters, long passives, long detractors) {
        Checks.nonNegative(promoters, "promoters");
        Checks.nonNegative(passives, "passives");
        Checks.nonNegative(detractors, "detractors");
        long n = Checks.positive(promoters + passives + detractors, "responses");
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double score = 100.0 * (p - d);
        double se = 100.0 * Math.sqrt(variance(p, d) / n);
        Interval wald = clipped(score, Normal.Z_975 * se);
        double adjustedN = n + 3.0;
        double pa = (promoters + 0.75) / adjustedN;
        double da = (detractors + 0.75) / adjustedN;
        double adjustedScore = 100.0 * (pa - da);
        double adjustedSe = 100.0 * Math.sqrt(variance(pa, da) / adjustedN);
        Interval adjustedWald = clipped(adjustedScore, Normal.Z_975 * adjustedSe);
        return new NpsResult(n, promoters, passives, detractors, Math.max(-100.0,
                Math.min(100.0, score)), Math.min(100.0, se), wald, adjustedWald);
    }

    /** Variance of one trinomial draw scored +1 / 0 / −1, guarded against rounding below 0. */
    private static double variance(double p, double d) {
        return Math.max(0.0, p + d - (p - d) * (p - d));
    }

    private static Interval clipped(double centre, double margin) {
        return new Interval(Math.max(-100.0, centre - margin), Math.min(100.0, centre + margin));
    }

    /**
     * Returns the variance of {@link #score()}, {@code standardError²}: on the squared NPS
     * scale, {@code 10⁴ [p + d − (p − d)²] / n}, the trinomial variance of one answer scored
     * +1, 0 or −1 divided by the number of answers.
     *
     * @return the variance, not negative
     */
    public double variance() {
        return standardError * standardError;
    }

    /**
     * Returns the adjusted-Wald point estimate, the centre of {@link #adjustedWald()} before
     * clipping: with {@code P + 3/4} promoters and {@code D + 3/4} detractors among
     * {@code n + 3} answers (Rocks 2016), {@code 100 (P − D) / (n + 3)}. It lies between 0 and
     * {@link #score()}, shrunk towards 0 by the factor {@code n / (n + 3)}.
     *
     * @return the adjusted NPS, between −100 and 100
     */
    public double adjustedScore() {
        return 100.0 * (promoters - detractors) / (responses + 3.0);
    }

    /**
     * Returns the standard error of {@link #adjustedScore()}, the Wald formula applied to the
     * adjusted shares {@code p̃ = (P + 3/4)/(n + 3)}, {@code d̃ = (D + 3/4)/(n + 3)}:
     * {@code 100 sqrt([p̃ + d̃ − (p̃ − d̃)²] / (n + 3))}; {@link #adjustedWald()} is the adjusted
     * score ± 1.96 times this, clipped to −100…100.
     *
     * @return the standard error, positive
     */
    public double adjustedStandardError() {
        double adjustedN = responses + 3.0;
        return 100.0 * Math.sqrt(variance((promoters + 0.75) / adjustedN,
                (detractors + 0.75) / adjustedN) / adjustedN);
    }

    /**
     * Compares this NPS with that of an independent sample; named so as not to read as
     * {@link Comparable#compareTo(Object)}, which it is not.
     *
     * <p>No significance test for NPS is universally agreed. This is the large-sample Wald
     * z-test on the difference of two independent NPS estimates:
     * {@code z = (NPS₁ − NPS₂) / sqrt(SE₁² + SE₂²)}, each standard error computed with the
     * promoter/detractor covariance as in {@link #standardError()}, and a two-sided p-value
     * from the standard normal distribution. It assumes independent samples (different
     * respondents) and enough responses in each that the normal approximation holds; when both
     * standard errors are 0 the statistic is undefined and the p-value is reported as 1 if the
     * scores are equal and 0 otherwise.
     *
     * @param other the other sample's result, not null
     * @return the difference {@code this − other}, its standard error, z and p-value
     */
    public NpsComparison comparisonWith(NpsResult other) {
        Objects.requireNonNull(other, "other");
        double difference = score - other.score;
        double se = Math.sqrt(standardError * standardError
                + other.standardError * other.standardError);
        Interval interval = new Interval(difference - Normal.Z_975 * se,
                difference + Normal.Z_975 * se);
        if (se == 0.0) {
            return new NpsComparison(difference, 0.0, 0.0, difference == 0.0 ? 1.0 : 0.0,
                    interval);
        }
        double z = difference / se;
        return new NpsComparison(difference, se, z, Normal.twoSidedP(z), interval);
    }
}
