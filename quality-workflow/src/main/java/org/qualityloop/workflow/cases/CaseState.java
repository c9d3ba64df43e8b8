package org.qualityloop.workflow.cases;

/**
 * The states of a feedback case in the closed loop (閉環管理) of the seed documents, mapped to the
 * steps of ISO 10002 (complaints handling). The usual path is {@code RECEIVED → REGISTERED →
 * IN_PROGRESS → (RECTIFYING →) RESOLVED → FOLLOW_UP → CLOSED}; feedback found invalid goes from
 * {@code RECEIVED} or {@code REGISTERED} to {@code REJECTED}; an unsatisfied customer sends a
 * resolved, followed-up or closed case to {@code REOPENED}, from where a new cycle starts.
 * {@code docs/workflow.md} draws the whole lifecycle.
 *
 * <p>{@link #REJECTED} is the only terminal state; a {@link #CLOSED} case changes only by being
 * reopened.
 */
public enum CaseState {
    /** Feedback received from a channel, not yet registered (ISO 10002: receipt). */
    RECEIVED,
    /**
     * Registered (問題登記): classified, graded, prioritised and assigned to an owner
     * (ISO 10002: tracking, acknowledgement, initial assessment).
     */
    REGISTERED,
    /** The customer got a first response; the case is being investigated (快速響應). */
    IN_PROGRESS,
    /** Corrective actions are under way and tracked (整改跟蹤). */
    RECTIFYING,
    /** Resolved and the decision communicated to the customer (ISO 10002: response, decision). */
    RESOLVED,
    /** Following up with the customer to confirm the problem is solved (結果回訪). */
    FOLLOW_UP,
    /**
     * Closed: the customer confirmed, or could not be reached after the configured attempts
     * (ISO 10002: closing). Only reopening changes a closed case.
     */
    CLOSED,
    /** Reopened because the customer was not satisfied: a new cycle starts. */
    REOPENED,
    /** Rejected as invalid or malicious, with the reason; kept, never deleted. Terminal. */
    REJECTED;

    /**
     * Tells whether the case is still open: anything but closed or rejected.
     *
     * @return true when the case is neither {@link #CLOSED} nor {@link #REJECTED}
     */
    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }
}
