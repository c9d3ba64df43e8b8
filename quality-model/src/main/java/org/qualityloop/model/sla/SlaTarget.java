package org.qualityloop.model.sla;

import java.time.Duration;
import org.qualityloop.model.internal.Checks;

/**
 * The name of an SLA target, such as first response or resolution. Extensible: any code (lower-case
 * letters, digits, '-' and '_') names a target. Immutable; JSON is the bare code.
 *
 * @param code the target's code
 */
public record SlaTarget(String code) implements Comparable<SlaTarget> {

    /** Time to the first response to the customer. */
    public static final SlaTarget FIRST_RESPONSE = new SlaTarget("first_response");
    /** Time between updates to the customer while a case is open. */
    public static final SlaTarget NEXT_UPDATE = new SlaTarget("next_update");
    /** Time to resolution. */
    public static final SlaTarget RESOLUTION = new SlaTarget("resolution");
    /** Time to follow up with the customer after resolution. */
    public static final SlaTarget FOLLOW_UP = new SlaTarget("follow_up");

    /**
     * The longest working time any SLA duration may be (a target, a warning, a rule or a
     * policy default): 36,500 days, under 100 years. Longer durations are refused when the value
     * holding them is made, instead of failing later inside clock arithmetic (working time
     * beyond the calendar's supported years 1–9999, or overflow near 292 years of nanoseconds).
     */
    public static final Duration MAX_DURATION = Duration.ofDays(36_500);

    /**
     * Checks an SLA duration: positive and at most {@link #MAX_DURATION}.
     *
     * @param value the duration, not null
     * @param field the field's name, for the message, not null
     * @return the duration
     * @throws IllegalArgumentException naming the field when the duration is out of range
     */
    public static Duration checkDuration(Duration value, String field) {
        Checks.notNull(field, "field");
        Checks.positive(value, field);
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_DURATION + " (36500 days), but was "
                    + value);
        }
        return value;
    }

    /**
     * Validates the code.
     *
     * @param code the target's code
     * @throws IllegalArgumentException when the code is not a valid code
     */
    public SlaTarget {
        Checks.code(code, "code");
    }

    /**
     * The target with the given code.
     *
     * @param code the code, not null
     * @return the target
     */
    public static SlaTarget of(String code) {
        return new SlaTarget(code);
    }

    @Override
    public int compareTo(SlaTarget o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }

    // the record's own equality, written out so that the look-ups and comparisons every command
    // makes compare the string directly; the hash code stays the record's
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SlaTarget t && code.equals(t.code);
    }
}
