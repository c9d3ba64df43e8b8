package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.examples.report.Svg.LegendItem;
import org.qualityloop.examples.report.Svg.Swatch;
import org.qualityloop.insight.ProcessEdge;
import org.qualityloop.insight.ProcessGraph;
import org.qualityloop.insight.ProcessNode;
import org.qualityloop.insight.Rework;

/**
 * Draws a process map: the lifecycle's main line of states left to right, rejection above it,
 * reopening (and any state off the lifecycle) below it. Edges between neighbours on the main line
 * are straight with the count above and the median time below; edges that skip states arc above
 * the line; edges back to an earlier state arc below it; edges to and from the rows above and
 * below are straight. Rework (into or out of a reopening, or backwards) is dashed in vermillion.
 * Every label is placed inside the view box, whose width matches the page's content width so
 * that text renders at its nominal size.
 *
 * <p>Stateless and thread-safe.
 */
final class ProcessMapSvg {

    /** The view box's width: the page's content width, so the diagram is drawn at scale 1. */
    static final double WIDTH = 936;

    private static final List<String> MAIN = List.of("RECEIVED", "REGISTERED", "IN_PROGRESS", "RECTIFYING",
            "RESOLVED", "FOLLOW_UP", "CLOSED");
    private static final List<String> ABOVE = List.of("REJECTED");
    private static final double NODE_W = 86;
    private static final double NODE_H = 42;
    private static final double MARGIN = 14;
    private static final double LABEL = 11;
    private static final String REWORK = Svg.VERMILLION;
    private static final String FLOW = "#4b5563";

    private ProcessMapSvg() {
    }

    /** A node's centre. */
    private record Place(double x, double y, int row, int column) {
    }

    static void render(Markup m, String id, ProcessMapSection s) {
        ProcessGraph g = s.graph();
        String title = s.title();
        Map<String, ProcessNode> nodes = new HashMap<>();
        g.nodes().forEach(n -> nodes.put(n.name(), n));
        List<String> main = MAIN.stream().filter(nodes::containsKey).toList();
        List<String> above = ABOVE.stream().filter(nodes::containsKey).toList();
        List<String> below = new ArrayList<>();
        for (ProcessNode n : g.nodes()) {
            if (!main.contains(n.name()) && !above.contains(n.name())) {
                below.add(n.name());
            }
        }
        List<LegendItem> legend = List.of(new LegendItem("move (thicker: taken more often)", Swatch.LINE, FLOW),
                new LegendItem("rework: reopening or going back", Swatch.DASHED, REWORK));
        double legendBottom = 8 + Svg.legendHeight(legend, WIDTH - 2 * MARGIN);

        int cols = Math.max(1, main.size());
        double pitch = cols > 1 ? (WIDTH - 2 * MARGIN - NODE_W) / (cols - 1) : 0;
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < main.size(); i++) {
            column.put(main.get(i), i);
        }
        int maxSkip = 1;
        int maxBack = 0;
        for (ProcessEdge e : g.edges()) {
            if (column.containsKey(e.from()) && column.containsKey(e.to())) {
                int span = column.get(e.to()) - column.get(e.from());
                maxSkip = Math.max(maxSkip, span);
                maxBack = Math.max(maxBack, -span);
            }
        }
        double yAbove = legendBottom + 16 + NODE_H / 2;
        double arcRoom = maxSkip > 1 ? arcDepth(maxSkip) + 18 : 0;
        double yMain = Math.max(above.isEmpty() ? legendBottom + 24 + NODE_H / 2 : yAbove + NODE_H + 46,
                legendBottom + 16 + arcRoom + NODE_H / 2);
        double backRoom = maxBack > 0 ? arcDepth(maxBack + 1) + 18 : 0;
        double yBelow = yMain + NODE_H + 70 + backRoom;
        double height = (below.isEmpty() ? yMain + NODE_H / 2 + 20 + backRoom : yBelow + NODE_H / 2 + 14);

        Map<String, Place> at = new HashMap<>();
        for (int i = 0; i < main.size(); i++) {
            at.put(main.get(i), new Place(centre(i, cols, pitch), yMain, 1, i));
        }
        double firstGap = main.size() > 1 ? (centre(0, cols, pitch) + centre(1, cols, pitch)) / 2
                : centre(0, cols, pitch);
        for (int i = 0; i < above.size(); i++) {
            at.put(above.get(i), new Place(clampX(firstGap + i * (NODE_W + 20)), yAbove, 0, -1));
        }
        double loopCentre = loopCentre(column, cols, pitch);
        for (int i = 0; i < below.size(); i++) {
            double offset = (i - (below.size() - 1) / 2.0) * (NODE_W + 40);
            at.put(below.get(i), new Place(clampX(loopCentre + offset), yBelow, 2, -1));
        }

