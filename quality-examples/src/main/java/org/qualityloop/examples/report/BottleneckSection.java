package org.qualityloop.examples.report;

import java.util.List;
import java.util.Optional;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.insight.Bottleneck;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.insight.NodeDwell;

/**
 * Where time goes: the lifecycle states (or stage-and-state nodes) ranked by the median time a
 * case spends in them, slowest first, as a table of visits, median, 90th percentile, mean and
 * the part spent waiting on the customer, with the slowest node named and its Mann–Whitney test
 * against the others ({@link DwellTimes#ranking}, {@link DwellTimes#bottleneck}).
 *
 * <pre>{@code
 * BottleneckSection where = BottleneckSection.of("Where time goes", dwellTimes, DwellMeasure.TEAM_WORKING);
 * }</pre>
 *
 * <p>The section {@linkplain #hasData() has no data} when no visit ended. Immutable and
 * thread-safe.
 *
 * @param title the table's heading, not blank
 * @param measure the time the nodes are ranked by, not null
 * @param ranking the nodes, slowest first; may be empty
 * @param bottleneck the slowest node with its test, present when the ranking is not empty
 * @param alpha the significance level the test is judged at, in (0, 1)
 */
public record BottleneckSection(String title, DwellMeasure measure, List<NodeDwell> ranking,
        Optional<Bottleneck> bottleneck, double alpha) implements ReportSection {

    /** The significance level {@link #of} judges the test at. */
    public static final double ALPHA = 0.05;

    /**
     * Validates and copies the fields.
     *
     * @param title the table's heading, not blank
     * @param measure the time the nodes are ranked by, not null
     * @param ranking the nodes, slowest first; may be empty
     * @param bottleneck the slowest node with its test, present when the ranking is not empty
     * @param alpha the significance level, in (0, 1)
     * @throws IllegalArgumentException if the bottleneck is present exactly when the ranking is
     *     empty, or alpha is outside (0, 1)
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public BottleneckSection {
        title = Inputs.title(title);
        Valid.notNull(measure, "measure");
        ranking = Valid.listCopy(ranking, "ranking");
        Valid.notNull(bottleneck, "bottleneck");
        if (bottleneck.isPresent() == ranking.isEmpty()) {
            throw new IllegalArgumentException("bottleneck must be present exactly when ranking is not empty, but was "
                    + (bottleneck.isPresent() ? "present" : "empty") + " with " + ranking.size() + " ranked nodes");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 exclusive, but was " + alpha);
        }
    }

    /**
     * Ranks the lifecycle states over every case.
     *
     * @param title the table's heading, not blank
     * @param dwellTimes the accumulated histories, not null; read, not changed
     * @param measure the time to rank by, not null
     * @return the section, judged at {@value #ALPHA}
     */
    public static BottleneckSection of(String title, DwellTimes dwellTimes, DwellMeasure measure) {
        Valid.notNull(dwellTimes, "dwellTimes");
        Valid.notNull(measure, "measure");
        return new BottleneckSection(title, measure, dwellTimes.ranking(measure), dwellTimes.bottleneck(measure), ALPHA);
    }

    /**
     * Ranks the stage-and-state nodes: only cases whose received change names a stage count.
     *
     * @param title the table's heading, not blank
     * @param dwellTimes the accumulated histories, not null; read, not changed
     * @param measure the time to rank by, not null
     * @return the section, judged at {@value #ALPHA}
     */
    public static BottleneckSection ofStages(String title, DwellTimes dwellTimes, DwellMeasure measure) {
        Valid.notNull(dwellTimes, "dwellTimes");
        Valid.notNull(measure, "measure");
        return new BottleneckSection(title, measure, dwellTimes.stageRanking(measure),
                dwellTimes.stageBottleneck(measure), ALPHA);
    }

    /**
     * Tells whether a node was visited.
     *
     * @return {@code false} when no visit ended
     */
    @Override
    public boolean hasData() {
        return !ranking.isEmpty();
    }
}
