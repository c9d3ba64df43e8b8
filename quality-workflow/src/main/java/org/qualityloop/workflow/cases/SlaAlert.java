package org.qualityloop.workflow.cases;

import java.time.Instant;
import java.util.OptionalInt;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaTarget;

/**
 * A warning or breach that is due on a case, as {@link FeedbackLifecycle#dueAlerts} finds it; the
 * engine's SLA monitor records it in the case's history as a {@link CaseChange.SlaWarningReached}
 * or {@link CaseChange.SlaBreached}. Immutable.
 *
 * @param caseId the case, not null
 * @param version the case's version the alert was computed on
 * @param cycle the case's cycle the clock belongs to
 * @param target the SLA target, not null
 * @param kind a warning or a breach, not null
 * @param warning for a warning, the threshold's index in the case's warning thresholds; empty for
 *     a breach
 * @param at for a warning the instant it was reached, for a breach the breach instant (the
 *     deadline, or the instant a re-target kept); the clock is breached right after it
 */
public record SlaAlert(CaseId caseId, long version, int cycle, SlaTarget target, Kind kind, OptionalInt warning,
        Instant at) {

    /** Warning or breach. */
    public enum Kind {
        /** A warning threshold was reached. */
        WARNING,
        /** The target was breached. */
        BREACH
    }

    /**
     * Validates the alert.
     *
     * @param caseId the case, not null
     * @param version the case's version the alert was computed on
     * @param cycle the case's cycle the clock belongs to
     * @param target the SLA target, not null
     * @param kind a warning or a breach, not null
     * @param warning for a warning, the threshold's index in the case's warning thresholds; empty
     *     for
     *     a breach
     * @param at for a warning the instant it was reached, for a breach the breach instant (the
     *     deadline, or the instant a re-target kept); the clock is breached right after it
     * @throws IllegalArgumentException when the warning index does not match the kind
     */
    public SlaAlert {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(target, "target");
        Checks.notNull(kind, "kind");
        Checks.notNull(warning, "warning");
        Checks.notNull(at, "at");
        if ((kind == Kind.WARNING) != warning.isPresent()) {
            throw new IllegalArgumentException("warning must be present exactly for a WARNING, but was "
                    + warning + " for a " + kind);
        }
    }
}
