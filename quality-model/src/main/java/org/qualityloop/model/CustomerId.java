package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies a customer. It is a pseudonymous key (an account number, a hashed reference), never a name, phone number or e-mail address; those live in the customer reference of a feedback record.
 *
 * <p>An identifier is an opaque code chosen by the caller: not blank, no leading or trailing
 * whitespace, no control characters, at most 128 characters. Two identifiers are equal when
 * their values are equal. Instances are immutable and thread-safe.
 *
 * @param value the identifier's text, not null
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text, not null
     * @throws IllegalArgumentException naming {@code customerId} when the value breaks a rule
     * @throws NullPointerException when the value is null
     */
    public CustomerId {
        Checks.id(value, "customerId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier's value. */
    @Override
    public String toString() {
        return value;
    }
}
