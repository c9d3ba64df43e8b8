package org.qualityloop.model.feedback;

/**
 * The emotional tone of a piece of feedback, as judged by a person or a classifier.
 */
public enum Sentiment {
    /** The customer is unhappy. */
    NEGATIVE,
    /** No clear tone either way. */
    NEUTRAL,
    /** The customer is pleased. */
    POSITIVE,
    /** Both praise and criticism. */
    MIXED
}
