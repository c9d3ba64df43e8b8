package org.qualityloop.workflow.cases;

/**
 * The kinds of change a feedback case goes through: the events of the lifecycle's state machine.
 * Each {@link CaseChange} has exactly one type, {@link CaseChange#type()}; {@link #isSystem()}
 * tells the ones only the engine records.
 */
public enum CaseEventType {
    /** {@link CaseChange.Received}: the case is opened for a piece of feedback. */
    RECEIVE,
    /** {@link CaseChange.Registered}: classified, graded, prioritised, assigned. */
    REGISTER,
    /** {@link CaseChange.Rejected}: marked invalid or malicious, with its reason. */
    REJECT,
    /** {@link CaseChange.Assigned}: a (new) owner. */
    ASSIGN,
    /** {@link CaseChange.Escalated}: handed to the next owner level. */
    ESCALATE,
    /** {@link CaseChange.PriorityChanged}: the SLA targets follow. */
    CHANGE_PRIORITY,
    /** {@link CaseChange.Reclassified}: a new category, severity or segment; the SLA targets follow. */
    RECLASSIFY,
    /** {@link CaseChange.Responded}: the first response of the cycle. */
    RESPOND,
    /** {@link CaseChange.CustomerUpdated}: a progress update to the customer. */
    UPDATE_CUSTOMER,
    /** {@link CaseChange.AwaitingCustomer}: waiting on the customer; resolution pauses. */
    AWAIT_CUSTOMER,
    /** {@link CaseChange.CustomerReplied}: the customer answered; resolution resumes. */
    CUSTOMER_REPLIED,
    /** {@link CaseChange.RectificationStarted}: corrective actions begin. */
    START_RECTIFICATION,
    /** {@link CaseChange.RecoveryRecorded}: a service-recovery action was taken. */
    RECORD_RECOVERY,
    /** {@link CaseChange.Resolved}: the decision is communicated. */
    RESOLVE,
    /** {@link CaseChange.FollowUpStarted}: the follow-up contact begins. */
    START_FOLLOW_UP,
    /** {@link CaseChange.FollowUpFailed}: the customer could not be reached this time. */
    FOLLOW_UP_FAILED,
    /** {@link CaseChange.Confirmed}: the customer confirmed; the case closes. */
    CONFIRM,
    /** {@link CaseChange.Reopened}: the customer was not satisfied; a new cycle starts. */
    REOPEN,
    /** {@link CaseChange.KnowledgeCaptured}: the case's lesson goes into the knowledge base. */
    CAPTURE_KNOWLEDGE,
    /** {@link CaseChange.SlaTargetsSet}: the SLA targets the case runs against (engine only). */
    SET_SLA_TARGETS,
    /** {@link CaseChange.SlaWarningReached}: an SLA warning threshold was reached (engine only). */
    SLA_WARNING,
    /** {@link CaseChange.SlaBreached}: an SLA target was breached (engine only). */
    SLA_BREACH;

    /**
     * Tells whether only the engine records this kind of change (from the SLA policy and the SLA
     * monitor); a caller's command carrying one is rejected.
     *
     * @return true for {@link #SET_SLA_TARGETS}, {@link #SLA_WARNING} and {@link #SLA_BREACH}
     */
    public boolean isSystem() {
        return this == SET_SLA_TARGETS || this == SLA_WARNING || this == SLA_BREACH;
    }
}
