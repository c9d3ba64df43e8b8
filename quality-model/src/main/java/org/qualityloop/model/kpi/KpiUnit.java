package org.qualityloop.model.kpi;

/**
 * The unit a KPI's values, target and threshold are expressed in.
 */
public enum KpiUnit {
    /** A percentage, 0 to 100: accuracy, compliance rate, resolution rate. */
    PERCENT,
    /** A score on a rating scale, such as a CSAT average out of 5. */
    SCORE,
    /** A Net Promoter Score, −100 to 100. */
    NPS,
    /** A count of events. */
    COUNT,
    /** Seconds. */
    SECONDS,
    /** Minutes. */
    MINUTES,
    /** Hours. */
    HOURS,
    /** Calendar or business days. */
    DAYS,
    /** An amount of money in the reporting currency. */
    MONEY,
    /**
     * The percentage change against the same period a year earlier: a target of 10 means
     * "+10% year on year".
     */
    PERCENT_CHANGE_YEAR_ON_YEAR
}
