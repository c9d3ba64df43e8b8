package org.qualityloop.workflow.machine;

import org.qualityloop.model.internal.Checks;

/**
 * What a {@link Guard} decided: the transition may be taken, or it is refused with a reason.
 *
 * <p>{@link #allow()} is a shared constant; a guard that refuses for a fixed reason should keep
 * its refusal in a constant too (as {@link Guard#of(String, java.util.function.BiPredicate)}
 * does), so that evaluating it allocates nothing. Instances are immutable and thread-safe.
 */
public final class Verdict {

    private static final Verdict ALLOW = new Verdict("");

    private final String reason;

    private Verdict(String reason) {
        this.reason = reason;
    }

    /**
     * The verdict that lets the transition be taken.
     *
     * @return the shared allowing verdict
     */
    public static Verdict allow() {
        return ALLOW;
    }

    /**
     * A verdict refusing the transition.
     *
     * @param reason why it is refused, for people reading a rejection; not blank, and never
     *               personal data
     * @return the refusing verdict
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static Verdict refuse(String reason) {
        return new Verdict(Checks.notBlank(reason, "reason"));
    }

    /**
     * Whether the transition may be taken.
     *
     * @return {@code true} for {@link #allow()}
     */
    public boolean isAllowed() {
        return this == ALLOW;
    }

    /**
     * Why the transition was refused.
     *
     * @return the reason; empty for an allowing verdict
     */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return isAllowed() ? "allow" : "refuse: " + reason;
    }
}
