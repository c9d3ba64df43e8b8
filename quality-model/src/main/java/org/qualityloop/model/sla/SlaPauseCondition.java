package org.qualityloop.model.sla;

import java.util.Set;
import org.qualityloop.model.internal.Checks;

/**
 * A condition under which an SLA clock does not count: while it holds, the clocks of the targets
 * that name it are paused. A code (lower-case letters, digits, '-' and '_'); the case lifecycle
 * that runs the clocks says which codes it knows. The feedback-case lifecycle of
 * {@code quality-workflow} knows {@link #AWAITING_CUSTOMER} and one code per open state after
 * registration (e.g. {@link #RECTIFYING}), and refuses others. Immutable; JSON is the bare code.
 *
 * <p>When a policy names no conditions for a target, {@link #defaults(SlaTarget)} apply: the
 * resolution and next-update clocks pause while the case awaits the customer, the others never.
 *
 * @param code the condition's code
 */
public record SlaPauseCondition(String code) implements Comparable<SlaPauseCondition> {

    /** The case is waiting on the customer (for information, for a test). */
    public static final SlaPauseCondition AWAITING_CUSTOMER = new SlaPauseCondition("awaiting_customer");
    /** The case is in its rectification state (corrective actions under way). */
    public static final SlaPauseCondition RECTIFYING = new SlaPauseCondition("rectifying");

    private static final Set<SlaPauseCondition> WHILE_AWAITING = Set.of(AWAITING_CUSTOMER);

    /**
     * Validates the code.
     *
     * @param code the condition's code
     * @throws IllegalArgumentException when the code is not a valid code
     */
    public SlaPauseCondition {
        Checks.code(code, "code");
    }

    /**
     * The condition with the given code.
     *
     * @param code the code, not null
     * @return the condition
     */
    public static SlaPauseCondition of(String code) {
        return new SlaPauseCondition(code);
    }

    /**
     * The conditions that pause a target when the policy names none for it: {@link #AWAITING_CUSTOMER}
     * for {@link SlaTarget#RESOLUTION} and {@link SlaTarget#NEXT_UPDATE}, none for any other target.
     *
     * @param target the target, not null
     * @return the default conditions; unmodifiable
     */
    public static Set<SlaPauseCondition> defaults(SlaTarget target) {
        Checks.notNull(target, "target");
        return target.equals(SlaTarget.RESOLUTION) || target.equals(SlaTarget.NEXT_UPDATE) ? WHILE_AWAITING
                : Set.of();
    }

    @Override
    public int compareTo(SlaPauseCondition o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
