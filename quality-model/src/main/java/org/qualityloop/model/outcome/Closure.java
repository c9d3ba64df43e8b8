package org.qualityloop.model.outcome;

/**
 * How a feedback case was closed.
 */
public enum Closure {
    /** Resolved, and the customer confirmed at the follow-up (結果回訪) that the problem is solved. */
    CONFIRMED,
    /**
     * Resolved, and closed because the customer could not be reached at the follow-up after the
     * configured number of attempts.
     */
    UNREACHABLE,
    /** Rejected as invalid or malicious feedback; kept with its reason, never resolved. */
    REJECTED
}
