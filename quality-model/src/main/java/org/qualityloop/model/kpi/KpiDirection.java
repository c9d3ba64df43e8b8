package org.qualityloop.model.kpi;

/**
 * Which way a KPI improves.
 */
public enum KpiDirection {
    /** Larger values are better: satisfaction, resolution rate, accuracy. */
    HIGHER_IS_BETTER,
    /** Smaller values are better: response time, cost to serve, complaint rate. */
    LOWER_IS_BETTER
}
