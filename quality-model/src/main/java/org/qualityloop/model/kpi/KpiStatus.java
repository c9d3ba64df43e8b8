package org.qualityloop.model.kpi;

/**
 * How a KPI's value compares with its target and at-risk threshold.
 */
public enum KpiStatus {
    /** The target is reached. */
    MET,
    /** The target is not reached, but the value is still within the at-risk threshold. */
    AT_RISK,
    /** The value is beyond the at-risk threshold. */
    MISSED
}
