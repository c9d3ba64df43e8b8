package org.qualityloop.insight;

/**
 * What a {@link Cohorts} cohort groups cases by: each case falls in exactly one cohort of every
 * dimension.
 */
public enum CohortDimension {
    /**
     * The ISO week the feedback was received in, in the accumulator's zone, labelled like
     * {@code 2026-W10} (ISO week-based year, a hyphen, {@code W} and the two-digit week).
     */
    WEEK,
    /** The channel the feedback arrived on, by its code ({@code app}, {@code phone}, …). */
    CHANNEL,
    /**
     * The customer's segment, by its code; a case whose feedback names no segment counts under
     * {@code default}, the code of {@code CustomerSegment.DEFAULT}.
     */
    SEGMENT,
    /** The category the case is registered under (the received one until it is registered), by its code. */
    CATEGORY
}
