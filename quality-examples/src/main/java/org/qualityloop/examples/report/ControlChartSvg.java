package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.qualityloop.examples.report.Svg.LegendItem;
import org.qualityloop.examples.report.Svg.Plot;
import org.qualityloop.examples.report.Svg.Scale;
import org.qualityloop.examples.report.Svg.Swatch;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.qualityloop.metrics.analysis.ControlRule;
import org.qualityloop.metrics.analysis.RuleViolation;

/**
 * Draws a control chart: the centre line and control limits as steps that follow each point's
 * own limits, the points joined by a line, and the points that break a run rule as diamonds
 * whose tooltip names the rules.
 *
 * <p>Stateless and thread-safe.
 */
final class ControlChartSvg {

    private static final double HEIGHT = 320;
    private static final String LIMIT = "#4b5563";
    private static final String START_UP = "#d1d5db";
    private static final String CLOSED = "#f5c78a";
    private static final String BASELINE = Svg.GREEN;

    private ControlChartSvg() {
    }

    /** The readable name of a rule, e.g. "Western Electric rule 1: one point beyond the control limits". */
    static String describe(ControlRule rule) {
        String what = switch (rule) {
            case WESTERN_ELECTRIC_1, NELSON_1 -> "one point beyond the control limits";
            case WESTERN_ELECTRIC_2, NELSON_5 -> "two of three consecutive points beyond 2\u03C3 on one side";
            case WESTERN_ELECTRIC_3, NELSON_6 -> "four of five consecutive points beyond 1\u03C3 on one side";
            case WESTERN_ELECTRIC_4 -> "eight consecutive points on one side of the centre line";
            case NELSON_2 -> "nine consecutive points on one side of the centre line";
            case NELSON_3 -> "six consecutive points steadily increasing or decreasing";
            case NELSON_4 -> "fourteen consecutive points alternating up and down";
            case NELSON_7 -> "fifteen consecutive points within 1\u03C3 of the centre line";
            case NELSON_8 -> "eight consecutive points beyond 1\u03C3, none within it";
        };
        return shortName(rule) + ": " + what;
    }

    /** The short name of a rule, e.g. "Nelson rule 2". */
    static String shortName(ControlRule rule) {
        String name = rule.name();
        int cut = name.lastIndexOf('_');
        String family = name.startsWith("WESTERN") ? "Western Electric" : "Nelson";
        return family + " rule " + name.substring(cut + 1);
    }

    static void render(Markup m, String id, ControlChartSection s) {
        List<ChartPoint> points = s.points();
        int n = points.size();
        int slots = Math.max(s.labels().size(), points.stream().mapToInt(p -> p.index() + 1).max().orElse(0));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean nonNegative = true;
        boolean share = true;
        boolean constantLimits = true;
        for (ChartPoint p : points) {
            lo = Math.min(lo, Math.min(p.value(), p.lowerLimit()));
            hi = Math.max(hi, Math.max(p.value(), p.upperLimit()));
            nonNegative &= p.value() >= 0 && p.lowerLimit() >= 0;
            share &= p.value() <= 1 && p.upperLimit() <= 1;
            constantLimits &= p.lowerLimit() == points.get(0).lowerLimit()
                    && p.upperLimit() == points.get(0).upperLimit() && p.centre() == points.get(0).centre();
        }
        Ticks ticks = Ticks.nice(lo, hi, 6, false);
        if (nonNegative) {
            ticks = ticks.clamp(0, share && s.chartType().startsWith("p") ? 1 : Double.MAX_VALUE);
        }
        List<String> labels = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) {
            labels.add(s.labels().isEmpty() ? Integer.toString(i + 1) : s.labels().get(i));
        }
        Map<Integer, List<ControlRule>> broken = new LinkedHashMap<>();
        for (RuleViolation v : s.violations()) {
            List<ControlRule> rules = broken.computeIfAbsent(v.index(), k -> new ArrayList<>());
            if (!rules.contains(v.rule())) {
                rules.add(v.rule());
            }
        }
        boolean above = false;
        boolean below = false;
        for (ChartPoint p : points) {
            if (broken.containsKey(p.index())) {
                above |= p.value() >= p.centre();
                below |= p.value() < p.centre();
            }
        }
        ChartPoint reference = reference(s);
        int decimals = ticks.decimals() + 1;
        String[] limitText = {
            "UCL " + Fmt.number(reference.upperLimit(), decimals),
            "CL " + Fmt.number(reference.centre(), decimals),
            "LCL " + Fmt.number(reference.lowerLimit(), decimals)};
        double labelWidth = 0;
        for (String t : limitText) {
            labelWidth = Math.max(labelWidth, Svg.textWidth(t, Svg.FONT));
        }

