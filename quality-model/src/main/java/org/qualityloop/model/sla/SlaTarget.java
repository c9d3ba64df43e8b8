package org.qualityloop.model.sla;

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
}
