package org.qualityloop.model.feedback;

/**
 * The five kinds of service failure (服務失誤) the seed documents distinguish.
 */
public enum ServiceFailureKind {
    /** A system fails: an app crash, a payment gateway outage, wrong data. */
    SYSTEM,
    /** A process fails: a missing step, a slow approval node, a wrong hand-over. */
    PROCESS,
    /** A person fails: a rude or careless employee, a wrong decision. */
    PEOPLE,
    /** Communication fails: unclear, late or contradictory information. */
    COMMUNICATION,
    /** The service was as designed, but not what the customer was led to expect. */
    EXPECTATION_GAP
}
