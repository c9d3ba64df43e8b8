package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.qualityloop.examples.report.Svg.LegendItem;
import org.qualityloop.examples.report.Svg.Plot;
import org.qualityloop.examples.report.Svg.Scale;
import org.qualityloop.examples.report.Svg.Swatch;

/**
 * Draws the two bar charts: the Pareto chart (counts with a cumulative-share line on a second
 * axis) and the SERVQUAL gap bars (from a zero axis, shortfalls downwards).
 *
 * <p>Stateless and thread-safe.
 */
final class BarCharts {

    private static final String USEFUL_MANY = "#a9bfd3";
    /** The longest category label shown in full; longer ones are abbreviated, uniquely. */
    private static final int MAX_LABEL = 36;

    private BarCharts() {
    }

    static void pareto(Markup m, String id, ParetoSection s) {
        List<ParetoSection.Bar> bars = s.bars();
        int n = bars.size();
        long max = bars.get(0).count();
        Ticks counts = Ticks.nice(0, max, 6, true);
        Ticks shares = new Ticks(0, 1, 0.2, 0);

        List<LegendItem> legend = List.of(
                new LegendItem("vital few", Swatch.BAR, Svg.BLUE),
                new LegendItem("useful many", Swatch.BAR, USEFUL_MANY),
                new LegendItem("cumulative share", Swatch.LINE, Svg.ORANGE),
                new LegendItem(Fmt.percentOfShare(s.cutoff(), 0) + " cut-off", Swatch.DASHED, Svg.VERMILLION));
        double right = Svg.WIDTH - 64;
        List<String> labels = Svg.uniqueAbbreviations(bars.stream().map(ParetoSection.Bar::category).toList(),
                MAX_LABEL);
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, Svg.textWidth(label, Svg.FONT));
        }
        double left = Svg.leftMargin(counts, counts::label, 64);
        double minLeft = left;
        boolean rotate = widest + 6 > (right - left) / n;
        int angle = 45;
        double cos = Math.cos(Math.toRadians(angle));
        if (rotate) {
            // The first labels lean left of their bars: widen the margin until each fits in the chart.
            for (int pass = 0; pass < 3; pass++) {
                double band = (right - left) / n;
                double need = minLeft;
                for (int i = 0; i < n; i++) {
                    need = Math.max(need, Svg.textWidth(labels.get(i), Svg.FONT) * cos + 8 - (i + 0.5) * band);
                }
                left = Math.min(need, Svg.WIDTH / 3);
            }
        }
        double top = 8 + Svg.legendHeight(legend, right - left) + 14;
        double drop = Math.ceil(widest * Math.sin(Math.toRadians(angle)) + Svg.FONT);
        double height = rotate ? 300 + drop : 330;
        Plot plot = new Plot(height, left, top, right, height - (rotate ? drop + 14 : 36));
        double band = plot.band(n);
        Scale yCount = Scale.vertical(counts, plot);
        Scale yShare = Scale.vertical(shares, plot);

        long vital = bars.stream().filter(ParetoSection.Bar::vitalFew).count();
        Svg.open(m, id, height, s.title(), "Pareto chart of " + n + " categor" + (n == 1 ? "y" : "ies")
                + " sorted by count, largest first; the " + vital + " vital few reach the "
                + Fmt.percentOfShare(s.cutoff(), 0) + " cut-off of the cumulative share.");
        Svg.legend(m, legend, plot.left(), 8, plot.width());
        Svg.valueAxis(m, plot, counts, yCount, false, true, counts::label);
        Svg.valueAxis(m, plot, shares, yShare, true, false, v -> Fmt.percentOfShare(v, 0));
        Svg.verticalTitle(m, plot, "count", false);
        Svg.verticalTitle(m, plot, "cumulative share", true);

        m.open("g", "class", "bars");
        double w = Math.max(1, band * 0.72);
        for (int i = 0; i < n; i++) {
            ParetoSection.Bar bar = bars.get(i);
            double x = plot.centre(i, n);
            double yTop = yCount.map(bar.count());
            m.open("rect", "class", bar.vitalFew() ? "bar vital" : "bar", "x", Fmt.coord(x - w / 2), "y",
                    Fmt.coord(yTop), "width", Fmt.coord(w), "height", Fmt.coord(plot.bottom() - yTop),
                    "fill", bar.vitalFew() ? Svg.BLUE : USEFUL_MANY);
            m.inline("title", bar.category() + ": " + bar.count() + " (" + Fmt.percentOfShare(bar.share(), 1)
                    + ", cumulative " + Fmt.percentOfShare(bar.cumulativeShare(), 1) + ")"
                    + (bar.vitalFew() ? " \u2014 vital few" : ""));
            m.close("rect");
            if (band >= 28) {
                m.element("text", Long.toString(bar.count()), "x", Fmt.coord(x), "y", Fmt.coord(yTop - 4),
                        "text-anchor", "middle", "font-size", "11", "fill", Svg.MUTED);
            }
        }
        m.close("g");
        Svg.baseline(m, plot);

        Svg.referenceLine(m, plot, yShare.map(s.cutoff()), Svg.VERMILLION,
                Fmt.percentOfShare(s.cutoff(), 0) + " cut-off", "cutoff");
        List<double[]> line = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            line.add(new double[] {plot.centre(i, n), yShare.map(bars.get(i).cumulativeShare())});
        }
        m.leaf("path", "class", "cumulative", "d", Svg.path(List.of(line)), "fill", "none", "stroke", Svg.ORANGE,
                "stroke-width", "2", "stroke-linejoin", "round");
        m.open("g", "class", "cumulative-points");
        for (int i = 0; i < n; i++) {
            Svg.marker(m, line.get(i)[0], line.get(i)[1], 3, Svg.ORANGE, "point",
                    bars.get(i).category() + ": cumulative " + Fmt.percentOfShare(bars.get(i).cumulativeShare(), 1));
        }
        m.close("g");

        m.open("g", "class", "axis axis-bottom", "fill", Svg.MUTED);
        for (int i = 0; i < n; i++) {
            double x = plot.centre(i, n);
            double ty = plot.bottom() + (rotate ? 12 : 18);
            if (rotate) {
                m.open("text", "x", Fmt.coord(x), "y", Fmt.coord(ty), "text-anchor", "end",
                        "transform", "rotate(-" + angle + " " + Fmt.coord(x) + " " + Fmt.coord(ty) + ")");
            } else {
                m.open("text", "x", Fmt.coord(x), "y", Fmt.coord(ty), "text-anchor", "middle");
            }
            m.inline("title", bars.get(i).category());
            m.text(labels.get(i));
            m.close("text");
        }
        m.close("g");
        Svg.close(m);
    }

    static void servqual(Markup m, String id, ServqualSection s) {
        List<String> names = new ArrayList<>(s.dimensionGaps().keySet());
        List<Double> gaps = new ArrayList<>(s.dimensionGaps().values());
        boolean overall = s.overallGap().isPresent();
        if (overall) {
            names.add("Overall");
            gaps.add(s.overallGap().getAsDouble());
        }
        int n = names.size();
        double lo = 0;
        double hi = 0;
        for (double g : gaps) {
            lo = Math.min(lo, g);
            hi = Math.max(hi, g);
        }
        double pad = (hi - lo) * 0.12;
        Ticks ticks = Ticks.nice(lo < 0 ? lo - pad : lo, hi > 0 ? hi + pad : hi, 6, false);

        List<LegendItem> legend = new ArrayList<>();
        legend.add(new LegendItem("perception exceeds expectation", Swatch.BAR, Svg.GREEN));
        legend.add(new LegendItem("perception falls short", Swatch.BAR, Svg.VERMILLION));
        if (overall) {
            legend.add(new LegendItem("overall (mean of the dimensions)", Swatch.OUTLINED_BAR, "#ffffff"));
        }
        double height = 320;
        double left = 64;
        double right = Svg.WIDTH - 24;
        double top = 8 + Svg.legendHeight(legend, right - left) + 14;
        Plot plot = new Plot(height, left, top, right, height - 36);
        Scale y = Scale.vertical(ticks, plot);

        Svg.open(m, id, height, s.title(), "Bar chart of the SERVQUAL gap, perception minus expectation, for "
                + s.dimensionGaps().size() + " dimension" + (s.dimensionGaps().size() == 1 ? "" : "s")
                + (overall ? " and overall, which is " + Fmt.signed(s.overallGap().getAsDouble(), 2) : "") + ".");
        Svg.legend(m, legend, plot.left(), 8, plot.width());
        Svg.valueAxis(m, plot, ticks, y, false, true, v -> v > 0 ? "+" + ticks.label(v) : ticks.label(v));
        Svg.verticalTitle(m, plot, "gap (P \u2212 E)", false);

        double y0 = y.map(0);
        double band = plot.band(n);
        double w = Math.max(1, band * 0.6);
        m.open("g", "class", "bars");
        for (int i = 0; i < n; i++) {
            double g = gaps.get(i);
            boolean isOverall = overall && i == n - 1;
            double x = plot.centre(i, n);
            double yv = y.map(g);
            double yTop = Math.min(y0, yv);
            double h = Math.abs(yv - y0);
            String colour = g < 0 ? Svg.VERMILLION : Svg.GREEN;
            m.open("rect", "class", (g < 0 ? "gap negative" : "gap") + (isOverall ? " overall" : ""),
                    "x", Fmt.coord(x - w / 2), "y", Fmt.coord(yTop), "width", Fmt.coord(w), "height", Fmt.coord(h),
                    "fill", colour, "fill-opacity", isOverall ? "0.55" : "1",
                    "stroke", isOverall ? Svg.INK : null, "stroke-width", isOverall ? "1.5" : null);
            m.inline("title", names.get(i) + ": gap " + Fmt.signed(g, 2));
            m.close("rect");
            double ty = g < 0 ? yv + 15 : yv - 5;
            m.element("text", Fmt.signed(g, 2), "x", Fmt.coord(x), "y", Fmt.coord(ty), "text-anchor", "middle",
                    "font-size", "11", "font-weight", "600", "fill", colour);
        }
        m.close("g");
        m.leaf("line", "class", "zero", "x1", Fmt.coord(plot.left()), "y1", Fmt.coord(y0), "x2",
                Fmt.coord(plot.right()), "y2", Fmt.coord(y0), "stroke", Svg.INK, "stroke-width", "1.5");
        if (overall && n > 1) {
            double sx = plot.left() + (n - 1) * band;
            m.leaf("line", "x1", Fmt.coord(sx), "y1", Fmt.coord(plot.top()), "x2", Fmt.coord(sx), "y2",
                    Fmt.coord(plot.bottom()), "stroke", Svg.GRID, "stroke-width", "1", "stroke-dasharray", "3 3");
        }
        m.open("g", "class", "axis axis-bottom", "fill", Svg.MUTED);
        int maxChars = Math.max(4, (int) Math.floor((band - 6) / (Svg.FONT * 0.62)));
        List<String> shown = Svg.uniqueAbbreviations(names, maxChars);
        for (int i = 0; i < n; i++) {
            boolean isOverall = overall && i == n - 1;
            m.open("text", "x", Fmt.coord(plot.centre(i, n)), "y",
                    Fmt.coord(plot.bottom() + 18), "text-anchor", "middle",
                    "font-weight", isOverall ? "700" : null, "fill", isOverall ? Svg.INK : null);
            m.inline("title", names.get(i));
            m.text(shown.get(i));
            m.close("text");
        }
        m.close("g");
        Svg.close(m);
    }
}
