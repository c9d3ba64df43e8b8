package org.qualityloop.insight;

import org.qualityloop.model.internal.Checks;

/**
 * Where time went at one node: its visits in wall-clock and in working time, each split into
 * waiting on the team and waiting on the customer, with percentiles. Immutable and thread-safe.
 *
 * @param node the node, not null
 * @param wall the visits in wall-clock time, not null
 * @param working the visits in working time on the business calendar, not null
 */
public record NodeDwell(DwellNode node, TimeSplit wall, TimeSplit working) {

    /**
     * Validates the dwell.
     *
     * @param node the node, not null
     * @param wall the visits in wall-clock time, not null
     * @param working the visits in working time on the business calendar, not null
     * @throws IllegalArgumentException when the two count different numbers of visits
     */
    public NodeDwell {
        Checks.notNull(node, "node");
        Checks.notNull(wall, "wall");
        Checks.notNull(working, "working");
        if (wall.total().count() != working.total().count()) {
            throw new IllegalArgumentException("working.total.count must equal wall.total.count "
                    + wall.total().count() + ", but was " + working.total().count());
        }
    }

    /**
     * Returns how many times cases entered and left the node.
     *
     * @return the number of visits, positive
     */
    public long visits() {
        return wall.total().count();
    }
}
