package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.qualityloop.examples.report.Svg.LegendItem;
import org.qualityloop.examples.report.Svg.Plot;
import org.qualityloop.examples.report.Svg.Scale;
import org.qualityloop.examples.report.Svg.Swatch;
import org.qualityloop.metrics.Proportion;

/**
 * Draws the two per-period trends: NPS with its confidence band, and SLA compliance with one line
 * per target. Both put the periods in equal bands along the x-axis, so a single period sits in
 * the middle and a missing period is a gap.
 *
 * <p>Stateless and thread-safe.
 */
final class TrendCharts {

    private static final double HEIGHT = 320;

    private TrendCharts() {
    }

    static void nps(Markup m, String id, NpsTrendSection s) {
        List<String> periods = s.periods();
        int n = periods.size();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (NpsTrendSection.Point p : s.points().values()) {
            lo = Math.min(lo, Math.min(p.score(), p.interval().lower()));
            hi = Math.max(hi, Math.max(p.score(), p.interval().upper()));
        }
        if (s.target().isPresent()) {
            lo = Math.min(lo, s.target().getAsDouble());
            hi = Math.max(hi, s.target().getAsDouble());
        }
        Ticks ticks = Ticks.nice(lo - (hi - lo) * 0.04, hi + (hi - lo) * 0.04, 6, false).clamp(-100, 100);

        List<LegendItem> legend = new ArrayList<>();
        legend.add(new LegendItem("NPS", Swatch.LINE, Svg.BLUE));
        legend.add(new LegendItem("95\u00A0% confidence interval", Swatch.BAND, Svg.BLUE));
        s.target().ifPresent(t -> legend.add(new LegendItem("target " + Fmt.compact(t, 1), Swatch.DASHED, Svg.INK)));
        Plot plot = plot(legend);
        Scale y = Scale.vertical(ticks, plot);

        String first = periods.get(0);
        String last = periods.get(n - 1);
        Svg.open(m, id, HEIGHT, s.title(), "Line chart of the Net Promoter Score for " + n + " period"
                + (n == 1 ? " " + first : "s from " + first + " to " + last) + ", " + s.points().size()
                + " with responses, on a scale from " + ticks.label(ticks.min()) + " to " + ticks.label(ticks.max())
                + s.target().stream().mapToObj(t -> ", target " + Fmt.compact(t, 1)).findFirst().orElse("") + ".");
        Svg.legend(m, legend, plot.left(), 8, plot.width());
        Svg.valueAxis(m, plot, ticks, y, false, true, ticks::label);
        zeroLine(m, plot, ticks, y);
        Svg.baseline(m, plot);
        Svg.verticalTitle(m, plot, "NPS", false);

        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NpsTrendSection.Point p = s.points().get(periods.get(i));
            double x = plot.centre(i, n);
            upper.add(p == null ? null : new double[] {x, y.map(p.interval().upper())});
            lower.add(p == null ? null : new double[] {x, y.map(p.interval().lower())});
            line.add(p == null ? null : new double[] {x, y.map(p.score())});
        }
        m.open("g", "class", "band", "fill", Svg.BLUE, "fill-opacity", "0.18", "stroke", Svg.BLUE,
                "stroke-opacity", "0.35");
        List<List<double[]>> upperRuns = Svg.runs(upper);
        List<List<double[]>> lowerRuns = Svg.runs(lower);
        for (int r = 0; r < upperRuns.size(); r++) {
            List<double[]> top = upperRuns.get(r);
            List<double[]> bottom = lowerRuns.get(r);
            if (top.size() == 1) {
                double x = top.get(0)[0];
                double cap = Math.min(6, plot.band(n) / 4);
                m.leaf("path", "d", "M" + Fmt.coord(x) + " " + Fmt.coord(top.get(0)[1]) + " L" + Fmt.coord(x) + " "
                        + Fmt.coord(bottom.get(0)[1]) + " M" + Fmt.coord(x - cap) + " " + Fmt.coord(top.get(0)[1])
                        + " L" + Fmt.coord(x + cap) + " " + Fmt.coord(top.get(0)[1]) + " M" + Fmt.coord(x - cap)
                        + " " + Fmt.coord(bottom.get(0)[1]) + " L" + Fmt.coord(x + cap) + " "
                        + Fmt.coord(bottom.get(0)[1]), "stroke-width", "2", "stroke-opacity", "0.7", "fill", "none");
            } else {
                List<double[]> outline = new ArrayList<>(top);
                for (int i = bottom.size() - 1; i >= 0; i--) {
                    outline.add(bottom.get(i));
                }
                m.leaf("path", "d", Svg.path(List.of(outline)) + " Z", "stroke", "none");
            }
        }
        m.close("g");
        s.target().ifPresent(t -> Svg.referenceLine(m, plot, y.map(t), Svg.INK, "target " + Fmt.compact(t, 1),
                "target"));
        m.leaf("path", "class", "line", "d", Svg.path(Svg.runs(line)), "fill", "none", "stroke", Svg.BLUE,
                "stroke-width", "2.5", "stroke-linejoin", "round", "stroke-linecap", "round");
        m.open("g", "class", "points");
        for (int i = 0; i < n; i++) {
            NpsTrendSection.Point p = s.points().get(periods.get(i));
            if (p != null) {
                Svg.marker(m, line.get(i)[0], line.get(i)[1], Svg.markerRadius(plot.band(n)), Svg.BLUE, "point",
                        periods.get(i) + ": NPS " + Fmt.number(p.score(), 1) + " (95\u00A0% CI "
                                + Fmt.number(p.interval().lower(), 1) + " to " + Fmt.number(p.interval().upper(), 1)
                                + ", " + p.responses() + (p.responses() == 1 ? " response)" : " responses)"));
            }
        }
        m.close("g");
        Svg.categoryAxis(m, plot, periods);
        Svg.close(m);
    }

    static void sla(Markup m, String id, SlaTrendSection s) {
        List<String> periods = s.periods();
        int n = periods.size();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SlaTrendSection.Series series : s.series()) {
            for (Proportion p : series.compliance().values()) {
                lo = Math.min(lo, p.percent());
                hi = Math.max(hi, p.percent());
            }
        }
        if (s.target().isPresent()) {
            lo = Math.min(lo, s.target().getAsDouble());
            hi = Math.max(hi, s.target().getAsDouble());
        }
        Ticks ticks = Ticks.nice(lo - (hi - lo) * 0.04, hi + (hi - lo) * 0.04, 6, false).clamp(0, 100);

        List<LegendItem> legend = new ArrayList<>();
        for (int k = 0; k < s.series().size(); k++) {
            SlaTrendSection.Series series = s.series().get(k);
            legend.add(new LegendItem(series.name() + (series.compliance().isEmpty() ? " (no data)" : ""),
                    Swatch.LINE, colour(k)));
        }
        s.target().ifPresent(t -> legend.add(new LegendItem("target " + Fmt.compact(t, 1) + "\u00A0%", Swatch.DASHED, Svg.INK)));
        Plot plot = plot(legend);
        Scale y = Scale.vertical(ticks, plot);

        String first = periods.get(0);
        String last = periods.get(n - 1);
        Svg.open(m, id, HEIGHT, s.title(), "Line chart of the share of cases within SLA, in percent, for "
                + s.series().size() + " target" + (s.series().size() == 1 ? "" : "s") + " over " + n + " period"
                + (n == 1 ? " " + first : "s from " + first + " to " + last)
                + s.target().stream().mapToObj(t -> ", target " + Fmt.compact(t, 1) + "\u00A0%").findFirst().orElse("") + ".");
        Svg.legend(m, legend, plot.left(), 8, plot.width());
        Svg.valueAxis(m, plot, ticks, y, false, true, v -> ticks.label(v) + "\u00A0%");
        Svg.baseline(m, plot);
        Svg.verticalTitle(m, plot, "within SLA", false);
        s.target().ifPresent(t -> Svg.referenceLine(m, plot, y.map(t), Svg.INK, "target " + Fmt.compact(t, 1) + "\u00A0%",
                "target"));
        for (int k = 0; k < s.series().size(); k++) {
            SlaTrendSection.Series series = s.series().get(k);
            List<double[]> line = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Proportion p = series.compliance().get(periods.get(i));
                line.add(p == null ? null : new double[] {plot.centre(i, n), y.map(p.percent())});
            }
            m.open("g", "class", "series", "data-series", series.name());
            if (!series.compliance().isEmpty()) {
                m.leaf("path", "class", "line", "d", Svg.path(Svg.runs(line)), "fill", "none", "stroke", colour(k),
                        "stroke-width", "2.5", "stroke-linejoin", "round", "stroke-linecap", "round");
            }
            for (int i = 0; i < n; i++) {
                Proportion p = series.compliance().get(periods.get(i));
                if (p != null) {
                    Svg.marker(m, line.get(i)[0], line.get(i)[1], Svg.markerRadius(plot.band(n)), colour(k), "point",
                            series.name() + ", " + periods.get(i) + ": " + Fmt.percent(p.percent(), 1) + " within SLA ("
                                    + p.numerator() + " of " + p.denominator() + ")");
                }
            }
            m.close("g");
        }
        Svg.categoryAxis(m, plot, periods);
        Svg.close(m);
    }

    private static String colour(int k) {
        return Svg.SERIES.get(Math.min(k, Svg.SERIES.size() - 1));
    }

    private static Plot plot(List<LegendItem> legend) {
        double left = 64;
        double right = Svg.WIDTH - 24;
        double top = 8 + Svg.legendHeight(legend, right - left) + 14;
        return new Plot(HEIGHT, left, top, right, HEIGHT - 36);
    }

    /** Draws a stronger line at zero when the domain crosses it (NPS can be negative). */
    private static void zeroLine(Markup m, Plot plot, Ticks ticks, Scale y) {
        if (ticks.min() < 0 && ticks.max() > 0) {
            double y0 = y.map(0);
            m.leaf("line", "class", "zero", "x1", Fmt.coord(plot.left()), "y1", Fmt.coord(y0), "x2",
                    Fmt.coord(plot.right()), "y2", Fmt.coord(y0), "stroke", Svg.AXIS, "stroke-width", "1");
        }
    }
}
