package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies a team that owns touchpoints or cases.
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record TeamId(String value) implements Comparable<TeamId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code teamId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public TeamId {
        Checks.id(value, "teamId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static TeamId of(String value) {
        return new TeamId(value);
    }

    @Override
    public int compareTo(TeamId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }
}
