package org.qualityloop.model;

import org.qualityloop.model.internal.Checks;

/**
 * A customer segment, such as a corporate account tier or a loyalty level, by which SLA targets
 * and metrics may differ. Segments are defined by the user; {@link #DEFAULT} is the segment of a
 * customer nobody classified. The code follows the same rule as a {@link Channel}'s. Immutable and
 * thread-safe.
 *
 * @param code the segment's code, not null
 */
public record CustomerSegment(String code) implements Comparable<CustomerSegment> {

    /** The segment of a customer nobody classified. */
    public static final CustomerSegment DEFAULT = new CustomerSegment("default");

    /**
     * Validates the code.
     *
     * @param code the segment's code, not null
     * @throws IllegalArgumentException naming {@code segment} when it breaks the rule
     */
    public CustomerSegment {
        Checks.code(code, "segment");
    }

    /**
     * Returns the segment with the given code.
     *
     * @param code the segment's code, not null
     * @return the segment
     */
    public static CustomerSegment of(String code) {
        return new CustomerSegment(code);
    }

    @Override
    public int compareTo(CustomerSegment other) {
        return code.compareTo(other.code);
    }

    /** Returns the segment's code. */
    @Override
    public String toString() {
        return code;
    }
}
