package org.qualityloop.workflow.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.SlaAlert;

/**
 * Decides whether an SLA warning or breach escalates a case, and to whom. When
 * {@link CaseService#processDue(int)} records an alert, it asks the policy; an escalation it
 * returns is recorded under the same command, right after the alert.
 *
 * <p>Implementations must be pure (the same case and alert give the same answer) and
 * thread-safe.
 */
@FunctionalInterface
public interface EscalationPolicy {

    /**
     * The escalation an alert causes.
     *
     * @param current the case with the alert recorded, not null
     * @param alert the alert, not null
     * @return the escalation, or empty to leave the case with its owner
     */
    Optional<CaseChange.Escalated> escalate(FeedbackCase current, SlaAlert alert);

    /**
     * Never escalates.
     *
     * @return the policy
     */
    static EscalationPolicy none() {
        return (c, a) -> Optional.empty();
    }

    /**
     * Escalates one level up a ladder of owners whenever one of the given targets is breached:
     * a case escalated {@code n} times ({@link FeedbackCase#escalationCount()}) goes to {@code ladder.get(n)}; at the top of the
     * ladder it stays where it is.
     *
     * @param ladder the owners of levels 1, 2, …; not empty
     * @param targets the targets whose breach escalates; not empty
     * @return the policy
     */
    static EscalationPolicy onBreach(List<AgentId> ladder, Set<SlaTarget> targets) {
        List<AgentId> levels = Checks.listCopy(ladder, "ladder");
        Set<SlaTarget> on = Checks.setCopy(targets, "targets");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("ladder must not be empty");
        }
        if (on.isEmpty()) {
            throw new IllegalArgumentException("targets must not be empty");
        }
        return (c, a) -> {
            if (a.kind() != SlaAlert.Kind.BREACH || !on.contains(a.target())
                    || c.escalationCount() >= levels.size()) {
                return Optional.empty();
            }
            return Optional.of(new CaseChange.Escalated(levels.get(c.escalationCount()), Optional.empty(),
                    a.target() + " breached"));
        };
    }
}
