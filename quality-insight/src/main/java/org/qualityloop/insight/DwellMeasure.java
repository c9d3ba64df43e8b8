package org.qualityloop.insight;

/**
 * Which time of a visit ranks the nodes of {@link DwellTimes}: wall-clock or working time (on
 * the business calendar), whole or only the part spent waiting on the team (the visit less the
 * time the case waited on the customer).
 */
public enum DwellMeasure {
    /** The whole visit, in wall-clock time. */
    WALL,
    /** The whole visit, in working time. */
    WORKING,
    /** The visit less the time waiting on the customer, in wall-clock time. */
    TEAM_WALL,
    /** The visit less the time waiting on the customer, in working time: what the team can act on. */
    TEAM_WORKING
}
