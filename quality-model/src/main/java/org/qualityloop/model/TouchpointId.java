package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies a touchpoint (服務接觸點): a moment where the customer meets the service.
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record TouchpointId(String value) implements Comparable<TouchpointId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code touchpointId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public TouchpointId {
        Checks.id(value, "touchpointId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static TouchpointId of(String value) {
        return new TouchpointId(value);
    }

    @Override
    public int compareTo(TouchpointId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }
}
