package org.qualityloop.metrics;

/** The calendar periods that observations can be sliced by. */
public enum PeriodUnit {
    /** A calendar day in the chosen time zone. */
    DAY,
    /** An ISO-8601 week: Monday to Sunday, in the chosen time zone. */
    ISO_WEEK,
    /** A calendar month in the chosen time zone. */
    MONTH
}