        List<LegendItem> legend = new ArrayList<>();
        legend.add(new LegendItem("value", Swatch.LINE, Svg.BLUE));
        legend.add(new LegendItem("centre line", Swatch.LINE, Svg.GREEN));
        legend.add(new LegendItem(constantLimits ? "\u00B13\u03C3 limits" : "\u00B13\u03C3 limits (vary with sample size)",
                Swatch.DASHED, LIMIT));
        boolean baseline = false;
        for (ControlChartSection.Span.Kind kind : ControlChartSection.Span.Kind.values()) {
            if (s.spans().stream().anyMatch(sp -> sp.kind() == kind)) {
                baseline |= kind == ControlChartSection.Span.Kind.BASELINE;
                legend.add(switch (kind) {
                    case START_UP -> new LegendItem("start-up", Swatch.BAND, START_UP);
                    case BASELINE -> new LegendItem("baseline of the limits", Swatch.BAR, BASELINE);
                    case CLOSED -> new LegendItem("closed by the calendar", Swatch.BAND, CLOSED);
                });
            }
        }
        if (above) {
            legend.add(new LegendItem("alarm above the centre line", Swatch.TRIANGLE_UP, Svg.VERMILLION));
        }
        if (below) {
            legend.add(new LegendItem("alarm below the centre line", Swatch.TRIANGLE_DOWN, Svg.VERMILLION));
        }
        double left = Svg.leftMargin(ticks, ticks::label, 64);
        double right = Svg.WIDTH - Math.max(24, Math.ceil(labelWidth) + 14);
        double top = 8 + Svg.legendHeight(legend, right - left) + 14 + (baseline ? 16 : 0);
        Plot plot = new Plot(HEIGHT + top - 44, left, top, right, HEIGHT + top - 44 - 36);
        Scale y = Scale.vertical(ticks, plot);

        long alarmsAbove = points.stream().filter(p -> broken.containsKey(p.index()) && p.value() >= p.centre()).count();
        Svg.open(m, id, plot.height(), s.title(), "Control chart (" + s.chartType() + ") of " + n + " sample"
                + (n == 1 ? "" : "s") + " with centre line and control limits; " + broken.size() + " point"
                + (broken.size() == 1 ? " breaks" : "s break") + " a run rule"
                + (broken.isEmpty() ? "" : ", " + alarmsAbove + " above and " + (broken.size() - alarmsAbove)
                        + " below the centre line") + ".");
        Svg.legend(m, legend, plot.left(), 8, plot.width());
        double band = plot.band(slots);
        spans(m, s, plot, band, labels);
        Svg.valueAxis(m, plot, ticks, y, false, true, ticks::label);
        Svg.baseline(m, plot);
        Svg.verticalTitle(m, plot, s.valueLabel(), false);

        m.leaf("path", "class", "centre", "d", steps(points, plot, y, band, ChartPoint::centre), "fill", "none",
                "stroke", Svg.GREEN, "stroke-width", "1.5");
        m.leaf("path", "class", "ucl", "d", steps(points, plot, y, band, ChartPoint::upperLimit), "fill", "none",
                "stroke", LIMIT, "stroke-width", "1.5", "stroke-dasharray", "6 4");
        m.leaf("path", "class", "lcl", "d", steps(points, plot, y, band, ChartPoint::lowerLimit), "fill", "none",
                "stroke", LIMIT, "stroke-width", "1.5", "stroke-dasharray", "6 4");
        limitLabels(m, plot, y, reference, limitText);

