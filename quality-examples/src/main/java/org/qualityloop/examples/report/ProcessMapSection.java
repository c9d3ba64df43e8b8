package org.qualityloop.examples.report;

import org.qualityloop.examples.internal.Valid;
import org.qualityloop.insight.ProcessGraph;
import org.qualityloop.insight.ProcessMap;

/**
 * The process map drawn as a diagram: the lifecycle states left to right in the lifecycle's
 * order, rejection above and reopening below the main line, every edge with how often cases took
 * it and its median time, thicker the more often it was taken, and the rework loops (edges into and
 * out of a reopening, or back to an earlier state) drawn apart ({@link ProcessMap#result(long)}).
 *
 * <pre>{@code
 * ProcessMapSection map = ProcessMapSection.of("Process map", processMap, 10);
 * }</pre>
 *
 * <p>The section {@linkplain #hasData() has no data} when the graph has no node. Immutable and
 * thread-safe.
 *
 * @param title the diagram's heading, not blank
 * @param graph the mined graph, not null
 */
public record ProcessMapSection(String title, ProcessGraph graph) implements ReportSection {

    /**
     * Validates the fields.
     *
     * @param title the diagram's heading, not blank
     * @param graph the mined graph, not null
     * @throws IllegalArgumentException if the title is blank
     * @throws NullPointerException naming the field if an argument is null
     */
    public ProcessMapSection {
        title = Inputs.title(title);
        Valid.notNull(graph, "graph");
    }

    /**
     * Draws the graph of every case, without the edges taken fewer than {@code minFrequency}
     * times.
     *
     * @param title the diagram's heading, not blank
     * @param map the accumulated histories, not null; read, not changed
     * @param minFrequency the fewest moves an edge needs to be drawn, at least 1
     * @return the section
     */
    public static ProcessMapSection of(String title, ProcessMap map, long minFrequency) {
        return new ProcessMapSection(title, Valid.notNull(map, "map").result(minFrequency));
    }

    /**
     * Tells whether there is a node to draw.
     *
     * @return {@code false} when the graph has no node
     */
    @Override
    public boolean hasData() {
        return !graph.nodes().isEmpty();
    }
}
