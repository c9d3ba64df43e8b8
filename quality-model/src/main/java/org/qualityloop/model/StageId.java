package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies a stage of a service process, such as booking or approval.
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record StageId(String value) implements Comparable<StageId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code stageId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public StageId {
        Checks.id(value, "stageId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static StageId of(String value) {
        return new StageId(value);
    }

    @Override
    public int compareTo(StageId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }
}
