package org.qualityloop.examples.simulation;

import java.time.LocalDate;
import java.util.List;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.qualityloop.metrics.analysis.RuleViolation;
import org.qualityloop.examples.internal.Valid;

/**
 * A control chart over the days of a run, with the run-rule violations found on it. Immutable.
 *
 * @param title what is charted, such as {@code "Daily share of cases with a complaint"}; not blank
 * @param chartType the chart, such as {@code "p chart"} or {@code "XmR (individuals)"}; not blank
 * @param valueLabel the unit of the values, such as {@code "proportion"}; not blank
 * @param days the day of each point, in order
 * @param points the points, one per day
 * @param violations the Western Electric and Nelson rule violations, by point index
 * @param samples the raw data of each point, one per day, so that a report can chart it against
 *     limits from a baseline period or by week; or empty when not kept
 */
public record DailyChart(String title, String chartType, String valueLabel, List<LocalDate> days,
        List<ChartPoint> points, List<RuleViolation> violations, List<Sample> samples) {

    /**
     * Validates and copies the components.
     *
     * @param title what is charted, such as {@code "Daily share of cases with a complaint"}; not
     *     blank
     * @param chartType the chart, such as {@code "p chart"} or {@code "XmR (individuals)"}; not
     *     blank
     * @param valueLabel the unit of the values, such as {@code "proportion"}; not blank
     * @param days the day of each point, in order
     * @param points the points, one per day
     * @param violations the Western Electric and Nelson rule violations, by point index
     * @param samples the raw data of each point, one per day; or empty when not kept
     * @throws IllegalArgumentException when a text is blank or there is not one day per point, or
     *     samples are given but not one per point
     */
    public DailyChart {
        Valid.notBlank(title, "title");
        Valid.notBlank(chartType, "chartType");
        Valid.notBlank(valueLabel, "valueLabel");
        days = Valid.listCopy(days, "days");
        points = Valid.listCopy(points, "points");
        violations = Valid.listCopy(violations, "violations");
        if (days.size() != points.size()) {
            throw new IllegalArgumentException("days must have one entry per point (" + points.size()
                    + "), but had " + days.size());
        }
        samples = Valid.listCopy(samples, "samples");
        if (!samples.isEmpty() && samples.size() != points.size()) {
            throw new IllegalArgumentException("samples must be empty or have one entry per point ("
                    + points.size() + "), but had " + samples.size());
        }
    }

    /**
     * A chart without its raw data.
     *
     * @param title what is charted; not blank
     * @param chartType the chart; not blank
     * @param valueLabel the unit of the values; not blank
     * @param days the day of each point, in order
     * @param points the points, one per day
     * @param violations the Western Electric and Nelson rule violations, by point index
     */
    public DailyChart(String title, String chartType, String valueLabel, List<LocalDate> days,
            List<ChartPoint> points, List<RuleViolation> violations) {
        this(title, chartType, valueLabel, days, points, violations, List.of());
    }

    /**
     * The raw data of one day's point: its value is {@code total / size}. Immutable.
     *
     * @param size the units the day's value is taken over (cases arrived, responses made),
     *     positive
     * @param total the day's count of nonconforming units (p chart) or sum of measurements
     *     (mean), finite and not negative
     */
    public record Sample(long size, double total) {

        /**
         * Validates the components.
         *
         * @param size the units the day's value is taken over, positive
         * @param total the day's count or sum of measurements, finite and not negative
         * @throws IllegalArgumentException if the size is not positive or the total is negative or
         *     not finite
         */
        public Sample {
            if (size <= 0) {
                throw new IllegalArgumentException("size must be positive, but was " + size);
            }
            if (!(total >= 0 && Double.isFinite(total))) {
                throw new IllegalArgumentException("total must be finite and not negative, but was " + total);
            }
        }
    }

    /**
     * The days with at least one rule violation, in order.
     *
     * @return the alarm days
     */
    public List<LocalDate> alarmDays() {
        return violations.stream().map(v -> days.get(v.index())).distinct().sorted().toList();
    }
}
