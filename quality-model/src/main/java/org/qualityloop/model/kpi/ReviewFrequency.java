package org.qualityloop.model.kpi;

/**
 * How often a KPI is reviewed against its target.
 */
public enum ReviewFrequency {
    /** Every day. */
    DAILY,
    /** Every week. */
    WEEKLY,
    /** Every month. */
    MONTHLY,
    /** Every quarter. */
    QUARTERLY,
    /** Every year. */
    YEARLY
}
