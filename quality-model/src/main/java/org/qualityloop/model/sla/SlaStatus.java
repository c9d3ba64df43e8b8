package org.qualityloop.model.sla;

/** The state of an {@link SlaClock} at an instant. */
public enum SlaStatus {
    /** Counting working time, deadline not yet passed. */
    RUNNING,
    /** Paused (e.g. waiting for the customer), deadline not yet passed. */
    PAUSED,
    /** Stopped at or before the deadline. */
    MET,
    /** More working time than the target has elapsed (or the clock was breached before a re-target). */
    BREACHED,
    /** Cancelled: no longer measured. */
    CANCELLED
}
