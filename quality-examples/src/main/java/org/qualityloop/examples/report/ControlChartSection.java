package org.qualityloop.examples.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
 * <p>For a measure taken day by day over a run, {@link #dailyShares(String, List, Set)} and
 * {@link #dailyMeans(String, String, List, Set)} build a sounder chart: limits from a baseline
 * period after the start-up (phase I), held fixed for the whole run (phase II) and clipped at the
 * measure's natural bounds; days grouped into weeks or months when there are more than
 * {@value #MAX_POINTS}; the start-up, the baseline and calendar closures marked as {@link Span}s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's heading, not blank
 * @param chartType the kind of chart, such as {@code "p chart"}; not blank
 * @param valueLabel the quantity on the y-axis, such as {@code "proportion nonconforming"} or
 *     {@code "hours"}; not blank
 * @param points the points in time order, with distinct indices; may be empty
 * @param violations the run-rule violations, each at the index of one of the points; may be empty
 * @param labels the x-axis labels, such as periods, one per slot of the x-axis: a point sits in the
 *     slot of its {@linkplain ChartPoint#index() index}, so a slot without a point is a gap; or
 *     empty to number the samples from 1
 * @param spans ranges of slots to mark, such as the baseline or a closure; may be empty
 * @param basis where the centre line and limits come from, for the caption, such as the
 *     baseline period; empty when they come from all the points charted
 */
public record ControlChartSection(String title, String chartType, String valueLabel, List<ChartPoint> points,
        List<RuleViolation> violations, List<String> labels, List<Span> spans, Optional<String> basis)
        implements ReportSection {

    /** The most points a control chart shows; longer runs are grouped into weeks or months. */
    public static final int MAX_POINTS = 120;

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
     * @param labels the x-axis labels, one per slot, a point sitting in the slot of its index; or
     *     empty to number the samples from 1
     * @param spans ranges of slots to mark; may be empty
     * @param basis where the centre line and limits come from; empty when from all the points
     * @throws IllegalArgumentException if a text is blank, two points share an index, a violation
     *     is at an index no point has, a point's index has no label, or a span reaches beyond the
     *     slots
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
        int slots = points.stream().mapToInt(p -> p.index() + 1).max().orElse(0);
        if (!labels.isEmpty() && labels.size() < slots) {
            throw new IllegalArgumentException("labels must be empty or hold one label per slot up to the "
                    + "largest point index (" + slots + "), but had " + labels.size());
        }
        slots = Math.max(slots, labels.size());
        spans = Valid.listCopy(spans, "spans");
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).last() >= slots) {
                throw new IllegalArgumentException("spans[" + i + "].last must be below the number of slots ("
                        + slots + "), but was " + spans.get(i).last());
            }
        }
        Valid.notNull(basis, "basis");
        basis.ifPresent(b -> Valid.notBlank(b, "basis"));
    }

    /**
     * A chart without marked spans whose limits come from all its points.
     *
     * @param title the chart's heading, not blank
     * @param chartType the kind of chart; not blank
     * @param valueLabel the quantity on the y-axis; not blank
     * @param points the points in time order, with distinct indices; may be empty
     * @param violations the run-rule violations, each at the index of one of the points
     * @param labels the x-axis labels, one per slot; or empty to number the samples from 1
     * @throws IllegalArgumentException as the canonical constructor
     */
    public ControlChartSection(String title, String chartType, String valueLabel, List<ChartPoint> points,
            List<RuleViolation> violations, List<String> labels) {
        this(title, chartType, valueLabel, points, violations, labels, List.of(), Optional.empty());
    }

    /**
     * Charts the daily share of nonconforming units (a p chart), such as the share of cases with
     * a complaint by day of arrival, with limits from a baseline period; see
     * {@link #dailyMeans(String, String, List, Set)} for how the baseline, the grouping and the
     * marks are chosen. The limits vary with each period's size; the lower is truncated at 0 and
     * the upper capped at 1.
     *
     * @param title the chart's heading, not blank
     * @param days the days with data, each {@code total} a whole count of nonconforming units
     *     out of {@code size}; not null, distinct days
     * @param closedDays the days the service is closed by its calendar (holidays, not weekends),
     *     not null; may be empty
     * @return the section; without points if {@code days} is empty
     * @throws IllegalArgumentException if two samples share a day or a total is not a whole number
     *     between 0 and the size
     */
    public static ControlChartSection dailyShares(String title, List<DailySample> days, Set<LocalDate> closedDays) {
        return PhasedControlChart.shares(title, days, closedDays);
    }

    /**
     * Charts a daily mean, such as the mean first-response time, as an individuals chart with
     * limits from a baseline period, clipped at zero below (a time or count is never negative).
     *
     * <p>The chart shows days, or ISO weeks when there are more than {@value #MAX_POINTS} days,
     * or months when there are more than that many weeks; a period's value is its total over its
     * size. The first {@value PhasedControlChart#START_UP_DAYS} days are the start-up (the
     * service starts with an empty queue, better than usual) and the periods that touch them are
     * left out of the baseline and of the run rules. The baseline is the next 28 days (four whole
     * weeks, so each weekday weighs equally), 20 weeks or 12 months, leaving out periods with a
     * calendar closure; its centre and sigma become the standard against which every period is
     * charted (phase II). When too few periods remain after the start-up, the baseline is every
     * open period, and the caption says so.
     *
     * @param title the chart's heading, not blank
     * @param unit the unit of the mean on the y-axis, such as {@code "working minutes"}; not blank
     * @param days the days with data; not null, distinct days
     * @param closedDays the days the service is closed by its calendar, not null; may be empty
     * @return the section; without points if {@code days} is empty
     * @throws IllegalArgumentException if two samples share a day
     */
    public static ControlChartSection dailyMeans(String title, String unit, List<DailySample> days,
            Set<LocalDate> closedDays) {
        return PhasedControlChart.means(title, unit, days, closedDays);
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
        return new ControlChartSection(title, chartType, valueLabel, points, violations, labels, spans, basis);
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
        return new ControlChartSection(title, chartType, valueLabel, points, violations, labels, spans, basis);
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

    /**
     * One day's data for {@link #dailyShares(String, List, Set)} or
     * {@link #dailyMeans(String, String, List, Set)}: the day's value is {@code total / size}.
     * Immutable and thread-safe.
     *
     * @param day the day, not null
     * @param size the units the value is taken over (cases arrived, responses made), positive
     * @param total the nonconforming units among them, or the sum of their measurements; finite
     *     and not negative
     */
    public record DailySample(LocalDate day, long size, double total) {

        /**
         * Validates the components.
         *
         * @param day the day, not null
         * @param size the units the value is taken over, positive
         * @param total the nonconforming units or the sum of measurements, finite and not negative
         * @throws IllegalArgumentException if the size is not positive or the total is negative or
         *     not finite
         * @throws NullPointerException if the day is null
         */
        public DailySample {
            Valid.notNull(day, "day");
            if (size <= 0) {
                throw new IllegalArgumentException("size must be positive, but was " + size);
            }
            if (!(total >= 0 && Double.isFinite(total))) {
                throw new IllegalArgumentException("total must be finite and not negative, but was " + total);
            }
        }
    }

    /**
     * A range of slots of the x-axis to mark, inclusive at both ends. Immutable and thread-safe.
     *
     * @param first the first slot, not negative
     * @param last the last slot, not below {@code first}
     * @param kind what the range is
     * @param label what the mark says, such as {@code "closed 2026-10-01 to 2026-10-07"}; not blank
     */
    public record Span(int first, int last, Kind kind, String label) {

        /**
         * Validates the components.
         *
         * @param first the first slot, not negative
         * @param last the last slot, not below {@code first}
         * @param kind what the range is, not null
         * @param label what the mark says, not blank
         * @throws IllegalArgumentException if a slot is out of order or the label blank
         * @throws NullPointerException if the kind or label is null
         */
        public Span {
            Valid.nonNegative(first, "first");
            if (last < first) {
                throw new IllegalArgumentException("last must not be below first (" + first + "), but was " + last);
            }
            Valid.notNull(kind, "kind");
            Valid.notBlank(label, "label");
        }

        /** What a span marks. */
        public enum Kind {
            /** The start-up, left out of the baseline and of the run rules. */
            START_UP,
            /** The baseline period the limits come from. */
            BASELINE,
            /** A closure of the service by its calendar, such as a holiday week. */
            CLOSED
        }
    }
}
