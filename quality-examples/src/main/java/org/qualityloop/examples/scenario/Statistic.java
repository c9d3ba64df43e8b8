package org.qualityloop.examples.scenario;

/** How a time measure is summarised. */
public enum Statistic {
    /** The arithmetic mean. */
    MEAN,
    /** The median (within 1 %). */
    MEDIAN,
    /** The 90th percentile (within 1 %). */
    P90
}