        long maxCount = g.edges().stream().mapToLong(ProcessEdge::count).max().orElse(1);
        m.open("svg", "xmlns", Svg.NS, "viewBox", "0 0 " + Fmt.coord(WIDTH) + " " + Fmt.coord(height),
                "class", "chart process-map", "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "font-size", Fmt.coord(Svg.FONT), "fill", Svg.INK);
        m.raw("\n");
        m.element("title", title, "id", id + "-title");
        m.element("desc", description(g, main), "id", id + "-desc");
        Svg.legend(m, legend, MARGIN, 8, WIDTH - 2 * MARGIN);
        m.open("g", "class", "edges");
        Map<ProcessEdge, Double> along = offRowLabels(g.edges(), at);
        for (ProcessEdge e : g.edges()) {
            boolean reverse = g.edges().stream().anyMatch(o -> o.from().equals(e.to()) && o.to().equals(e.from()));
            edge(m, e, at.get(e.from()), at.get(e.to()), maxCount, along.getOrDefault(e, 0.5),
                    reverse ? (e.from().compareTo(e.to()) < 0 ? 4 : -4) : 0);
        }
        m.close("g");
        m.open("g", "class", "nodes");
        for (ProcessNode n : g.nodes()) {
            node(m, n, at.get(n.name()));
        }
        m.close("g");
        m.close("svg");
    }

    private static String description(ProcessGraph g, List<String> main) {
        return "Process map of " + Texts.count(g.cases()) + (g.cases() == 1 ? " case" : " cases") + " with "
                + g.nodes().size() + (g.nodes().size() == 1 ? " state" : " states") + " and " + g.edges().size()
                + (g.edges().size() == 1 ? " move" : " moves") + "; the main line runs "
                + String.join(", ", main.stream().map(Texts::state).toList()) + ".";
    }

    private static void node(Markup m, ProcessNode n, Place p) {
        String fill = switch (n.name()) {
            case "CLOSED" -> "#dcfce7";
            case "REJECTED" -> "#f3f4f6";
            case "REOPENED" -> "#fee2e2";
            default -> "#e0ecf6";
        };
        m.open("g", "class", "node", "data-state", n.name());
        m.inline("title", Texts.state(n.name()) + ": entered " + Texts.count(n.visits()) + " times"
                + (n.starts() > 0 ? ", " + Texts.count(n.starts()) + " cases started here" : "")
                + (n.ends() > 0 ? ", " + Texts.count(n.ends()) + " cases ended here" : ""));
        m.leaf("rect", "class", "node", "x", Fmt.coord(p.x() - NODE_W / 2), "y", Fmt.coord(p.y() - NODE_H / 2),
                "width", Fmt.coord(NODE_W), "height", Fmt.coord(NODE_H), "rx", "8", "fill", fill, "stroke", Svg.AXIS,
                "stroke-width", "1");
        m.element("text", Texts.state(n.name()), "class", "node-name", "x", Fmt.coord(p.x()), "y",
                Fmt.coord(p.y() - 3), "text-anchor", "middle", "font-size", Fmt.coord(LABEL), "font-weight", "600");
        m.element("text", Texts.count(n.visits()), "class", "node-visits", "x", Fmt.coord(p.x()), "y",
                Fmt.coord(p.y() + 13), "text-anchor", "middle", "font-size", Fmt.coord(LABEL), "fill", Svg.MUTED);
        m.close("g");
    }

    /**
     * Where along its line each edge between the main line and another row gets its label: edges
     * meeting at the same node from the same side are staggered (the nearest first, closest to
     * the main line), so that their labels sit at different heights.
     */
    private static Map<ProcessEdge, Double> offRowLabels(List<ProcessEdge> edges, Map<String, Place> at) {
        Map<String, List<ProcessEdge>> groups = new java.util.TreeMap<>();
        for (ProcessEdge e : edges) {
            Place from = at.get(e.from());
            Place to = at.get(e.to());
            if (from.row() == 1 && to.row() == 1) {
                continue;
            }
            Place main = from.row() == 1 ? from : to;
            String other = from.row() == 1 ? e.to() : e.from();
            Place off = at.get(other);
            groups.computeIfAbsent(other + "/" + Math.signum(main.x() - off.x()), k -> new ArrayList<>()).add(e);
        }
        Map<ProcessEdge, Double> along = new HashMap<>();
        for (List<ProcessEdge> group : groups.values()) {
            group.sort(java.util.Comparator.comparingDouble((ProcessEdge e) -> distance(e, at))
                    .thenComparing(ProcessEdge::from).thenComparing(ProcessEdge::to));
            for (int k = 0; k < group.size(); k++) {
                ProcessEdge e = group.get(k);
                double fromMain = Math.min(0.8, 0.2 + 0.25 * k);
                along.put(e, at.get(e.from()).row() == 1 || at.get(e.to()).row() != 1 ? fromMain : 1 - fromMain);
            }
        }
        return along;
    }

