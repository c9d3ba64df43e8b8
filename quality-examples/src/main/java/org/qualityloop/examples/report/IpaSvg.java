package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualityloop.examples.report.Svg.Plot;
import org.qualityloop.examples.report.Svg.Scale;
import org.qualityloop.metrics.analysis.IpaQuadrant;

/**
 * Draws the importance–performance grid: performance on the x-axis, importance on the y-axis,
 * tinted and labelled quadrants, dashed crosshairs and one labelled point per attribute.
 *
 * <p>Stateless and thread-safe.
 */
final class IpaSvg {

    private static final double HEIGHT = 420;
    private static final int MAX_LABEL = 24;

    private IpaSvg() {
    }

    /** The quadrant's label as Martilla and James named it. */
    static String label(IpaQuadrant quadrant) {
        return switch (quadrant) {
            case CONCENTRATE_HERE -> "Concentrate here";
            case KEEP_UP_THE_GOOD_WORK -> "Keep up the good work";
            case LOW_PRIORITY -> "Low priority";
            case POSSIBLE_OVERKILL -> "Possible overkill";
        };
    }

    private static String colour(IpaQuadrant quadrant) {
        return switch (quadrant) {
            case CONCENTRATE_HERE -> Svg.VERMILLION;
            case KEEP_UP_THE_GOOD_WORK -> Svg.GREEN;
            case LOW_PRIORITY -> "#6b7280";
            case POSSIBLE_OVERKILL -> "#B07A00";
        };
    }

    private static String tint(IpaQuadrant quadrant) {
        return switch (quadrant) {
            case CONCENTRATE_HERE -> "#fdeee6";
            case KEEP_UP_THE_GOOD_WORK -> "#e6f4ef";
            case LOW_PRIORITY -> "#f3f4f6";
            case POSSIBLE_OVERKILL -> "#fbf3e0";
        };
    }

