package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The parts every chart shares: the {@code <svg>} element with its accessible title and
 * description, the plot area, value axes with grid lines, category axes, legends, paths and
 * tooltips. All charts use one palette (Okabe and Ito's colour-blind-safe colours) and one
 * width, so the page looks of a piece.
 *
 * <p>Stateless and thread-safe.
 */
final class Svg {

    /** The SVG namespace. */
    static final String NS = "http://www.w3.org/2000/svg";
    /** The width of every chart's view box. */
    static final double WIDTH = 720;
    /** The font size of labels, in view-box units. */
    static final double FONT = 12;

    static final String INK = "#1f2937";
    static final String MUTED = "#6b7280";
    static final String GRID = "#e5e7eb";
    static final String AXIS = "#9ca3af";
    static final String BLUE = "#0072B2";
    static final String ORANGE = "#E69F00";
    static final String GREEN = "#009E73";
    static final String VERMILLION = "#D55E00";
    static final String SKY = "#56B4E9";
    static final String PURPLE = "#CC79A7";
    static final String PALE_BLUE = "#b7cde0";

    /** Colours for series, in order; the last repeats after them. */
    static final List<String> SERIES = List.of(BLUE, ORANGE, GREEN, PURPLE, SKY, "#7A5C00", "#555555");

    private Svg() {
    }

    /** The plot area of a chart in view-box units. */
    record Plot(double height, double left, double top, double right, double bottom) {

        double width() {
            return right - left;
        }

        /** The width of one of {@code n} equal category bands. */
        double band(int n) {
            return width() / Math.max(1, n);
        }

        /** The centre of category {@code i} of {@code n}. */
        double centre(int i, int n) {
            return left + (i + 0.5) * band(n);
        }
    }

    /** A linear map from a domain to view-box coordinates. */
    record Scale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

        static Scale vertical(Ticks ticks, Plot plot) {
            return new Scale(ticks.min(), ticks.max(), plot.bottom(), plot.top());
        }

        static Scale horizontal(Ticks ticks, Plot plot) {
            return new Scale(ticks.min(), ticks.max(), plot.left(), plot.right());
        }

        double map(double value) {
            double lo = Math.min(rangeMin, rangeMax);
            double hi = Math.max(rangeMin, rangeMax);
            double v = rangeMin + (value - domainMin) / (domainMax - domainMin) * (rangeMax - rangeMin);
            return Math.max(lo, Math.min(hi, v));
        }
    }

    /** How a legend entry is drawn. */
    enum Swatch { LINE, DASHED, BAND, BAR, OUTLINED_BAR, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN }

    /** One legend entry. */
    record LegendItem(String label, Swatch swatch, String colour) {
    }

    /** Estimates the width of a label in view-box units (an average sans-serif glyph, capitals wider). */
    static double textWidth(String text, double fontSize) {
        return text.codePoints().mapToDouble(c -> Character.isUpperCase(c) ? 0.72 : 0.62).sum() * fontSize;
    }

    /**
     * Shortens labels longer than {@code max} characters so that no two read the same: a long
     * label keeps its start and its end around an ellipsis ("process-sugg…/reimbursement"), so
     * that categories sharing a prefix stay apart; where shortening would still make two labels
     * equal, both are kept in full. The full label belongs in a tooltip.
     */
    static List<String> uniqueAbbreviations(List<String> labels, int max) {
        List<String> shown = new ArrayList<>(labels.size());
        for (String label : labels) {
            shown.add(middleEllipsis(label, max));
        }
        for (int i = 0; i < shown.size(); i++) {
            for (int j = 0; j < shown.size(); j++) {
                if (i != j && shown.get(i).equals(shown.get(j)) && !labels.get(i).equals(labels.get(j))) {
                    shown.set(i, labels.get(i));
                    shown.set(j, labels.get(j));
                }
            }
        }
        return shown;
    }

    private static String middleEllipsis(String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return text;
        }
        int keep = Math.max(2, max - 1);
        int tail = keep / 2;
        int head = keep - tail;
        return text.substring(0, text.offsetByCodePoints(0, head)) + "\u2026"
                + text.substring(text.offsetByCodePoints(0, length - tail));
    }

    /** Opens the {@code <svg>} element with its accessible name and description. */
    static void open(Markup m, String id, double height, String title, String description) {
        m.open("svg", "xmlns", NS, "viewBox", "0 0 " + Fmt.coord(WIDTH) + " " + Fmt.coord(height),
                "class", "chart", "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "font-size", Fmt.coord(FONT), "fill", INK);
        m.raw("\n");
        m.element("title", title, "id", id + "-title");
        m.element("desc", description, "id", id + "-desc");
    }

    static void close(Markup m) {
        m.close("svg");
    }

    /** Returns the height the legend needs above the plot when laid out in rows. */
    static double legendHeight(List<LegendItem> items, double maxWidth) {
        return items.isEmpty() ? 0 : rows(items, maxWidth) * 18.0;
    }

    private static int rows(List<LegendItem> items, double maxWidth) {
        int rows = 1;
        double x = 0;
        for (LegendItem item : items) {
            double w = itemWidth(item);
            if (x > 0 && x + w > maxWidth) {
                rows++;
                x = 0;
            }
            x += w;
        }
        return rows;
    }

    private static double itemWidth(LegendItem item) {
        return 22 + 6 + textWidth(item.label(), FONT) + 18;
    }

    /** Draws the legend in rows starting at {@code (x, y)}, {@code y} being the top of the first row. */
    static void legend(Markup m, List<LegendItem> items, double x0, double y0, double maxWidth) {
        if (items.isEmpty()) {
            return;
        }
        m.open("g", "class", "legend");
        double x = 0;
        double y = y0;
        for (LegendItem item : items) {
            double w = itemWidth(item);
            if (x > 0 && x + w > maxWidth) {
                x = 0;
                y += 18;
            }
            double sx = x0 + x;
            double cy = y + 9;
            switch (item.swatch()) {
                case LINE -> m.leaf("line", "x1", Fmt.coord(sx), "y1", Fmt.coord(cy), "x2", Fmt.coord(sx + 22),
                        "y2", Fmt.coord(cy), "stroke", item.colour(), "stroke-width", "2.5");
                case DASHED -> m.leaf("line", "x1", Fmt.coord(sx), "y1", Fmt.coord(cy), "x2", Fmt.coord(sx + 22),
                        "y2", Fmt.coord(cy), "stroke", item.colour(), "stroke-width", "1.5",
                        "stroke-dasharray", "5 3");
                case BAND -> m.leaf("rect", "x", Fmt.coord(sx), "y", Fmt.coord(cy - 6), "width", "22",
                        "height", "12", "fill", item.colour(), "fill-opacity", "0.2");
                case BAR -> m.leaf("rect", "x", Fmt.coord(sx + 5), "y", Fmt.coord(cy - 6), "width", "12",
                        "height", "12", "fill", item.colour());
                case OUTLINED_BAR -> m.leaf("rect", "x", Fmt.coord(sx + 5), "y", Fmt.coord(cy - 6),
                        "width", "12", "height", "12", "fill", item.colour(), "stroke", INK, "stroke-width", "1.5");
                case DIAMOND -> m.leaf("path", "d", diamond(sx + 11, cy, 6), "fill", item.colour(),
                        "stroke", "#ffffff", "stroke-width", "1");
                case TRIANGLE_UP, TRIANGLE_DOWN -> m.leaf("path", "d",
                        triangle(sx + 11, cy, 6, item.swatch() == Swatch.TRIANGLE_UP), "fill", item.colour(),
                        "stroke", "#ffffff", "stroke-width", "1");
            }
            m.element("text", item.label(), "x", Fmt.coord(sx + 28), "y", Fmt.coord(cy + 4));
            x += w;
        }
        m.close("g");
    }

    /** Draws horizontal grid lines and tick labels for a value axis on the left or right. */
    static void valueAxis(Markup m, Plot plot, Ticks ticks, Scale y, boolean right, boolean grid,
            DoubleFunction<String> label) {
        m.open("g", "class", right ? "axis axis-right" : "axis axis-left");
        for (double v : ticks.values()) {
            double py = y.map(v);
            if (grid) {
                m.leaf("line", "x1", Fmt.coord(plot.left()), "y1", Fmt.coord(py), "x2", Fmt.coord(plot.right()),
                        "y2", Fmt.coord(py), "stroke", GRID, "stroke-width", "1");
            }
            double tx = right ? plot.right() + 6 : plot.left() - 6;
            m.element("text", label.apply(v), "x", Fmt.coord(tx), "y", Fmt.coord(py + 4),
                    "text-anchor", right ? "start" : "end", "fill", MUTED);
        }
        m.close("g");
    }

    /**
     * Returns the left margin that the tick labels of a value axis and the axis title beside them
     * need: at least {@code min}.
     */
    static double leftMargin(Ticks ticks, DoubleFunction<String> label, double min) {
        double widest = 0;
        for (double v : ticks.values()) {
            widest = Math.max(widest, textWidth(label.apply(v), FONT));
        }
        return Math.max(min, Math.ceil(widest + 30));
    }

    /** Draws an axis title, rotated for a vertical axis. */
    static void verticalTitle(Markup m, Plot plot, String text, boolean right) {
        double x = right ? WIDTH - 12 : 14;
        double y = (plot.top() + plot.bottom()) / 2;
        m.element("text", text, "x", Fmt.coord(x), "y", Fmt.coord(y), "text-anchor", "middle", "fill", MUTED,
                "transform", "rotate(" + (right ? "90 " : "-90 ") + Fmt.coord(x) + " " + Fmt.coord(y) + ")");
    }

    /** Draws the axis line along the bottom of the plot. */
    static void baseline(Markup m, Plot plot) {
        m.leaf("line", "x1", Fmt.coord(plot.left()), "y1", Fmt.coord(plot.bottom()), "x2", Fmt.coord(plot.right()),
                "y2", Fmt.coord(plot.bottom()), "stroke", AXIS, "stroke-width", "1");
    }

    /**
     * Labels {@code n} category bands below the plot, leaving labels out at regular intervals
     * when they would overlap.
     */
    static void categoryAxis(Markup m, Plot plot, List<String> labels) {
        int n = labels.size();
        if (n == 0) {
            return;
        }
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, textWidth(label, FONT));
        }
        int every = Math.max(1, (int) Math.ceil((widest + 16) / plot.band(n)));
        m.open("g", "class", "axis axis-bottom");
        for (int i = 0; i < n; i++) {
            double x = plot.centre(i, n);
            m.leaf("line", "x1", Fmt.coord(x), "y1", Fmt.coord(plot.bottom()), "x2", Fmt.coord(x),
                    "y2", Fmt.coord(plot.bottom() + (i % every == 0 ? 5 : 3)), "stroke", AXIS, "stroke-width", "1");
            if (i % every == 0) {
                m.element("text", labels.get(i), "x", Fmt.coord(x), "y", Fmt.coord(plot.bottom() + 18),
                        "text-anchor", "middle", "fill", MUTED);
            }
        }
        m.close("g");
    }

    /**
     * Draws a horizontal reference line (a target, a cut-off); the legend names it and its
     * tooltip repeats the name, so no label crowds the data.
     */
    static void referenceLine(Markup m, Plot plot, double y, String colour, String label, String cssClass) {
        m.open("g", "class", cssClass);
        m.inline("title", label);
        m.leaf("line", "x1", Fmt.coord(plot.left()), "y1", Fmt.coord(y), "x2", Fmt.coord(plot.right()),
                "y2", Fmt.coord(y), "stroke", colour, "stroke-width", "1.5", "stroke-dasharray", "6 4");
        m.close("g");
    }

    /** Returns the path data of polylines through the runs of points; each run starts with a move. */
    static String path(List<List<double[]>> runs) {
        StringBuilder d = new StringBuilder();
        for (List<double[]> run : runs) {
            for (int i = 0; i < run.size(); i++) {
                if (d.length() > 0) {
                    d.append(' ');
                }
                d.append(i == 0 ? 'M' : 'L').append(Fmt.coord(run.get(i)[0])).append(' ')
                        .append(Fmt.coord(run.get(i)[1]));
            }
        }
        return d.toString();
    }

    /** Splits the present values of a series into runs of consecutive categories. */
    static List<List<double[]>> runs(List<double[]> pointsOrNull) {
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (double[] point : pointsOrNull) {
            if (point == null) {
                if (!current.isEmpty()) {
                    runs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(point);
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    /** Returns the path data of a diamond centred on {@code (x, y)}. */
    static String diamond(double x, double y, double r) {
        return "M" + Fmt.coord(x) + " " + Fmt.coord(y - r) + " L" + Fmt.coord(x + r) + " " + Fmt.coord(y)
                + " L" + Fmt.coord(x) + " " + Fmt.coord(y + r) + " L" + Fmt.coord(x - r) + " " + Fmt.coord(y) + " Z";
    }

    /**
     * Returns the path data of a triangle centred on {@code (x, y)}, pointing up or down: the
     * mark of an alarm above or below the centre line.
     */
    static String triangle(double x, double y, double r, boolean up) {
        double tip = up ? y - r : y + r;
        double base = up ? y + r * 0.75 : y - r * 0.75;
        return "M" + Fmt.coord(x) + " " + Fmt.coord(tip) + " L" + Fmt.coord(x + r) + " " + Fmt.coord(base)
                + " L" + Fmt.coord(x - r) + " " + Fmt.coord(base) + " Z";
    }

    /** The radius of a point marker in bands of the given width: smaller when points crowd. */
    static double markerRadius(double band) {
        return Math.max(1.5, Math.min(3.5, band / 3));
    }

    /** Draws a round marker with a tooltip. */
    static void marker(Markup m, double x, double y, double r, String colour, String cssClass, String tooltip) {
        m.open("circle", "class", cssClass, "cx", Fmt.coord(x), "cy", Fmt.coord(y), "r", Fmt.coord(r),
                "fill", colour, "stroke", r < 2.5 ? null : "#ffffff", "stroke-width", r < 2.5 ? null : "1.5");
        m.inline("title", tooltip);
        m.close("circle");
    }
}
