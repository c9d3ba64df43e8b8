package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies an agent: an employee or owner who handles feedback (責任人).
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record AgentId(String value) implements Comparable<AgentId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code agentId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public AgentId {
        Checks.id(value, "agentId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static AgentId of(String value) {
        return new AgentId(value);
    }

    @Override
    public int compareTo(AgentId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }
}
