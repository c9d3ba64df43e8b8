package org.qualityloop.metrics.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * Builds control charts with 3-sigma limits: the individuals and moving-range chart
 * ({@link #xmr(double[])}) and the Shewhart attribute charts, following the NIST/SEMATECH
 * e-Handbook of Statistical Methods, section 6.3.3 (counts control charts, 6.3.3.1; proportions
 * control charts, 6.3.3.2) and Montgomery, Introduction to Statistical Quality Control, ch. 7.
 *
 * <ul>
 *   <li>p chart: {@code p̄ = ΣDᵢ / Σnᵢ}; limits {@code p̄ ± 3 sqrt(p̄ (1 − p̄) / nᵢ)} per sample,
 *       so variable sample sizes get their own limits; upper limit capped at 1.
 *   <li>np chart: constant {@code n}; centre {@code n p̄}; limits
 *       {@code n p̄ ± 3 sqrt(n p̄ (1 − p̄))}; upper limit capped at {@code n}.
 *   <li>c chart: {@code c̄ = Σcᵢ / k}; limits {@code c̄ ± 3 sqrt(c̄)}.
 *   <li>u chart: {@code ū = Σcᵢ / Σaᵢ} for areas of opportunity {@code aᵢ}; limits
 *       {@code ū ± 3 sqrt(ū / aᵢ)} per sample.
 * </ul>
 *
 * <p>Laney's p′ and u′ charts ({@link #laneyP(long[], long[])}, {@link #laneyU(long[], double[])})
 * correct the limits for the over- or under-dispersion that very large samples expose.
 *
 * <p>Two phases (Montgomery, §6.2.4 and §7.2.1, "standard values given"). In phase I the centre
 * and limits are estimated from the data charted ({@link #p(long[], long[])}, {@link #xmr(double[])},
 * …), to bring a process into control and establish its parameters. In phase II new data are
 * charted against a given standard, a known {@code p}, {@code c}, {@code u} or mean and σ
 * ({@link #pWithStandard(long[], long[], double)}, {@link #xmrWithStandard(double[], double,
 * double)}, …), typically the centre of an in-control phase-I chart; the limits then do not move
 * with the data. The formulas are the phase-I ones with the standard in place of the estimate.
 *
 * <p>The moving-range constants are exact: {@code d₂ = 2/√π} and {@code D₄ = 1 + 3 sqrt(π/2 − 1)}
 * for ranges of two (see {@link ControlChartConstants}), not the three-decimal 1.128 and 3.267
 * of printed tables; limits differ from table-based ones by about 0.03 %.
 *
 * <p>Every attribute-chart lower limit below zero is truncated to zero. An empty input gives an empty result.
 * Each point carries its sigma, so {@link RunRules} can apply the Western Electric and Nelson
 * rules with zones that follow variable limits.
 *
 * <p>Stateless and thread-safe; input arrays are read, never kept.
 */
public final class ControlCharts {

    private ControlCharts() {
    }

    /**
     * Builds a p chart.
     *
     * @param nonconforming nonconforming units per sample, not negative and at most the
     *     sample's size
     * @param sampleSizes units inspected per sample, positive; same length
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
     */
    public static Optional<AttributeChart> p(long[] nonconforming, long[] sampleSizes) {
        checkCounts(nonconforming, sampleSizes);
        if (nonconforming.length == 0) {
            return Optional.empty();
        }
        long defects = 0;
        long units = 0;
        for (int i = 0; i < nonconforming.length; i++) {
            defects = Math.addExact(defects, nonconforming[i]);
            units = Math.addExact(units, sampleSizes[i]);
        }
        return Optional.of(pChart(nonconforming, sampleSizes, (double) defects / units));
    }

    private static AttributeChart pChart(long[] nonconforming, long[] sampleSizes, double pBar) {
        List<ChartPoint> points = new ArrayList<>(nonconforming.length);
        for (int i = 0; i < nonconforming.length; i++) {
            double sigma = Math.sqrt(pBar * (1 - pBar) / sampleSizes[i]);
            points.add(new ChartPoint(i, (double) nonconforming[i] / sampleSizes[i], pBar, sigma,
                    Math.max(0.0, pBar - 3 * sigma), Math.min(1.0, pBar + 3 * sigma)));
        }
        return new AttributeChart(AttributeChartType.P, pBar, points);
    }

    /**
     * Builds a p chart for samples of one constant size, as analysts with counts per period
     * often have: the same chart as {@link #p(long[], long[])} with every size {@code sampleSize},
     * so every point has the limits {@code p̄ ± 3 sqrt(p̄ (1 − p̄) / n)}.
     *
     * @param nonconforming nonconforming units per sample, between 0 and {@code sampleSize}
     * @param sampleSize units inspected in every sample, positive
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Optional<AttributeChart> p(long[] nonconforming, long sampleSize) {
        return p(nonconforming, constantSizes(nonconforming, sampleSize));
    }

    private static long[] constantSizes(long[] nonconforming, long sampleSize) {
        Checks.positive(sampleSize, "sampleSize");
        long[] sizes = new long[nonconforming.length];
        Arrays.fill(sizes, sampleSize);
        return sizes;
    }

    /**
     * Builds a phase-II p chart against a given standard proportion {@code p}: centre {@code p},
     * limits {@code p ± 3 sqrt(p (1 − p) / nᵢ)} per sample, the lower truncated at 0 and the upper
     * capped at 1.
     *
     * @param nonconforming nonconforming units per sample, between 0 and the sample's size
     * @param sampleSizes units inspected per sample, positive; same length
     * @param standard the standard proportion nonconforming, strictly between 0 and 1
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
     */
    public static Optional<AttributeChart> pWithStandard(long[] nonconforming, long[] sampleSizes,
            double standard) {
        checkCounts(nonconforming, sampleSizes);
        checkProportion(standard);
        return nonconforming.length == 0 ? Optional.empty()
                : Optional.of(pChart(nonconforming, sampleSizes, standard));
    }

    /**
     * Builds a phase-II p chart for samples of one constant size against a given standard
     * proportion; see {@link #pWithStandard(long[], long[], double)}.
     *
     * @param nonconforming nonconforming units per sample, between 0 and {@code sampleSize}
     * @param sampleSize units inspected in every sample, positive
     * @param standard the standard proportion nonconforming, strictly between 0 and 1
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Optional<AttributeChart> pWithStandard(long[] nonconforming, long sampleSize,
            double standard) {
        return pWithStandard(nonconforming, constantSizes(nonconforming, sampleSize), standard);
    }

    private static void checkProportion(double standard) {
        if (!(standard > 0.0 && standard < 1.0)) {
            throw new IllegalArgumentException(
                    "standard must be strictly between 0 and 1, but was " + standard);
        }
    }

    private static void checkRate(double standard) {
        if (!(standard > 0.0) || Double.isInfinite(standard)) {
            throw new IllegalArgumentException(
                    "standard must be positive and finite, but was " + standard);
        }
    }

    /**
     * Builds an np chart for samples of one constant size.
     *
     * @param nonconforming nonconforming units per sample, between 0 and {@code sampleSize}
     * @param sampleSize units inspected in every sample, positive
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Optional<AttributeChart> np(long[] nonconforming, long sampleSize) {
        checkCounts(nonconforming, constantSizes(nonconforming, sampleSize));
        if (nonconforming.length == 0) {
            return Optional.empty();
        }
        long defects = 0;
        for (long d : nonconforming) {
            defects = Math.addExact(defects, d);
        }
        double pBar = (double) defects / ((double) sampleSize * nonconforming.length);
        return Optional.of(npChart(nonconforming, sampleSize, pBar));
    }

    /**
     * Builds a phase-II np chart against a given standard proportion {@code p}: centre
     * {@code n p}, limits {@code n p ± 3 sqrt(n p (1 − p))}, the lower truncated at 0 and the
     * upper capped at {@code n}.
     *
     * @param nonconforming nonconforming units per sample, between 0 and {@code sampleSize}
     * @param sampleSize units inspected in every sample, positive
     * @param standard the standard proportion nonconforming, strictly between 0 and 1
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Optional<AttributeChart> npWithStandard(long[] nonconforming, long sampleSize,
            double standard) {
        checkCounts(nonconforming, constantSizes(nonconforming, sampleSize));
        checkProportion(standard);
        return nonconforming.length == 0 ? Optional.empty()
                : Optional.of(npChart(nonconforming, sampleSize, standard));
    }

    private static AttributeChart npChart(long[] nonconforming, long sampleSize, double pBar) {
        double centre = sampleSize * pBar;
        double sigma = Math.sqrt(sampleSize * pBar * (1 - pBar));
        double lower = Math.max(0.0, centre - 3 * sigma);
        double upper = Math.min(sampleSize, centre + 3 * sigma);
        List<ChartPoint> points = new ArrayList<>(nonconforming.length);
        for (int i = 0; i < nonconforming.length; i++) {
            points.add(new ChartPoint(i, nonconforming[i], centre, sigma, lower, upper));
        }
        return new AttributeChart(AttributeChartType.NP, centre, points);
    }

    /**
     * Builds a c chart for counts of nonconformities in samples of equal opportunity.
     *
     * @param counts nonconformities per sample, not negative
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if a count is negative
     */
    public static Optional<AttributeChart> c(long[] counts) {
        if (counts.length == 0) {
            return Optional.empty();
        }
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            total = Math.addExact(total, Checks.nonNegative(counts[i], "counts[" + i + "]"));
        }
        return Optional.of(cChart(counts, (double) total / counts.length));
    }

    /**
     * Builds a phase-II c chart against a given standard count {@code c}: centre {@code c},
     * limits {@code c ± 3 √c}, the lower truncated at 0.
     *
     * @param counts nonconformities per sample, not negative
     * @param standard the standard count per sample, positive and finite
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Optional<AttributeChart> cWithStandard(long[] counts, double standard) {
        for (int i = 0; i < counts.length; i++) {
            Checks.nonNegative(counts[i], "counts[" + i + "]");
        }
        checkRate(standard);
        return counts.length == 0 ? Optional.empty() : Optional.of(cChart(counts, standard));
    }

    private static AttributeChart cChart(long[] counts, double cBar) {
        double sigma = Math.sqrt(cBar);
        double lower = Math.max(0.0, cBar - 3 * sigma);
        double upper = cBar + 3 * sigma;
        List<ChartPoint> points = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            points.add(new ChartPoint(i, counts[i], cBar, sigma, lower, upper));
        }
        return new AttributeChart(AttributeChartType.C, cBar, points);
    }

    /**
     * Builds a u chart for nonconformities per unit of opportunity.
     *
     * @param counts nonconformities per sample, not negative
     * @param opportunities units of opportunity per sample (e.g. thousands of orders), positive
     *     and finite; same length
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
     */
    public static Optional<AttributeChart> u(long[] counts, double[] opportunities) {
        double area = checkOpportunities(counts, opportunities);
        if (counts.length == 0) {
            return Optional.empty();
        }
        long total = 0;
        for (long count : counts) {
            total = Math.addExact(total, count);
        }
        return Optional.of(uChart(counts, opportunities, total / area));
    }

    /**
     * Builds a phase-II u chart against a given standard rate {@code u} per unit of
     * opportunity: centre {@code u}, limits {@code u ± 3 sqrt(u / aᵢ)} per sample, the lower
     * truncated at 0.
     *
     * @param counts nonconformities per sample, not negative
     * @param opportunities units of opportunity per sample, positive and finite; same length
     * @param standard the standard rate per unit of opportunity, positive and finite
     * @return the chart, empty if there are no samples
     * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
     */
    public static Optional<AttributeChart> uWithStandard(long[] counts, double[] opportunities,
            double standard) {
        checkOpportunities(counts, opportunities);
        checkRate(standard);
        return counts.length == 0 ? Optional.empty()
                : Optional.of(uChart(counts, opportunities, standard));
    }

    /** Checks the counts and opportunities and returns the total opportunity. */
    private static double checkOpportunities(long[] counts, double[] opportunities) {
        if (counts.length != opportunities.length) {
            throw new IllegalArgumentException("opportunities must have " + counts.length
                    + " entries, one per count, but had " + opportunities.length);
        }
        double area = 0;
        for (int i = 0; i < counts.length; i++) {
            Checks.nonNegative(counts[i], "counts[" + i + "]");
            double a = Checks.finite(opportunities[i], "opportunities[" + i + "]");
            if (!(a > 0)) {
                throw new IllegalArgumentException(
                        "opportunities[" + i + "] must be positive, but was " + a);
            }
            area += a;
        }
        return area;
    }

    private static AttributeChart uChart(long[] counts, double[] opportunities, double uBar) {
        List<ChartPoint> points = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            double sigma = Math.sqrt(uBar / opportunities[i]);
            points.add(new ChartPoint(i, counts[i] / opportunities[i], uBar, sigma,
                    Math.max(0.0, uBar - 3 * sigma), uBar + 3 * sigma));
        }
        return new AttributeChart(AttributeChartType.U, uBar, points);
    }

    private static void checkCounts(long[] nonconforming, long[] sampleSizes) {
        if (nonconforming.length != sampleSizes.length) {
            throw new IllegalArgumentException("sampleSizes must have " + nonconforming.length
                    + " entries, one per sample, but had " + sampleSizes.length);
        }
        for (int i = 0; i < nonconforming.length; i++) {
            Checks.positive(sampleSizes[i], "sampleSizes[" + i + "]");
            if (nonconforming[i] < 0 || nonconforming[i] > sampleSizes[i]) {
                throw new IllegalArgumentException("nonconforming[" + i + "] must be between 0 and "
                        + sampleSizes[i] + ", but was " + nonconforming[i]);
            }
        }
    }

    /** {@code d₂} for moving ranges of two consecutive points, exactly {@code 2/√π}. */
    static final double D2 = ControlChartConstants.D2_FOR_TWO;

    /**
     * Builds Laney's p′ chart (Laney, "Improved control charts for attributes", Quality
     * Engineering 14(4), 2002): with {@code σᵢ = sqrt(p̄ (1 − p̄) / nᵢ)} as for the p chart,
     * each sample is standardised, {@code zᵢ = (pᵢ − p̄) / σᵢ}; the moving ranges of the
     * {@code z} values estimate {@code σ_z = MR̄_z / d₂} ({@code d₂ = 2/√π = 1.128…}); limits are
     * {@code p̄ ± 3 σᵢ σ_z}. When the samples vary only binomially {@code σ_z ≈ 1} and this is
     * the p chart; very large samples with real between-sample variation get wider limits
     * instead of flagging almost every point.
     *
     * @param nonconforming nonconforming units per sample, between 0 and the sample's size
     * @param sampleSizes units inspected per sample, positive; same length
     * @return the chart, empty if there are fewer than two samples (no moving range) or
     *     {@code p̄} is 0 or 1 (no binomial variation to standardise by)
     * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
     */
    public static Optional<AttributeChart> laneyP(long[] nonconforming, long[] sampleSizes) {
        Optional<AttributeChart> p = p(nonconforming, sampleSizes);
        if (p.isEmpty() || nonconforming.length < 2) {
            return Optional.empty();
        }
        double pBar = p.get().centre();
        if (pBar == 0.0 || pBar == 1.0) {
            return Optional.empty();
        }
        double[] sigma = new double[nonconforming.length];
        double[] values = new double[nonconforming.length];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = Math.sqrt(pBar * (1 - pBar) / sampleSizes[i]);
            values[i] = (double) nonconforming[i] / sampleSizes[i];
        }
        return Optional.of(laney(AttributeChartType.P_PRIME, pBar, values, sigma, 1.0));
    }

    /**
     * Builds Laney's u′ chart: as {@link #laneyP(long[], long[])} with
     * {@code σᵢ = sqrt(ū / aᵢ)} from the u chart.
     *
     * @param counts nonconformities per sample, not negative
     * @param opportunities units of opportunity per sample, positive and finite; same length
     * @return the chart, empty if there are fewer than two samples or {@code ū} is 0
     * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
     */
    public static Optional<AttributeChart> laneyU(long[] counts, double[] opportunities) {
        Optional<AttributeChart> u = u(counts, opportunities);
        if (u.isEmpty() || counts.length < 2) {
            return Optional.empty();
        }
        double uBar = u.get().centre();
        if (uBar == 0.0) {
            return Optional.empty();
        }
        double[] sigma = new double[counts.length];
        double[] values = new double[counts.length];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = Math.sqrt(uBar / opportunities[i]);
            values[i] = counts[i] / opportunities[i];
        }
        return Optional.of(laney(AttributeChartType.U_PRIME, uBar, values, sigma,
                Double.MAX_VALUE));
    }

    private static AttributeChart laney(AttributeChartType type, double centre, double[] values,
            double[] sigma, double cap) {
        double movingRangeSum = 0;
        for (int i = 1; i < values.length; i++) {
            double z = (values[i] - centre) / sigma[i];
            double previous = (values[i - 1] - centre) / sigma[i - 1];
            movingRangeSum += Math.abs(z - previous);
        }
        double sigmaZ = movingRangeSum / (values.length - 1) / D2;
        List<ChartPoint> points = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            double width = 3 * sigma[i] * sigmaZ;
            points.add(new ChartPoint(i, values[i], centre, sigma[i] * sigmaZ,
                    Math.max(0.0, centre - width), Math.min(cap, centre + width)));
        }
        return new AttributeChart(type, centre, points);
    }

    /**
     * Builds an individuals and moving-range (XmR) chart (NIST/SEMATECH e-Handbook, 6.3.2.2;
     * Wheeler, Understanding Variation, 2000). With {@code MRᵢ = |xᵢ − xᵢ₋₁|} and
     * {@code MR̄} their mean: individuals centre {@code x̄}, limits
     * {@code x̄ ± 3 MR̄ / d₂} with {@code d₂ = 2/√π = 1.128…}; moving-range centre {@code MR̄},
     * upper limit {@code D₄ MR̄} with {@code D₄ = 1 + 3 sqrt(π/2 − 1) = 3.2665…} (the exact
     * constants for ranges of two, see {@link ControlChartConstants}), lower limit 0, so its
     * sigma for the run rules is {@code (D₄ − 1) MR̄ / 3}. Individuals limits are
     * not truncated: the measured quantity may be negative. The moving-range points are indexed
     * by the later of their two observations (1 to n − 1).
     *
     * @param values the observations in time order, finite
     * @return the two charts, empty if there are fewer than two observations
     * @throws IllegalArgumentException if a value is not finite
     */
    public static Optional<XmrChart> xmr(double[] values) {
        for (int i = 0; i < values.length; i++) {
            Checks.finite(values[i], "values[" + i + "]");
        }
        if (values.length < 2) {
            return Optional.empty();
        }
        double sum = 0;
        double rangeSum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i > 0) {
                rangeSum += Math.abs(values[i] - values[i - 1]);
            }
        }
        double mean = sum / values.length;
        double averageRange = rangeSum / (values.length - 1);
        double sigma = averageRange / D2;
        double width = 3 * sigma;
        List<ChartPoint> individuals = new ArrayList<>(values.length);
        List<ChartPoint> ranges = new ArrayList<>(values.length - 1);
        for (int i = 0; i < values.length; i++) {
            individuals.add(new ChartPoint(i, values[i], mean, sigma, mean - width, mean + width));
            if (i > 0) {
                ranges.add(new ChartPoint(i, Math.abs(values[i] - values[i - 1]), averageRange,
                        (XmrChart.D4 - 1) * averageRange / 3, 0.0, XmrChart.D4 * averageRange));
            }
        }
        return Optional.of(new XmrChart(mean, averageRange, individuals, ranges));
    }

    /**
     * Builds a phase-II individuals and moving-range chart against a given standard mean
     * {@code μ} and standard deviation {@code σ} (Montgomery, §6.4, with the standard in place of
     * the estimate): individuals centre {@code μ}, limits {@code μ ± 3σ}; moving-range centre
     * {@code d₂ σ}, upper limit {@code (d₂ + 3 d₃) σ} (the table constant {@code D₂ = 3.686}
     * for ranges of two), lower limit {@code max(0, d₂ − 3 d₃) σ = 0}, sigma {@code d₃ σ}, with
     * the exact {@code d₂ = 2/√π} and {@code d₃ = sqrt(2 − 4/π)}. The returned chart's
     * {@link XmrChart#averageMovingRange()} is that centre {@code d₂ σ}, the expected moving
     * range, not the mean of the observed ones. Moving-range points are indexed as in
     * {@link #xmr(double[])}.
     *
     * @param values the observations in time order, finite
     * @param mean the standard mean, finite
     * @param sigma the standard deviation of one observation, positive and finite
     * @return the two charts, empty if there are fewer than two observations
     * @throws IllegalArgumentException if a value, the mean or sigma is out of range
     */
    public static Optional<XmrChart> xmrWithStandard(double[] values, double mean, double sigma) {
        for (int i = 0; i < values.length; i++) {
            Checks.finite(values[i], "values[" + i + "]");
        }
        Checks.finite(mean, "mean");
        if (!(sigma > 0.0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, but was " + sigma);
        }
        if (values.length < 2) {
            return Optional.empty();
        }
        double width = 3 * sigma;
        double rangeCentre = ControlChartConstants.D2_FOR_TWO * sigma;
        double rangeSigma = ControlChartConstants.D3_FOR_TWO * sigma;
        List<ChartPoint> individuals = new ArrayList<>(values.length);
        List<ChartPoint> ranges = new ArrayList<>(values.length - 1);
        for (int i = 0; i < values.length; i++) {
            individuals.add(new ChartPoint(i, values[i], mean, sigma, mean - width, mean + width));
            if (i > 0) {
                ranges.add(new ChartPoint(i, Math.abs(values[i] - values[i - 1]), rangeCentre,
                        rangeSigma, Math.max(0.0, rangeCentre - 3 * rangeSigma),
                        rangeCentre + 3 * rangeSigma));
            }
        }
        return Optional.of(new XmrChart(mean, rangeCentre, individuals, ranges));
    }
}
