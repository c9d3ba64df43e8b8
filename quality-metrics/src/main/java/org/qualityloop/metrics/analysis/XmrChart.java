package org.qualityloop.metrics.analysis;

import java.util.List;
import org.qualityloop.model.internal.Checks;

/**
 * An individuals (X) chart with its moving-range (mR) chart, built by
 * {@link ControlCharts#xmr(double[])}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mean the centre line of the individuals chart, {@code x̄}
 * @param averageMovingRange the centre line of the moving-range chart, {@code MR̄}, not negative
 * @param individuals one point per observation, at least two
 * @param movingRanges one point per consecutive pair, one fewer than {@code individuals}
 */
public record XmrChart(
        double mean, double averageMovingRange, List<ChartPoint> individuals,
        List<ChartPoint> movingRanges) {

    /** {@code D₄} for moving ranges of two consecutive points, exactly
     * {@code 1 + 3 sqrt(π/2 − 1) = 3.2665318…} (tables round it to 3.267; see
     * {@link ControlChartConstants}). */
    public static final double D4 = ControlChartConstants.D4_FOR_TWO;

    /**
     * Validates and copies the fields.
     *
     * @param mean the centre line of the individuals chart, {@code x̄}
     * @param averageMovingRange the centre line of the moving-range chart, {@code MR̄}, not
     *     negative
     * @param individuals one point per observation, at least two
     * @param movingRanges one point per consecutive pair, one fewer than {@code individuals}
     * @throws IllegalArgumentException if the lists have inconsistent sizes or a value is out of
     *     range
     */
    public XmrChart {
        Checks.finite(mean, "mean");
        Checks.between(averageMovingRange, 0.0, Double.MAX_VALUE, "averageMovingRange");
        individuals = Checks.listCopy(individuals, "individuals");
        movingRanges = Checks.listCopy(movingRanges, "movingRanges");
        Checks.between(individuals.size(), 2, Integer.MAX_VALUE, "individuals.size");
        Checks.between(movingRanges.size(), individuals.size() - 1, individuals.size() - 1,
                "movingRanges.size");
    }
}
