package org.qualityloop.insight;

import java.util.Optional;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.CaseOutcome;

/**
 * Where a customer stands in the service-recovery paradox: never failed, failed and recovered, or
 * failed without recovery, as read from the closed case of their complaint.
 */
public enum RecoveryGroup {
    /** No complaint case: the service never failed them (as far as they told). */
    NEVER_FAILED,
    /** A complaint case with at least one recovery action that succeeded. */
    RECOVERED,
    /** A complaint case with no recovery action, or none that succeeded (failed or still pending). */
    NOT_RECOVERED;

    /**
     * The group of a customer.
     *
     * @param complaint the outcome of the customer's complaint case, or empty when they had none
     * @return the group
     */
    public static RecoveryGroup of(Optional<CaseOutcome> complaint) {
        Checks.notNull(complaint, "complaint");
        if (complaint.isEmpty()) {
            return NEVER_FAILED;
        }
        for (RecoveryAction a : complaint.get().recoveryActions()) {
            if (a.outcome() == RecoveryOutcome.SUCCEEDED) {
                return RECOVERED;
            }
        }
        return NOT_RECOVERED;
    }
}
