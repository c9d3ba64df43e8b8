package org.qualityloop.examples.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qualityloop.metrics.analysis.AttributeChart;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.qualityloop.metrics.analysis.ControlRule;
import org.qualityloop.metrics.analysis.RuleViolation;
import org.qualityloop.metrics.analysis.RunRules;
import org.qualityloop.metrics.analysis.XmrChart;
import org.qualityloop.examples.internal.Valid;

/**
 * A Shewhart control chart: the points, the centre line and the control limits of each point
 * (stepped where the limits vary with the sample size, as on a p or u chart), with the points that
 * break a run rule marked and the rules named.
 *
 * <p>Build it from an individuals chart ({@link #individuals(String, XmrChart, List)}) or an
 * attribute chart ({@link #attribute(String, AttributeChart, List)}), passing the violations
 * that {@link RunRules#westernElectric(List)} or {@link RunRules#nelson(List)} found on its
 * points. The section {@linkplain #hasData() has no data} when there are no points; use
 * {@link #noData(String)} when {@code ControlCharts} returned an empty chart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's heading, not blank
 * @param chartType the kind of chart, such as {@code "p chart"}; not blank
 * @param valueLabel the quantity on the y-axis, such as {@code "proportion nonconforming"} or
 *     {@code "hours"}; not blank
 * @param points the points in time order, with distinct indices; may be empty
 * @param violations the run-rule violations, each at the index of one of the points; may be empty
 * @param labels the x-axis label of each point, such as its period, one per point; or empty to
 *     number the samples from 1
 */
public record ControlChartSection(String title, String chartType, String valueLabel, List<ChartPoint> points,
        List<RuleViolation> violations, List<String> labels) implements ReportSection {

    /**
     * Validates and copies the fields.
     *
     * @param title the chart's heading, not blank
     * @param chartType the kind of chart, such as {@code "p chart"}; not blank
     * @param valueLabel the quantity on the y-axis, such as {@code "proportion nonconforming"} or
     *     {@code "hours"}; not blank
     * @param points the points in time order, with distinct indices; may be empty
     * @param violations the run-rule violations, each at the index of one of the points; may be
     *     empty
     * @param labels the x-axis label of each point, such as its period, one per point; or empty to
     *     number the samples from 1
     * @throws IllegalArgumentException if a text is blank, two points share an index, a violation
     *     is at an index no point has, or the labels do not match the points
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public ControlChartSection {
        title = Inputs.title(title);
        Valid.notBlank(chartType, "chartType");
        Valid.notBlank(valueLabel, "valueLabel");
        points = Valid.listCopy(points, "points");
        violations = Valid.listCopy(violations, "violations");
        labels = Valid.listCopy(labels, "labels");
        Set<Integer> indices = new HashSet<>();
        for (ChartPoint point : points) {
            if (!indices.add(point.index())) {
                throw new IllegalArgumentException("points must have distinct indices, but index "
                        + point.index() + " appeared more than once");
            }
        }
        for (int i = 0; i < violations.size(); i++) {
            if (!indices.contains(violations.get(i).index())) {
                throw new IllegalArgumentException("violations[" + i + "].index must be the index of a point, "
                        + "but was " + violations.get(i).index());
            }
        }
        if (!labels.isEmpty() && labels.size() != points.size()) {
            throw new IllegalArgumentException("labels must be empty or hold one label per point ("
                    + points.size() + "), but had " + labels.size());
        }
    }

    /**
     * Shows the individuals (X) chart of an XmR chart.
     *
     * @param title the chart's heading, not blank
     * @param chart the chart, not null
     * @param violations the rule violations on {@code chart.individuals()}, not null; may be empty
     * @return the section, with samples numbered from 1 and the y-axis titled "value" (see
     *     {@link #withValueLabel(String)})
     */
    public static ControlChartSection individuals(String title, XmrChart chart, List<RuleViolation> violations) {
        Valid.notNull(chart, "chart");
        return new ControlChartSection(title, "individuals (X) chart", "value", chart.individuals(), violations,
                List.of());
    }

    /**
     * Shows an attribute chart (p, np, c, u, p′ or u′).
     *
     * @param title the chart's heading, not blank
     * @param chart the chart, not null
     * @param violations the rule violations on {@code chart.points()}, not null; may be empty
     * @return the section, with samples numbered from 1 and the y-axis titled by the chart type
     *     (proportion nonconforming, nonconforming units, nonconformities, nonconformities per unit)
     */
    public static ControlChartSection attribute(String title, AttributeChart chart, List<RuleViolation> violations) {
        Valid.notNull(chart, "chart");
        String type = switch (chart.type()) {
            case P -> "p chart";
            case NP -> "np chart";
            case C -> "c chart";
            case U -> "u chart";
            case P_PRIME -> "Laney p\u2032 chart";
            case U_PRIME -> "Laney u\u2032 chart";
        };
        String value = switch (chart.type()) {
            case P, P_PRIME -> "proportion nonconforming";
            case NP -> "nonconforming units";
            case C -> "nonconformities";
            case U, U_PRIME -> "nonconformities per unit";
        };
        return new ControlChartSection(title, type, value, chart.points(), violations, List.of());
    }

    /**
     * Returns a section without points, rendered as a "no data" note.
     *
     * @param title the chart's heading, not blank
     * @return the empty section
     */
    public static ControlChartSection noData(String title) {
        return new ControlChartSection(title, "control chart", "value", List.of(), List.of(), List.of());
    }

    /**
     * Returns this chart with an x-axis label per point, such as the period of each sample.
     *
     * @param labels one label per point, in the order of the points; not null
     * @return a copy with the labels
     * @throws IllegalArgumentException if the number of labels differs from the number of points
     */
    public ControlChartSection withLabels(List<String> labels) {
        return new ControlChartSection(title, chartType, valueLabel, points, violations, labels);
    }

    /**
     * Returns this chart with another title for the y-axis, such as the unit of an individuals
     * chart.
     *
     * @param valueLabel the quantity on the y-axis, not blank
     * @return a copy with the label
     * @throws IllegalArgumentException if the label is blank
     */
    public ControlChartSection withValueLabel(String valueLabel) {
        return new ControlChartSection(title, chartType, valueLabel, points, violations, labels);
    }

    /**
     * Tells whether the chart has points.
     *
     * @return {@code false} when there is nothing to plot
     */
    @Override
    public boolean hasData() {
        return !points.isEmpty();
    }

    /**
     * Returns the rules broken at a point, in the order of the violations.
     *
     * @param index the point's {@linkplain ChartPoint#index() index}
     * @return the rules, empty if the point breaks none
     */
    public List<ControlRule> rulesAt(int index) {
        return violations.stream().filter(v -> v.index() == index).map(RuleViolation::rule).distinct().toList();
    }
}
