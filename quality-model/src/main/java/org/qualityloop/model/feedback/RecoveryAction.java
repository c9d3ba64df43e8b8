package org.qualityloop.model.feedback;

import java.time.Instant;
import java.util.Optional;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.internal.Checks;

/**
 * One service-recovery action: what was done, by whom, when, with what outcome, and, for
 * {@link RecoveryActionKind#COMPENSATION}, how much money. Immutable and thread-safe.
 *
 * @param kind what was done, not null
 * @param by the agent who did it, not null
 * @param at when it was done, not null
 * @param compensation the amount paid; present exactly when {@code kind} is {@link
 *     RecoveryActionKind#COMPENSATION}, never negative
 * @param outcome how it turned out, not null
 */
public record RecoveryAction(
        RecoveryActionKind kind,
        AgentId by,
        Instant at,
        Optional<Money> compensation,
        RecoveryOutcome outcome) {

    /**
     * Validates the action.
     *
     * @param kind what was done, not null
     * @param by the agent who did it, not null
     * @param at when it was done, not null
     * @param compensation the amount paid; present exactly when {@code kind} is {@link
     *     RecoveryActionKind#COMPENSATION}, never negative
     * @param outcome how it turned out, not null
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when compensation is negative, missing for a compensation or
     *     present for another kind
     */
    public RecoveryAction {
        Checks.notNull(kind, "kind");
        Checks.notNull(by, "by");
        Checks.notNull(at, "at");
        Checks.notNull(compensation, "compensation");
        Checks.notNull(outcome, "outcome");
        if (kind == RecoveryActionKind.COMPENSATION) {
            if (compensation.isEmpty()) {
                throw new IllegalArgumentException("compensation must be given when kind is COMPENSATION, but was empty");
            }
            if (compensation.get().negative()) {
                throw new IllegalArgumentException("compensation must not be negative, but was " + compensation.get());
            }
        } else if (compensation.isPresent()) {
            throw new IllegalArgumentException("compensation must be empty when kind is " + kind + ", but was "
                    + compensation.get());
        }
    }

    /**
     * Returns an action other than compensation.
     *
     * @param kind what was done, not null and not {@link RecoveryActionKind#COMPENSATION}
     * @param by who did it, not null
     * @param at when, not null
     * @param outcome how it turned out, not null
     * @return the action
     */
    public static RecoveryAction of(RecoveryActionKind kind, AgentId by, Instant at, RecoveryOutcome outcome) {
        return new RecoveryAction(kind, by, at, Optional.empty(), outcome);
    }

    /**
     * Returns a compensation.
     *
     * @param amount the amount paid, not negative
     * @param by who did it, not null
     * @param at when, not null
     * @param outcome how it turned out, not null
     * @return the action
     */
    public static RecoveryAction compensation(Money amount, AgentId by, Instant at, RecoveryOutcome outcome) {
        return new RecoveryAction(RecoveryActionKind.COMPENSATION, by, at,
                Optional.of(Checks.notNull(amount, "compensation")), outcome);
    }

    /**
     * Returns a copy with another outcome, for example once a follow-up confirmed the fix.
     *
     * @param newOutcome the outcome, not null
     * @return the copy
     */
    public RecoveryAction withOutcome(RecoveryOutcome newOutcome) {
        return new RecoveryAction(kind, by, at, compensation, newOutcome);
    }
}
