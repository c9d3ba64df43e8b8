package org.qualityloop.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.examples.report.ControlChartSection.DailySample;
import org.qualityloop.examples.report.ControlChartSection.Span;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.PeriodUnit;
import org.qualityloop.metrics.analysis.AttributeChart;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.qualityloop.metrics.analysis.ControlCharts;
import org.qualityloop.metrics.analysis.RunRules;
import org.qualityloop.metrics.analysis.XmrChart;

/**
 * Builds the control chart of a daily measure the way a quality engineer would set it up: group
 * the days into as many periods as a chart can show, estimate the centre and sigma from a stable
 * baseline after the start-up (phase I, Montgomery, Introduction to Statistical Quality Control,
 * §6.2.4), chart every period against that standard (phase II, {@link ControlCharts}'
 * {@code …WithStandard} methods), clip the limits at the measure's natural bounds, and apply the
 * Western Electric rules to the periods after the start-up. The statistics are the library's;
 * this class only chooses the periods.
 *
 * <p>Stateless and thread-safe.
 */
final class PhasedControlChart {

    /** The days at the start of a run that are the start-up, when the queues are still empty. */
    static final int START_UP_DAYS = 7;

    private static final int BASELINE_DAYS = 28;
    private static final int BASELINE_WEEKS = 20;
    private static final int BASELINE_MONTHS = 12;
    /** The fewest baseline periods for which the baseline is taken after the start-up only. */
    private static final int MIN_BASELINE = 8;

    private PhasedControlChart() {
    }

    static ControlChartSection shares(String title, List<DailySample> days, Set<LocalDate> closedDays) {
        Grouped g = group(title, days, closedDays);
        if (g == null) {
            return ControlChartSection.noData(title);
        }
        for (int i = 0; i < g.totals.length; i++) {
            double t = g.totals[i];
            if (t != Math.rint(t) || t > g.sizes[i]) {
                throw new IllegalArgumentException("days must hold whole counts between 0 and the size, but "
                        + Periods.label(g.periods.get(g.slots[i])) + " had " + t + " of " + g.sizes[i]);
            }
        }
        long[] d = new long[g.totals.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (long) g.totals[i];
        }
        long[] bd = pick(d, g.baseline);
        long[] bn = pick(g.sizes, g.baseline);
        double centre = ControlCharts.p(bd, bn).orElseThrow().centre();
        boolean phaseTwo = centre > 0 && centre < 1;
        AttributeChart chart = (phaseTwo ? ControlCharts.pWithStandard(d, g.sizes, centre)
                : ControlCharts.p(d, g.sizes)).orElseThrow();
        return g.section(title, "p chart", "share", chart.points(), 0, 1, phaseTwo);
    }

    static ControlChartSection means(String title, String unit, List<DailySample> days, Set<LocalDate> closedDays) {
        Valid.notBlank(unit, "unit");
        Grouped g = group(title, days, closedDays);
        if (g == null) {
            return ControlChartSection.noData(title);
        }
        double[] values = new double[g.totals.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = g.totals[i] / g.sizes[i];
        }
        double[] base = pick(values, g.baseline);
        List<ChartPoint> points;
        boolean phaseTwo = false;
        if (values.length == 1) {
            points = List.of(new ChartPoint(0, values[0], values[0], 0, values[0], values[0]));
        } else if (base.length >= 2) {
            XmrChart phaseOne = ControlCharts.xmr(base).orElseThrow();
            double sigma = phaseOne.individuals().get(0).sigma();
            phaseTwo = sigma > 0;
            points = (phaseTwo ? ControlCharts.xmrWithStandard(values, phaseOne.mean(), sigma)
                    : ControlCharts.xmr(values)).orElseThrow().individuals();
        } else {
            points = ControlCharts.xmr(values).orElseThrow().individuals();
        }
        return g.section(title, "individuals (X) chart", unit, points, 0, Double.MAX_VALUE, phaseTwo);
    }

    private static long[] pick(long[] a, List<Integer> at) {
        return at.stream().mapToLong(i -> a[i]).toArray();
    }

    private static double[] pick(double[] a, List<Integer> at) {
        return at.stream().mapToDouble(i -> a[i]).toArray();
    }

