package org.qualityloop.model.feedback;

import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * The validity of a piece of feedback with the reason for an invalid or malicious verdict. Invalid
 * and malicious feedback is marked, never dropped: it stays in the record for audit. Immutable and
 * thread-safe.
 *
 * @param status the verdict, not null
 * @param reason why the feedback is invalid or malicious; empty exactly when {@code status} is
 *     {@link ValidityStatus#VALID}, not blank when present
 */
public record Validity(ValidityStatus status, Optional<String> reason) {

    private static final Validity VALID = new Validity(ValidityStatus.VALID, Optional.empty());

    /**
     * Validates the verdict.
     *
     * @param status the verdict, not null
     * @param reason why the feedback is invalid or malicious; empty exactly when {@code status} is
     *     {@link ValidityStatus#VALID}, not blank when present
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when a valid verdict has a reason or another has none
     */
    public Validity {
        Checks.notNull(status, "status");
        Checks.notNull(reason, "reason");
        if (status == ValidityStatus.VALID && reason.isPresent()) {
            throw new IllegalArgumentException("reason must be empty when status is VALID, but was '"
                    + Checks.shown(reason.get()) + "'");
        }
        if (status != ValidityStatus.VALID) {
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("reason must be given when status is " + status
                        + ", but was empty");
            }
            Checks.notBlank(reason.get(), "reason");
        }
    }

    /**
     * Returns the verdict "valid".
     *
     * @return the valid verdict
     */
    public static Validity valid() {
        return VALID;
    }

    /**
     * Returns the verdict "invalid" with a reason.
     *
     * @param reason why, not blank
     * @return the verdict
     */
    public static Validity invalid(String reason) {
        return new Validity(ValidityStatus.INVALID, Optional.of(Checks.notNull(reason, "reason")));
    }

    /**
     * Returns the verdict "malicious" with a reason.
     *
     * @param reason why, not blank
     * @return the verdict
     */
    public static Validity malicious(String reason) {
        return new Validity(ValidityStatus.MALICIOUS, Optional.of(Checks.notNull(reason, "reason")));
    }

    /**
     * Tells whether the feedback is valid.
     *
     * @return true for {@link ValidityStatus#VALID}
     */
    public boolean isValid() {
        return status == ValidityStatus.VALID;
    }
}
