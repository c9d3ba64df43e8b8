package org.qualityloop.metrics.analysis;

import java.util.List;
import java.util.Objects;
import org.qualityloop.model.internal.Checks;

/**
 * A Shewhart attribute control chart (p, np, c or u) built by {@link ControlCharts}: the
 * centre line and one {@link ChartPoint} per sample with its 3-sigma limits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of chart
 * @param centre the centre line (p̄, n·p̄, c̄ or ū)
 * @param points the samples in order, at least one
 */
public record AttributeChart(AttributeChartType type, double centre, List<ChartPoint> points) {

    /**
     * Validates and copies the fields.
     *
     * @param type the kind of chart
     * @param centre the centre line (p̄, n·p̄, c̄ or ū)
     * @param points the samples in order, at least one
     * @throws IllegalArgumentException if there are no points or the centre is negative
     */
    public AttributeChart {
        Objects.requireNonNull(type, "type");
        Checks.between(centre, 0.0, Double.MAX_VALUE, "centre");
        points = Checks.listCopy(points, "points");
        Checks.positive(points.size(), "points.size");
    }

    /**
     * Returns the points strictly beyond their control limits, in order.
     *
     * @return the out-of-control points; empty if the chart shows none
     */
    public List<ChartPoint> beyondLimits() {
        return points.stream().filter(ChartPoint::beyondLimits).toList();
    }
}