    /** The days grouped into periods, with the start-up and baseline chosen; null if no data. */
    private static Grouped group(String title, List<DailySample> days, Set<LocalDate> closedDays) {
        Inputs.title(title);
        List<DailySample> given = new ArrayList<>(Valid.listCopy(days, "days"));
        Set<LocalDate> closed = new TreeSet<>(Valid.listCopy(closedDays, "closedDays"));
        if (given.isEmpty()) {
            return null;
        }
        given.sort(Comparator.comparing(DailySample::day));
        for (int i = 1; i < given.size(); i++) {
            if (given.get(i).day().equals(given.get(i - 1).day())) {
                throw new IllegalArgumentException("days must be distinct, but " + given.get(i).day()
                        + " appeared more than once");
            }
        }
        LocalDate first = given.get(0).day();
        LocalDate last = given.get(given.size() - 1).day();
        PeriodUnit unit = PeriodUnit.DAY;
        if (first.datesUntil(last.plusDays(1)).count() > ControlChartSection.MAX_POINTS) {
            unit = Periods.span(List.of(CalendarPeriod.of(PeriodUnit.ISO_WEEK, first),
                    CalendarPeriod.of(PeriodUnit.ISO_WEEK, last)), "days").size() > ControlChartSection.MAX_POINTS
                    ? PeriodUnit.MONTH : PeriodUnit.ISO_WEEK;
        }
        List<CalendarPeriod> periods = Periods.span(List.of(CalendarPeriod.of(unit, first),
                CalendarPeriod.of(unit, last)), "days");
        Map<LocalDate, Integer> slotOf = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            slotOf.put(periods.get(i).start(), i);
        }
        long[] sizeBySlot = new long[periods.size()];
        double[] totalBySlot = new double[periods.size()];
        for (DailySample s : given) {
            int slot = slotOf.get(CalendarPeriod.of(unit, s.day()).start());
            sizeBySlot[slot] += s.size();
            totalBySlot[slot] += s.total();
        }
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (sizeBySlot[i] > 0) {
                slots.add(i);
            }
        }
        int n = slots.size();
        long[] sizes = new long[n];
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = sizeBySlot[slots.get(i)];
            totals[i] = totalBySlot[slots.get(i)];
        }
        LocalDate startUpEnd = first.plusDays(START_UP_DAYS);
        boolean[] closedSlot = new boolean[periods.size()];
        for (LocalDate day : closed) {
            if (!day.isBefore(first) && !day.isAfter(last)) {
                closedSlot[slotOf.get(CalendarPeriod.of(unit, day).start())] = true;
            }
        }
        int startUp = 0;
        while (startUp < periods.size() && periods.get(startUp).start().isBefore(startUpEnd)) {
            startUp++;
        }
        int want = switch (unit) {
            case DAY -> BASELINE_DAYS;
            case ISO_WEEK -> BASELINE_WEEKS;
            case MONTH -> BASELINE_MONTHS;
        };
        List<Integer> baseline = new ArrayList<>();
        for (int i = 0; i < n && baseline.size() < want; i++) {
            int slot = slots.get(i);
            if (slot >= startUp && !closedSlot[slot]) {
                baseline.add(i);
            }
        }
        boolean afterStartUp = baseline.size() >= MIN_BASELINE;
        if (!afterStartUp) {
            baseline.clear();
            for (int i = 0; i < n && baseline.size() < want; i++) {
                if (!closedSlot[slots.get(i)]) {
                    baseline.add(i);
                }
            }
            if (baseline.isEmpty()) {
                for (int i = 0; i < n; i++) {
                    baseline.add(i);
                }
            }
        }
        return new Grouped(unit, periods, slots.stream().mapToInt(Integer::intValue).toArray(), sizes, totals,
                closed, closedSlot, afterStartUp ? Math.min(startUp, periods.size()) : 0, baseline, first, last,
                given.size());
    }

    /** Days grouped into periods; arrays are indexed by point, {@code slots} maps a point to its period. */
    private record Grouped(PeriodUnit unit, List<CalendarPeriod> periods, int[] slots, long[] sizes,
            double[] totals, Set<LocalDate> closed, boolean[] closedSlot, int startUpSlots, List<Integer> baseline,
            LocalDate first, LocalDate last, int dayCount) {

        ControlChartSection section(String title, String chartType, String valueLabel, List<ChartPoint> raw,
                double floor, double ceiling, boolean phaseTwo) {
            List<ChartPoint> points = new ArrayList<>(raw.size());
            List<ChartPoint> ruled = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                ChartPoint p = raw.get(i);
                double centre = Math.max(floor, Math.min(ceiling, p.centre()));
                ChartPoint placed = new ChartPoint(slots[i], p.value(), centre, p.sigma(),
                        Math.min(centre, Math.max(floor, p.lowerLimit())),
                        Math.max(centre, Math.min(ceiling, p.upperLimit())));
                points.add(placed);
                if (slots[i] >= startUpSlots) {
                    ruled.add(placed);
                }
            }
            List<Span> spans = new ArrayList<>();
            String what = switch (unit) {
                case DAY -> "day";
                case ISO_WEEK -> "week";
                case MONTH -> "month";
            };
            if (startUpSlots > 0) {
                spans.add(new Span(0, startUpSlots - 1, Span.Kind.START_UP, "start-up: the first " + START_UP_DAYS
                        + " days, left out of the baseline and the run rules"));
            }
            int b0 = slots[baseline.get(0)];
            int b1 = slots[baseline.get(baseline.size() - 1)];
            String baseFrom = Periods.label(periods.get(b0));
            String baseTo = Periods.label(periods.get(b1));
            spans.add(new Span(b0, b1, Span.Kind.BASELINE, "baseline: " + baseline.size() + " " + what
                    + (baseline.size() == 1 ? "" : "s") + ", " + baseFrom + (b0 == b1 ? "" : " to " + baseTo)));
            for (int i = 0; i < closedSlot.length; i++) {
                if (closedSlot[i]) {
                    int j = i;
                    while (j + 1 < closedSlot.length && closedSlot[j + 1]) {
                        j++;
                    }
                    LocalDate from = periods.get(i).start();
                    LocalDate to = periods.get(j).endExclusive();
                    List<LocalDate> shut = closed.stream()
                            .filter(d -> !d.isBefore(from) && d.isBefore(to)).toList();
                    LocalDate c0 = shut.get(0);
                    LocalDate c1 = shut.get(shut.size() - 1);
                    spans.add(new Span(i, j, Span.Kind.CLOSED, "closed by the calendar: " + c0
                            + (c0.equals(c1) ? "" : " to " + c1) + " (" + shut.size() + " day"
                            + (shut.size() == 1 ? "" : "s") + ")"));
                    i = j;
                }
            }
            StringBuilder basis = new StringBuilder();
            if (unit != PeriodUnit.DAY) {
                basis.append("The ").append(String.format(java.util.Locale.ROOT, "%,d", dayCount))
                        .append(" days with data are grouped into ").append(what).append("s (")
                        .append(what.equals("week") ? "ISO weeks" : "calendar months")
                        .append(") so that the chart stays readable; a ").append(what)
                        .append("'s value is its total over its size. ");
            }
            if (phaseTwo) {
                basis.append("The centre line and limits come from a baseline of ").append(baseline.size())
                        .append(' ').append(what).append(baseline.size() == 1 ? "" : "s").append(", ")
                        .append(baseFrom).append(b0 == b1 ? "" : " to " + baseTo).append(" (phase I), and are held fixed for "
                        + "the whole run (phase II).");
            } else {
                basis.append("The centre line and limits come from all the points charted, because the baseline "
                        + "(").append(baseFrom).append(b0 == b1 ? "" : " to " + baseTo)
                        .append(") shows no variation to estimate them from.");
            }
            if (startUpSlots > 0) {
                basis.append(" The first ").append(START_UP_DAYS).append(" days (").append(first)
                        .append(" to ").append(first.plusDays(START_UP_DAYS - 1))
                        .append(") are the start-up: the service begins with empty queues, so they are better "
                                + "than usual and are left out of the baseline and of the run rules.");
            } else {
                basis.append(" The run is too short to set a start-up aside, so the baseline includes its first days.");
            }
            if (spans.stream().anyMatch(s -> s.kind() == Span.Kind.CLOSED)) {
                basis.append(" Periods with a calendar closure are shaded and left out of the baseline.");
            }
            basis.append(" Limits are clipped at the measure's natural bounds (")
                    .append(ceiling == 1 ? "0 to 100\u00A0%" : "not below 0").append(").");
            List<String> labels = Periods.labels(periods);
            return new ControlChartSection(title, chartType, valueLabel, points, RunRules.westernElectric(ruled),
                    labels, spans, Optional.of(basis.toString()));
        }
    }
}
