package org.qualityloop.model.feedback;

/**
 * Whether a piece of feedback is genuine. The travel seed filters invalid or malicious feedback
 * with a reason, but never deletes it.
 */
public enum ValidityStatus {
    /** Genuine feedback, handled in the loop. */
    VALID,
    /** Not actionable: a duplicate, spam, out of scope, unintelligible. */
    INVALID,
    /** Deliberately harmful: abuse, fraud, extortion attempts. */
    MALICIOUS
}
