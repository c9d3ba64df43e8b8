package org.qualityloop.workflow.machine;

/** Why an event was rejected. */
public enum RejectionKind {
    /** The definition has no transition for this event in this state. */
    NO_TRANSITION,
    /** Transitions exist for this event in this state, but every guard refused. */
    GUARD_REFUSED
}
