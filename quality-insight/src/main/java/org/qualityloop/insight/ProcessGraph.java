package org.qualityloop.insight;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qualityloop.model.internal.Checks;

/**
 * A process map: the directly-follows graph mined from case histories, as process-mining tools
 * draw it — every node with its visits, every edge with how often cases took it and how long the
 * move took, the rework loops counted, and the edges taken fewer than {@code minFrequency} times
 * left out (with the nodes only they reached). {@link ProcessMap#result(long)} builds it;
 * {@link #toMermaid()} draws it. JSON (modules {@code quality-jackson} and
 * {@code quality-jackson3}): {@code {"cases","minFrequency","nodes":[{"name","visits","starts",
 * "ends"}],"edges":[{"from","to","count","median","mean"}],"rework":{"reopenings",
 * "casesReopened","repeatedFollowUps","casesWithRepeatedFollowUp"}}}, durations in ISO-8601.
 * Immutable and thread-safe.
 *
 * @param cases how many histories were mined, not negative
 * @param minFrequency the fewest moves an edge needed to be kept, at least 1
 * @param nodes the nodes kept, each name once
 * @param edges the edges kept, between nodes kept, each pair once, each taken at least
 *     {@code minFrequency} times
 * @param rework the rework loops, over every history, not null
 */
public record ProcessGraph(long cases, long minFrequency, List<ProcessNode> nodes, List<ProcessEdge> edges,
        Rework rework) {

    /**
     * Validates the graph and copies its lists.
     *
     * @param cases how many histories were mined, not negative
     * @param minFrequency the fewest moves an edge needed to be kept, at least 1
     * @param nodes the nodes kept, each name once
     * @param edges the edges kept, between nodes kept, each pair once, each taken at least
     *     {@code minFrequency} times
     * @param rework the rework loops, over every history, not null
     * @throws IllegalArgumentException when a name repeats, an edge leaves or enters a node not
     *     kept, or an edge is rarer than {@code minFrequency}
     */
    public ProcessGraph {
        Checks.nonNegative(cases, "cases");
        Checks.positive(minFrequency, "minFrequency");
        nodes = Checks.listCopy(nodes, "nodes");
        edges = Checks.listCopy(edges, "edges");
        Checks.notNull(rework, "rework");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!names.add(nodes.get(i).name())) {
                throw new IllegalArgumentException("nodes[" + i + "].name must be unique, but "
                        + Checks.shown(nodes.get(i).name()) + " repeats");
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < edges.size(); i++) {
            ProcessEdge e = edges.get(i);
            if (!names.contains(e.from())) {
                throw new IllegalArgumentException("edges[" + i + "].from must name a node, but was "
                        + Checks.shown(e.from()));
            }
            if (!names.contains(e.to())) {
                throw new IllegalArgumentException("edges[" + i + "].to must name a node, but was "
                        + Checks.shown(e.to()));
            }
            if (!pairs.add(e.from() + "\n" + e.to())) {
                throw new IllegalArgumentException("edges[" + i + "] must be the only edge from "
                        + Checks.shown(e.from()) + " to " + Checks.shown(e.to()) + ", but repeats it");
            }
            if (e.count() < minFrequency) {
                throw new IllegalArgumentException("edges[" + i + "].count must be at least minFrequency "
                        + minFrequency + ", but was " + e.count());
            }
        }
    }

    /**
     * The graph as a Mermaid flowchart, left to right: a start node, every node with its visits,
     * every edge labelled with its count and median time, and an end node reached from the nodes
     * histories ended in.
     *
     * @return the Mermaid text, lines separated by {@code \n}
     */
    public String toMermaid() {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        StringBuilder b = new StringBuilder("flowchart LR\n    start((start))\n    stop((end))\n");
        for (ProcessNode n : nodes) {
            String id = "n" + ids.size();
            ids.put(n.name(), id);
            b.append("    ").append(id).append("[\"").append(n.name().replace("\"", "#quot;")).append(" (")
                    .append(n.visits()).append(")\"]\n");
        }
        for (ProcessNode n : nodes) {
            if (n.starts() > 0) {
                b.append("    start -->|").append(n.starts()).append("| ").append(ids.get(n.name())).append('\n');
            }
        }
        for (ProcessEdge e : edges) {
            b.append("    ").append(ids.get(e.from())).append(" -->|\"").append(e.count()).append(" · ")
                    .append(human(e.median())).append("\"| ").append(ids.get(e.to())).append('\n');
        }
        for (ProcessNode n : nodes) {
            if (n.ends() > 0) {
                b.append("    ").append(ids.get(n.name())).append(" -->|").append(n.ends()).append("| stop\n");
            }
        }
        return b.toString();
    }

    /**
     * A duration in days, hours, minutes and seconds, the two largest units that are not zero
     * ({@code 2d 3h}, {@code 1h 30m}, {@code 45s}, {@code 0s}).
     *
     * @param d the duration, not negative
     * @return the text
     */
    static String human(Duration d) {
        long s = d.getSeconds();
        long[] parts = {s / 86_400, s / 3_600 % 24, s / 60 % 60, s % 60};
        String[] units = {"d", "h", "m", "s"};
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < parts.length && shown < 2; i++) {
            if (parts[i] > 0 || shown > 0) {
                if (parts[i] > 0) {
                    b.append(b.length() > 0 ? " " : "").append(parts[i]).append(units[i]);
                }
                shown++;
            }
        }
        return b.length() == 0 ? (d.isZero() ? "0s" : "<1s") : b.toString();
    }
}