    private static double distance(ProcessEdge e, Map<String, Place> at) {
        return Math.abs(at.get(e.from()).x() - at.get(e.to()).x());
    }

    /** A count short enough for the gap between two boxes: 12,345; 123k; 1.2M. */
    private static String shortCount(long n) {
        if (n < 100_000) {
            return Texts.count(n);
        }
        if (n < 1_000_000) {
            return n / 1_000 + "k";
        }
        return Fmt.number(n / 1_000_000.0, 1).replace(".0", "") + "M";
    }

    private static void edge(Markup m, ProcessEdge e, Place from, Place to, long maxCount, double f, double shift) {
        boolean mainLine = from.row() == 1 && to.row() == 1;
        boolean back = mainLine && to.column() < from.column();
        boolean rework = back || e.from().equals("REOPENED") || e.to().equals("REOPENED")
                || (from.row() == 2 || to.row() == 2);
        String colour = rework ? REWORK : FLOW;
        double width = 1.2 + 4.8 * e.count() / (double) maxCount;
        String count = shortCount(e.count());
        String median = Texts.duration(e.median());
        m.open("g", "class", "edge" + (rework ? " rework" : ""), "data-from", e.from(), "data-to", e.to());
        m.inline("title", Texts.state(e.from()) + " \u2192 " + Texts.state(e.to()) + ": " + count
                + (e.count() == 1 ? " move" : " moves") + ", median " + median + ", mean " + Texts.duration(e.mean()));
        double[] end;
        double[] direction;
        if (mainLine && to.column() == from.column() + 1) {
            double x1 = from.x() + NODE_W / 2;
            double x2 = to.x() - NODE_W / 2;
            line(m, x1, from.y(), x2 - 6, to.y(), colour, width, rework);
            end = new double[] {x2, to.y()};
            direction = new double[] {1, 0};
            double mid = (x1 + x2) / 2;
            label(m, count, mid, from.y() - 6, "middle");
            label(m, median, mid, from.y() + 15, "middle");
        } else if (mainLine) {
            int span = Math.abs(to.column() - from.column());
            boolean up = !back;
            double depth = arcDepth(back ? span + 1 : span);
            double sign = up ? -1 : 1;
            double y = from.y() + sign * NODE_H / 2;
            double x1 = from.x() + (back ? -10 : 10);
            double x2 = to.x() + (back ? 10 : -10);
            double cx = (x1 + x2) / 2;
            double cy = y + sign * 2 * depth;
            m.leaf("path", "class", "move", "d", "M" + Fmt.coord(x1) + " " + Fmt.coord(y) + " Q" + Fmt.coord(cx) + " "
                    + Fmt.coord(cy) + " " + Fmt.coord(x2) + " " + Fmt.coord(y + sign * 6), "fill", "none",
                    "stroke", colour, "stroke-width", Fmt.coord(width), "stroke-dasharray", rework ? "6 4" : null);
            end = new double[] {x2, y};
            direction = new double[] {(x2 - cx) / Math.hypot(x2 - cx, y - cy), (y - cy) / Math.hypot(x2 - cx, y - cy)};
            label(m, count + " \u00B7 " + median, cx, y + sign * depth + (up ? -5 : 14), "middle");
        } else {
            double[] a = border(from, to);
            double[] b = border(to, from);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double length = Math.hypot(dx, dy);
            direction = new double[] {dx / length, dy / length};
            // a move back along the same pair runs beside this one
            double px = -direction[1] * shift;
            double py = direction[0] * shift;
            a = new double[] {a[0] + px, a[1] + py};
            b = new double[] {b[0] + px, b[1] + py};
            line(m, a[0], a[1], b[0] - 6 * direction[0], b[1] - 6 * direction[1], colour, width, rework);
            end = b;
            // the label sits beside the line on the side away from the other row's node
            Place main = from.row() == 1 ? from : to;
            Place off = from.row() == 1 ? to : from;
            String text = count + " \u00B7 " + median;
            double w = Svg.textWidth(text, LABEL);
            double lx = a[0] + f * dx;
            double ly = a[1] + f * dy + 4;
            if (main.x() < off.x() - 1) {
                lx = Math.max(w + 2, lx - 6);
                label(m, text, lx, ly, "end");
            } else if (main.x() > off.x() + 1) {
                lx = Math.min(WIDTH - w - 2, lx + 6);
                label(m, text, lx, ly, "start");
            } else {
                lx = Math.max(w / 2 + 2, Math.min(WIDTH - w / 2 - 2, lx + 6 + w / 2));
                label(m, text, lx, ly, "middle");
            }
        }
        arrow(m, end, direction, colour);
        m.close("g");
    }

