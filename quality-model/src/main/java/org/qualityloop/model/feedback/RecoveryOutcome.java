package org.qualityloop.model.feedback;

/**
 * How a recovery action turned out, as far as known.
 */
public enum RecoveryOutcome {
    /** Taken, effect not yet known. */
    PENDING,
    /** The customer accepted it or the problem is confirmed solved. */
    SUCCEEDED,
    /** The customer rejected it or the problem persists. */
    FAILED
}