        List<double[]> slotted = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            slotted.add(null);
        }
        List<double[]> line = new ArrayList<>();
        for (ChartPoint p : points) {
            double[] xy = {plot.centre(p.index(), slots), y.map(p.value())};
            line.add(xy);
            slotted.set(p.index(), xy);
        }
        m.leaf("path", "class", "line", "d", Svg.path(Svg.runs(slotted)), "fill", "none", "stroke", Svg.BLUE,
                "stroke-width", "1.5", "stroke-linejoin", "round");
        double r = Svg.markerRadius(band);
        m.open("g", "class", "points");
        for (int i = 0; i < n; i++) {
            ChartPoint p = points.get(i);
            String tip = labels.get(p.index()) + ": " + Fmt.number(p.value(), ticks.decimals() + 2) + " (centre "
                    + Fmt.number(p.centre(), ticks.decimals() + 2) + ", limits "
                    + Fmt.number(p.lowerLimit(), ticks.decimals() + 2) + " to "
                    + Fmt.number(p.upperLimit(), ticks.decimals() + 2) + ")";
            List<ControlRule> rules = broken.get(p.index());
            if (rules == null) {
                Svg.marker(m, line.get(i)[0], line.get(i)[1], r, Svg.BLUE, "point", tip);
            } else {
                boolean up = p.value() >= p.centre();
                m.open("path", "class", "point violation " + (up ? "above" : "below"),
                        "d", Svg.triangle(line.get(i)[0], line.get(i)[1], r + 3, up),
                        "fill", Svg.VERMILLION, "stroke", "#ffffff", "stroke-width", "1",
                        "data-rules", rules.stream().map(ControlRule::name).collect(Collectors.joining(" ")));
                m.inline("title", tip + " \u2014 " + (up ? "above" : "below") + " the centre line; breaks "
                        + rules.stream().map(ControlChartSvg::describe).collect(Collectors.joining("; ")));
                m.close("path");
            }
        }
        m.close("g");
        spanLabels(m, s, plot, band);
        Svg.categoryAxis(m, plot, labels);
        Svg.close(m);
    }

    /** Names the shaded start-up and closures at the top of the plot, over the lines, where they fit. */
    private static void spanLabels(Markup m, ControlChartSection s, Plot plot, double band) {
        m.open("g", "class", "span-labels", "font-size", "11", "fill", Svg.MUTED);
        for (ControlChartSection.Span span : s.spans()) {
            if (span.kind() == ControlChartSection.Span.Kind.BASELINE) {
                continue;
            }
            double w = (span.last() - span.first() + 1) * band;
            String text = span.kind() == ControlChartSection.Span.Kind.CLOSED ? "closed" : "start-up";
            if (Svg.textWidth(text, 11) + 4 <= w) {
                m.element("text", text, "x", Fmt.coord(plot.left() + span.first() * band + w / 2),
                        "y", Fmt.coord(plot.top() + 13), "text-anchor", "middle", "paint-order", "stroke",
                        "stroke", "#ffffff", "stroke-width", "3", "stroke-linejoin", "round");
            }
        }
        m.close("g");
    }

    /**
     * The point whose limits are printed: with limits that vary with the sample size, a point of
     * median sigma (a sample of median size), so that a tiny last sample does not set them.
     */
    static ChartPoint reference(ControlChartSection s) {
        List<ChartPoint> sorted = new ArrayList<>(s.points());
        sorted.sort(java.util.Comparator.comparingDouble(ChartPoint::sigma).thenComparingInt(ChartPoint::index));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Shades the start-up and closures behind the plot and marks the baseline above it. */
    private static void spans(Markup m, ControlChartSection s, Plot plot, double band, List<String> labels) {
        if (s.spans().isEmpty()) {
            return;
        }
        m.open("g", "class", "spans");
        for (ControlChartSection.Span span : s.spans()) {
            double x0 = plot.left() + span.first() * band;
            double w = (span.last() - span.first() + 1) * band;
            String period = labels.get(span.first()) + (span.last() == span.first() ? "" : " to "
                    + labels.get(span.last()));
            if (span.kind() == ControlChartSection.Span.Kind.BASELINE) {
                m.open("g", "class", "span baseline");
                m.inline("title", span.label());
                m.leaf("rect", "x", Fmt.coord(x0), "y", Fmt.coord(plot.top() - 7), "width", Fmt.coord(w),
                        "height", "4", "fill", BASELINE);
                String text = Svg.textWidth("baseline " + period, Svg.FONT) <= w ? "baseline " + period
                        : Svg.textWidth("baseline", Svg.FONT) <= w ? "baseline" : null;
                if (text != null) {
                    m.element("text", text, "x", Fmt.coord(x0 + w / 2), "y", Fmt.coord(plot.top() - 11),
                            "text-anchor", "middle", "fill", Svg.MUTED);
                }
                m.close("g");
            } else {
                boolean closed = span.kind() == ControlChartSection.Span.Kind.CLOSED;
                m.open("g", "class", closed ? "span closed" : "span start-up");
                m.inline("title", span.label());
                m.leaf("rect", "x", Fmt.coord(x0), "y", Fmt.coord(plot.top()), "width", Fmt.coord(w),
                        "height", Fmt.coord(plot.bottom() - plot.top()), "fill", closed ? CLOSED : START_UP,
                        "fill-opacity", "0.35");
                m.close("g");
            }
        }
        m.close("g");
    }

    /** A step line through each point's band at the given level. */
    private static String steps(List<ChartPoint> points, Plot plot, Scale y,
            double band, ToDoubleFunction<ChartPoint> level) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x0 = plot.left() + points.get(i).index() * band;
            double py = y.map(level.applyAsDouble(points.get(i)));
            d.append(i == 0 ? "M" : " L").append(Fmt.coord(x0)).append(' ').append(Fmt.coord(py))
                    .append(" L").append(Fmt.coord(x0 + band)).append(' ').append(Fmt.coord(py));
        }
        return d.toString();
    }

    /** Labels UCL, CL and LCL at the right end, kept apart when the lines are close. */
    private static void limitLabels(Markup m, Plot plot, Scale y, ChartPoint reference, String[] text) {
        double yu = y.map(reference.upperLimit());
        double yc = y.map(reference.centre());
        double yl = y.map(reference.lowerLimit());
        yu = Math.min(yu, yc - 13);
        yl = Math.max(yl, yc + 13);
        double x = plot.right() + 6;
        m.open("g", "class", "limit-labels", "fill", LIMIT);
        m.element("text", text[0], "x", Fmt.coord(x), "y", Fmt.coord(Math.max(yu + 4, Svg.FONT)));
        m.element("text", text[1], "x", Fmt.coord(x), "y", Fmt.coord(yc + 4), "fill", Svg.GREEN);
        m.element("text", text[2], "x", Fmt.coord(x), "y", Fmt.coord(Math.min(yl + 4, plot.height() - 4)));
        m.close("g");
    }
}
