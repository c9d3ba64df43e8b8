package org.qualityloop.model.feedback;

/**
 * The steps of service recovery (服務補救) the seed documents name: respond fast, apologise
 * sincerely, explain without shifting blame, solve the problem, compensate where fair, follow up,
 * and escalate when the front line cannot resolve it.
 */
public enum RecoveryActionKind {
    /** A sincere apology. */
    APOLOGY,
    /** An explanation of what happened, without shifting blame. */
    EXPLANATION,
    /** The problem is fixed: a ticket re-issued, a charge reversed. */
    FIX,
    /** Compensation in money (a refund, a voucher's value); carries an amount. */
    COMPENSATION,
    /** A follow-up contact to confirm the problem is solved (結果回訪). */
    FOLLOW_UP,
    /** The case is escalated to a higher level of authority. */
    ESCALATION
}
