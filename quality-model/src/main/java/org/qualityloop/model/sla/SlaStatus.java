package org.qualityloop.model.sla;

/** The state of an {@link SlaClock} at an instant. */
public enum SlaStatus {
    /** Counting working time, deadline not yet passed. */
    RUNNING,
    /** Paused (e.g. waiting for the customer), deadline not yet passed. */
    PAUSED,
    /** Stopped at or before the deadline. */
    MET,
    /**
     * The deadline has passed before the clock was stopped: more working time than the target has
     * elapsed, or the deadline (possibly a closing time) lies in the past (or the clock was breached
     * before a re-target).
     */
    BREACHED,
    /** Cancelled: no longer measured. */
    CANCELLED
}