    /** Where the line from a node's centre towards another node's centre leaves its box. */
    private static double[] border(Place from, Place to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double sx = dx == 0 ? Double.MAX_VALUE : (NODE_W / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (NODE_H / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {from.x() + s * dx, from.y() + s * dy};
    }

    private static void line(Markup m, double x1, double y1, double x2, double y2, String colour, double width,
            boolean dashed) {
        m.leaf("line", "class", "move", "x1", Fmt.coord(x1), "y1", Fmt.coord(y1), "x2", Fmt.coord(x2), "y2",
                Fmt.coord(y2), "stroke", colour, "stroke-width", Fmt.coord(width), "stroke-dasharray",
                dashed ? "6 4" : null);
    }

    private static void arrow(Markup m, double[] tip, double[] direction, String colour) {
        double ux = direction[0];
        double uy = direction[1];
        double bx = tip[0] - 9 * ux;
        double by = tip[1] - 9 * uy;
        m.leaf("path", "class", "arrow", "d", "M" + Fmt.coord(tip[0]) + " " + Fmt.coord(tip[1]) + " L"
                + Fmt.coord(bx - 4.5 * uy) + " " + Fmt.coord(by + 4.5 * ux) + " L" + Fmt.coord(bx + 4.5 * uy) + " "
                + Fmt.coord(by - 4.5 * ux) + " Z", "fill", colour);
    }

    private static void label(Markup m, String text, double x, double y, String anchor) {
        m.element("text", text, "class", "edge-label", "x", Fmt.coord(x), "y", Fmt.coord(y), "text-anchor", anchor,
                "font-size", Fmt.coord(LABEL), "stroke", "#ffffff", "stroke-width", "3", "paint-order", "stroke",
                "stroke-linejoin", "round");
    }

    private static double centre(int i, int cols, double pitch) {
        return cols == 1 ? WIDTH / 2 : MARGIN + NODE_W / 2 + i * pitch;
    }

    private static double clampX(double x) {
        return Math.max(MARGIN + NODE_W / 2, Math.min(WIDTH - MARGIN - NODE_W / 2, x));
    }

    /** Where the reopening sits: between the first working state and the follow-up, or mid-line. */
    private static double loopCentre(Map<String, Integer> column, int cols, double pitch) {
        Integer from = column.getOrDefault("IN_PROGRESS", column.get("REGISTERED"));
        Integer to = column.getOrDefault("FOLLOW_UP", column.get("RESOLVED"));
        if (from == null || to == null) {
            return WIDTH / 2;
        }
        return (centre(from, cols, pitch) + centre(to, cols, pitch)) / 2;
    }

    private static double arcDepth(int span) {
        return 24 + 22 * (span - 2);
    }

    static void caption(Markup m, ProcessMapSection s) {
        ProcessGraph g = s.graph();
        Rework r = g.rework();
        long open = g.nodes().stream().filter(n -> !n.name().equals("CLOSED") && !n.name().equals("REJECTED"))
                .mapToLong(ProcessNode::ends).sum();
        m.text("The directly-follows graph of " + Texts.count(g.cases()) + (g.cases() == 1 ? " case" : " cases")
                + ": each box is a lifecycle state with the number of times cases entered it; each arrow is a "
                + "move with how often cases made it and the median time from entering one state to entering "
                + "the next (wall-clock)"
                + (g.minFrequency() > 1 ? "; moves made fewer than " + Texts.count(g.minFrequency())
                        + " times are left out" : "")
                + ". Rework: " + Texts.count(r.reopenings()) + (r.reopenings() == 1 ? " reopening" : " reopenings")
                + " in " + Texts.count(r.casesReopened()) + (r.casesReopened() == 1 ? " case" : " cases") + ", "
                + Texts.count(r.repeatedFollowUps()) + " follow-up "
                + (r.repeatedFollowUps() == 1 ? "attempt" : "attempts") + " tried again in "
                + Texts.count(r.casesWithRepeatedFollowUp()) + (r.casesWithRepeatedFollowUp() == 1 ? " case" : " cases")
                + (open > 0 ? "; " + Texts.count(open) + (open == 1 ? " case was" : " cases were")
                        + " still open at the end" : "") + ".");
    }
}
