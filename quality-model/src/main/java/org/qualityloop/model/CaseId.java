package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies a feedback or complaint case through its whole life, across reopened cycles.
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record CaseId(String value) implements Comparable<CaseId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code caseId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public CaseId {
        Checks.id(value, "caseId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }

    // the record's own equality, written out so that the look-ups and comparisons every command
    // makes compare the string directly; the hash code stays the record's
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CaseId c && value.equals(c.value);
    }
}
