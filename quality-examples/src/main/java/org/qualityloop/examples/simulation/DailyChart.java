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
 */
public record DailyChart(String title, String chartType, String valueLabel, List<LocalDate> days,
        List<ChartPoint> points, List<RuleViolation> violations) {

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
     * @throws IllegalArgumentException when a text is blank or there is not one day per point
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
