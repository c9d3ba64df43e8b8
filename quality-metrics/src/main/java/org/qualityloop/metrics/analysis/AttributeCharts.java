package org.qualityloop.metrics.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * Builds Shewhart attribute control charts with 3-sigma limits from phase-I data, following
 * the NIST/SEMATECH e-Handbook of Statistical Methods, section 6.3.3 (counts control charts,
 * 6.3.3.1; proportions control charts, 6.3.3.2) and Montgomery, Introduction to Statistical
 * Quality Control, chapter 7.
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
 * <p>Every lower limit below zero is truncated to zero. An empty input gives an empty result.
 * The Western Electric and Nelson run rules and Laney's p′/u′ charts are not provided here; the
 * charts report rule 1 (a point beyond the limits) through {@link ChartPoint#beyondLimits()}.
 *
 * <p>Stateless and thread-safe; input arrays are read, never kept.
 */
public final class AttributeCharts {

    private AttributeCharts() {
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
        double pBar = (double) defects / units;
        List<ChartPoint> points = new ArrayList<>(nonconforming.length);
        for (int i = 0; i < nonconforming.length; i++) {
            double sigma = Math.sqrt(pBar * (1 - pBar) / sampleSizes[i]);
            points.add(new ChartPoint(i, (double) nonconforming[i] / sampleSizes[i], pBar,
                    Math.max(0.0, pBar - 3 * sigma), Math.min(1.0, pBar + 3 * sigma)));
        }
        return Optional.of(new AttributeChart(AttributeChartType.P, pBar, points));
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
        Checks.positive(sampleSize, "sampleSize");
        long[] sizes = new long[nonconforming.length];
        Arrays.fill(sizes, sampleSize);
        checkCounts(nonconforming, sizes);
        if (nonconforming.length == 0) {
            return Optional.empty();
        }
        long defects = 0;
        for (long d : nonconforming) {
            defects = Math.addExact(defects, d);
        }
        double pBar = (double) defects / ((double) sampleSize * nonconforming.length);
        double centre = sampleSize * pBar;
        double sigma = Math.sqrt(sampleSize * pBar * (1 - pBar));
        double lower = Math.max(0.0, centre - 3 * sigma);
        double upper = Math.min(sampleSize, centre + 3 * sigma);
        List<ChartPoint> points = new ArrayList<>(nonconforming.length);
        for (int i = 0; i < nonconforming.length; i++) {
            points.add(new ChartPoint(i, nonconforming[i], centre, lower, upper));
        }
        return Optional.of(new AttributeChart(AttributeChartType.NP, centre, points));
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
        double cBar = (double) total / counts.length;
        double sigma = Math.sqrt(cBar);
        double lower = Math.max(0.0, cBar - 3 * sigma);
        double upper = cBar + 3 * sigma;
        List<ChartPoint> points = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            points.add(new ChartPoint(i, counts[i], cBar, lower, upper));
        }
        return Optional.of(new AttributeChart(AttributeChartType.C, cBar, points));
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
        if (counts.length != opportunities.length) {
            throw new IllegalArgumentException("opportunities must have " + counts.length
                    + " entries, one per count, but had " + opportunities.length);
        }
        if (counts.length == 0) {
            return Optional.empty();
        }
        long total = 0;
        double area = 0;
        for (int i = 0; i < counts.length; i++) {
            total = Math.addExact(total, Checks.nonNegative(counts[i], "counts[" + i + "]"));
            double a = Checks.finite(opportunities[i], "opportunities[" + i + "]");
            if (!(a > 0)) {
                throw new IllegalArgumentException(
                        "opportunities[" + i + "] must be positive, but was " + a);
            }
            area += a;
        }
        double uBar = total / area;
        List<ChartPoint> points = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            double sigma = Math.sqrt(uBar / opportunities[i]);
            points.add(new ChartPoint(i, counts[i] / opportunities[i], uBar,
                    Math.max(0.0, uBar - 3 * sigma), uBar + 3 * sigma));
        }
        return Optional.of(new AttributeChart(AttributeChartType.U, uBar, points));
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
}
