package org.qualityloop.metrics.analysis;

/**
 * The four quadrants of an importance–performance grid (Martilla and James,
 * "Importance-Performance Analysis", Journal of Marketing 41(1), 1977).
 */
public enum IpaQuadrant {
    /** High importance, low performance: fix these first. */
    CONCENTRATE_HERE,
    /** High importance, high performance. */
    KEEP_UP_THE_GOOD_WORK,
    /** Low importance, low performance. */
    LOW_PRIORITY,
    /** Low importance, high performance: resources may be better spent elsewhere. */
    POSSIBLE_OVERKILL
}
