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
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean nonNegative = true;
        boolean constantLimits = true;
        for (ChartPoint p : points) {
            lo = Math.min(lo, Math.min(p.value(), p.lowerLimit()));
            hi = Math.max(hi, Math.max(p.value(), p.upperLimit()));
            nonNegative &= p.value() >= 0 && p.lowerLimit() >= 0;
            constantLimits &= p.lowerLimit() == points.get(0).lowerLimit()
                    && p.upperLimit() == points.get(0).upperLimit() && p.centre() == points.get(0).centre();
        }
        Ticks ticks = Ticks.nice(lo, hi, 6, false);
        if (nonNegative) {
            ticks = ticks.clamp(0, Double.MAX_VALUE);
        }
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(s.labels().isEmpty() ? Integer.toString(i + 1) : s.labels().get(i));
        }
        Map<Integer, List<ControlRule>> broken = new LinkedHashMap<>();
        for (RuleViolation v : s.violations()) {
            List<ControlRule> rules = broken.computeIfAbsent(v.index(), k -> new ArrayList<>());
            if (!rules.contains(v.rule())) {
                rules.add(v.rule());
            }
        }

        List<LegendItem> legend = new ArrayList<>();
        legend.add(new LegendItem("value", Swatch.LINE, Svg.BLUE));
        legend.add(new LegendItem("centre line", Swatch.LINE, Svg.GREEN));
        legend.add(new LegendItem(constantLimits ? "\u00B13\u03C3 limits" : "\u00B13\u03C3 limits (vary with sample size)",
                Swatch.DASHED, LIMIT));
        if (!broken.isEmpty()) {
            legend.add(new LegendItem("breaks a run rule", Swatch.DIAMOND, Svg.VERMILLION));
        }
        double left = 64;
        double right = Svg.WIDTH - 84;
        double top = 8 + Svg.legendHeight(legend, right - left) + 14;
        Plot plot = new Plot(HEIGHT, left, top, right, HEIGHT - 36);
        Scale y = Scale.vertical(ticks, plot);

        Svg.open(m, id, HEIGHT, s.title(), "Control chart (" + s.chartType() + ") of " + n + " sample"
                + (n == 1 ? "" : "s") + " with centre line and control limits; " + broken.size() + " point"
                + (broken.size() == 1 ? " breaks" : "s break") + " a run rule.");
        Svg.legend(m, legend, plot.left(), 8, plot.width());
        Svg.valueAxis(m, plot, ticks, y, false, true, ticks::label);
        Svg.baseline(m, plot);
        Svg.verticalTitle(m, plot, s.valueLabel(), false);

        double band = plot.band(n);
        m.leaf("path", "class", "centre", "d", steps(points, plot, y, band, ChartPoint::centre), "fill", "none",
                "stroke", Svg.GREEN, "stroke-width", "1.5");
        m.leaf("path", "class", "ucl", "d", steps(points, plot, y, band, ChartPoint::upperLimit), "fill", "none",
                "stroke", LIMIT, "stroke-width", "1.5", "stroke-dasharray", "6 4");
        m.leaf("path", "class", "lcl", "d", steps(points, plot, y, band, ChartPoint::lowerLimit), "fill", "none",
                "stroke", LIMIT, "stroke-width", "1.5", "stroke-dasharray", "6 4");
        limitLabels(m, plot, y, points.get(n - 1), ticks);

        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            line.add(new double[] {plot.centre(i, n), y.map(points.get(i).value())});
        }
        m.leaf("path", "class", "line", "d", Svg.path(List.of(line)), "fill", "none", "stroke", Svg.BLUE,
                "stroke-width", "1.5", "stroke-linejoin", "round");
        double r = Svg.markerRadius(band);
        m.open("g", "class", "points");
        for (int i = 0; i < n; i++) {
            ChartPoint p = points.get(i);
            String tip = labels.get(i) + ": " + Fmt.number(p.value(), ticks.decimals() + 2) + " (centre "
                    + Fmt.number(p.centre(), ticks.decimals() + 2) + ", limits "
                    + Fmt.number(p.lowerLimit(), ticks.decimals() + 2) + " to "
                    + Fmt.number(p.upperLimit(), ticks.decimals() + 2) + ")";
            List<ControlRule> rules = broken.get(p.index());
            if (rules == null) {
                Svg.marker(m, line.get(i)[0], line.get(i)[1], r, Svg.BLUE, "point", tip);
            } else {
                m.open("path", "class", "point violation", "d", Svg.diamond(line.get(i)[0], line.get(i)[1], r + 3),
                        "fill", Svg.VERMILLION, "stroke", "#ffffff", "stroke-width", "1",
                        "data-rules", rules.stream().map(ControlRule::name).collect(Collectors.joining(" ")));
                m.inline("title", tip + " \u2014 breaks "
                        + rules.stream().map(ControlChartSvg::describe).collect(Collectors.joining("; ")));
                m.close("path");
            }
        }
        m.close("g");
        Svg.categoryAxis(m, plot, labels);
        Svg.close(m);
    }

    /** A step line through each point's band at the given level. */
    private static String steps(List<ChartPoint> points, Plot plot, Scale y,
            double band, ToDoubleFunction<ChartPoint> level) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x0 = plot.left() + i * band;
            double py = y.map(level.applyAsDouble(points.get(i)));
            d.append(i == 0 ? "M" : " L").append(Fmt.coord(x0)).append(' ').append(Fmt.coord(py))
                    .append(" L").append(Fmt.coord(x0 + band)).append(' ').append(Fmt.coord(py));
        }
        return d.toString();
    }

    /** Labels UCL, CL and LCL at the right end, kept apart when the lines are close. */
    private static void limitLabels(Markup m, Plot plot, Scale y, ChartPoint last, Ticks ticks) {
        int decimals = ticks.decimals() + 1;
        double yu = y.map(last.upperLimit());
        double yc = y.map(last.centre());
        double yl = y.map(last.lowerLimit());
        yu = Math.min(yu, yc - 13);
        yl = Math.max(yl, yc + 13);
        double x = plot.right() + 6;
        m.open("g", "class", "limit-labels", "fill", LIMIT);
        m.element("text", "UCL " + Fmt.number(last.upperLimit(), decimals), "x", Fmt.coord(x), "y", Fmt.coord(yu + 4));
        m.element("text", "CL " + Fmt.number(last.centre(), decimals), "x", Fmt.coord(x), "y", Fmt.coord(yc + 4),
                "fill", Svg.GREEN);
        m.element("text", "LCL " + Fmt.number(last.lowerLimit(), decimals), "x", Fmt.coord(x), "y", Fmt.coord(yl + 4));
        m.close("g");
    }
}
