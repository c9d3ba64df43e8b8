package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies one piece of feedback or complaint as it was received.
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record FeedbackId(String value) implements Comparable<FeedbackId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code feedbackId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public FeedbackId {
        Checks.id(value, "feedbackId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static FeedbackId of(String value) {
        return new FeedbackId(value);
    }

    @Override
    public int compareTo(FeedbackId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }
}
