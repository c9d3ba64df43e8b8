package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies a key performance indicator definition.
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record KpiId(String value) implements Comparable<KpiId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code kpiId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public KpiId {
        Checks.id(value, "kpiId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static KpiId of(String value) {
        return new KpiId(value);
    }

    @Override
    public int compareTo(KpiId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }
}