    static void render(Markup m, String id, ImportancePerformanceSection s) {
        List<ImportancePerformanceSection.Attribute> attributes = s.attributes();
        double xLo = s.performanceCrosshair();
        double xHi = s.performanceCrosshair();
        double yLo = s.importanceCrosshair();
        double yHi = s.importanceCrosshair();
        for (ImportancePerformanceSection.Attribute a : attributes) {
            xLo = Math.min(xLo, a.performance());
            xHi = Math.max(xHi, a.performance());
            yLo = Math.min(yLo, a.importance());
            yHi = Math.max(yHi, a.importance());
        }
        double xPad = Math.max((xHi - xLo) * 0.08, 0.05 * Math.max(1, Math.abs(xHi)));
        double yPad = Math.max((yHi - yLo) * 0.08, 0.05 * Math.max(1, Math.abs(yHi)));
        Ticks xTicks = Ticks.nice(xLo - xPad, xHi + xPad, 7, false);
        Ticks yTicks = Ticks.nice(yLo - yPad, yHi + yPad, 6, false);
        Plot plot = new Plot(HEIGHT, 64, 16, Svg.WIDTH - 24, HEIGHT - 44);
        Scale x = Scale.horizontal(xTicks, plot);
        Scale y = Scale.vertical(yTicks, plot);

        Svg.open(m, id, HEIGHT, s.title(), "Importance\u2013performance grid of " + attributes.size() + " attribute"
                + (attributes.size() == 1 ? "" : "s") + ", performance across and importance up, with crosshairs at "
                + "performance " + Fmt.number(s.performanceCrosshair(), 2) + " and importance "
                + Fmt.number(s.importanceCrosshair(), 2) + "; " + count(s, IpaQuadrant.CONCENTRATE_HERE)
                + " in \u201Cconcentrate here\u201D.");
        double cx = x.map(s.performanceCrosshair());
        double cy = y.map(s.importanceCrosshair());
        m.open("g", "class", "quadrants");
        quadrant(m, IpaQuadrant.CONCENTRATE_HERE, plot.left(), plot.top(), cx, cy);
        quadrant(m, IpaQuadrant.KEEP_UP_THE_GOOD_WORK, cx, plot.top(), plot.right(), cy);
        quadrant(m, IpaQuadrant.LOW_PRIORITY, plot.left(), cy, cx, plot.bottom());
        quadrant(m, IpaQuadrant.POSSIBLE_OVERKILL, cx, cy, plot.right(), plot.bottom());
        m.close("g");

        m.open("g", "class", "axis axis-bottom");
        for (double v : xTicks.values()) {
            double px = x.map(v);
            m.leaf("line", "x1", Fmt.coord(px), "y1", Fmt.coord(plot.top()), "x2", Fmt.coord(px), "y2",
                    Fmt.coord(plot.bottom()), "stroke", "#ffffff", "stroke-width", "1");
            m.element("text", xTicks.label(v), "x", Fmt.coord(px), "y", Fmt.coord(plot.bottom() + 18),
                    "text-anchor", "middle", "fill", Svg.MUTED);
        }
        m.close("g");
        Svg.valueAxis(m, plot, yTicks, y, false, false, yTicks::label);
        m.element("text", "performance \u2192", "x", Fmt.coord((plot.left() + plot.right()) / 2), "y",
                Fmt.coord(HEIGHT - 8), "text-anchor", "middle", "fill", Svg.MUTED);
        Svg.verticalTitle(m, plot, "importance \u2192", false);
        m.leaf("rect", "x", Fmt.coord(plot.left()), "y", Fmt.coord(plot.top()), "width", Fmt.coord(plot.width()),
                "height", Fmt.coord(plot.bottom() - plot.top()), "fill", "none", "stroke", Svg.AXIS);

        m.open("g", "class", "crosshairs", "stroke", Svg.INK, "stroke-width", "1.2", "stroke-dasharray", "5 4");
        m.leaf("line", "x1", Fmt.coord(cx), "y1", Fmt.coord(plot.top()), "x2", Fmt.coord(cx), "y2",
                Fmt.coord(plot.bottom()));
        m.leaf("line", "x1", Fmt.coord(plot.left()), "y1", Fmt.coord(cy), "x2", Fmt.coord(plot.right()), "y2",
                Fmt.coord(cy));
        m.close("g");

        m.open("g", "class", "quadrant-labels", "font-weight", "700", "font-size", "13");
        corner(m, IpaQuadrant.CONCENTRATE_HERE, plot.left() + 10, plot.top() + 20, "start");
        corner(m, IpaQuadrant.KEEP_UP_THE_GOOD_WORK, plot.right() - 10, plot.top() + 20, "end");
        corner(m, IpaQuadrant.LOW_PRIORITY, plot.left() + 10, plot.bottom() - 10, "start");
        corner(m, IpaQuadrant.POSSIBLE_OVERKILL, plot.right() - 10, plot.bottom() - 10, "end");
        m.close("g");

        List<double[]> taken = new ArrayList<>();
        taken.add(box(plot.left() + 6, plot.top() + 6, Svg.textWidth("Concentrate here", 13) + 8, 20));
        taken.add(box(plot.right() - 14 - Svg.textWidth("Keep up the good work", 13), plot.top() + 6,
                Svg.textWidth("Keep up the good work", 13) + 8, 20));
        taken.add(box(plot.left() + 6, plot.bottom() - 26, Svg.textWidth("Low priority", 13) + 8, 20));
        taken.add(box(plot.right() - 14 - Svg.textWidth("Possible overkill", 13), plot.bottom() - 26,
                Svg.textWidth("Possible overkill", 13) + 8, 20));
        for (ImportancePerformanceSection.Attribute a : attributes) {
            double px = x.map(a.performance());
            double py = y.map(a.importance());
            taken.add(box(px - 6, py - 6, 12, 12));
        }
        List<String> shown = Svg.uniqueAbbreviations(attributes.stream().map(ImportancePerformanceSection.Attribute::name)
                .toList(), MAX_LABEL);
        m.open("g", "class", "attributes");
        for (int k = 0; k < attributes.size(); k++) {
            ImportancePerformanceSection.Attribute a = attributes.get(k);
            double px = x.map(a.performance());
            double py = y.map(a.importance());
            Svg.marker(m, px, py, 5.5, colour(a.quadrant()), "attribute", a.name() + ": importance "
                    + Fmt.number(a.importance(), 2) + ", performance " + Fmt.number(a.performance(), 2) + " \u2014 "
                    + label(a.quadrant()).toLowerCase(Locale.ROOT));
            String text = shown.get(k);
            double w = Svg.textWidth(text, 11);
            double[][] candidates = {
                {px + 9, py - 7, w, 14, 0}, {px - 9 - w, py - 7, w, 14, 1},
                {px - w / 2, py - 22, w, 14, 2}, {px - w / 2, py + 8, w, 14, 3},
            };
            double[] chosen = candidates[0];
            for (double[] c : candidates) {
                if (c[0] >= plot.left() + 2 && c[0] + c[2] <= plot.right() - 2 && c[1] >= plot.top()
                        && c[1] + c[3] <= plot.bottom() && taken.stream().noneMatch(t -> overlaps(t, c))) {
                    chosen = c;
                    break;
                }
            }
            taken.add(chosen);
            double tx = Math.max(2, Math.min(Svg.WIDTH - 2 - w, chosen[0]));
            m.open("text", "x", Fmt.coord(tx), "y", Fmt.coord(chosen[1] + 11), "font-size", "11",
                    "paint-order", "stroke", "stroke", "#ffffff", "stroke-width", "3", "stroke-linejoin", "round");
            if (!text.equals(a.name())) {
                m.inline("title", a.name());
            }
            m.text(text);
            m.close("text");
        }
        m.close("g");
        Svg.close(m);
    }

    private static long count(ImportancePerformanceSection s, IpaQuadrant quadrant) {
        return s.attributes().stream().filter(a -> a.quadrant() == quadrant).count();
    }

    private static void quadrant(Markup m, IpaQuadrant quadrant, double x0, double y0, double x1, double y1) {
        m.leaf("rect", "class", "quadrant", "x", Fmt.coord(x0), "y", Fmt.coord(y0), "width",
                Fmt.coord(Math.max(0, x1 - x0)), "height", Fmt.coord(Math.max(0, y1 - y0)), "fill", tint(quadrant));
    }

    private static void corner(Markup m, IpaQuadrant quadrant, double x, double y, String anchor) {
        m.element("text", label(quadrant), "x", Fmt.coord(x), "y", Fmt.coord(y), "text-anchor", anchor, "fill",
                colour(quadrant));
    }

    private static double[] box(double x, double y, double w, double h) {
        return new double[] {x, y, w, h};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
