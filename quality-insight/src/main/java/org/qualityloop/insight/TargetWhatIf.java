package org.qualityloop.insight;

import java.util.List;
import java.util.Optional;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaTarget;

/**
 * What another SLA policy or calendar would have done to one target: how many cases met and
 * breached it as recorded and as replayed, and which cases flip. A case's verdict is over all its
 * cycles ({@code CaseOutcome.slaVerdict}): breached when any of its clocks for the target was,
 * met when at least one was met and none breached; a case where the target was not measured counts
 * on neither side. Immutable and thread-safe.
 *
 * @param target the target, not null
 * @param metBefore cases that met it as recorded, not negative
 * @param breachedBefore cases that breached it as recorded, not negative
 * @param metAfter cases that meet it as replayed, not negative
 * @param breachedAfter cases that breach it as replayed, not negative
 * @param nowBreached the cases that met it and would have breached it, in the order added
 * @param nowMet the cases that breached it and would have met it, in the order added
 */
public record TargetWhatIf(SlaTarget target, long metBefore, long breachedBefore, long metAfter, long breachedAfter,
        List<CaseId> nowBreached, List<CaseId> nowMet) {

    /**
     * Validates the counts and copies the lists.
     *
     * @param target the target, not null
     * @param metBefore cases that met it as recorded, not negative
     * @param breachedBefore cases that breached it as recorded, not negative
     * @param metAfter cases that meet it as replayed, not negative
     * @param breachedAfter cases that breach it as replayed, not negative
     * @param nowBreached the cases that met it and would have breached it, at most
     *     {@code metBefore}
     * @param nowMet the cases that breached it and would have met it, at most
     *     {@code breachedBefore}
     */
    public TargetWhatIf {
        Checks.notNull(target, "target");
        Checks.nonNegative(metBefore, "metBefore");
        Checks.nonNegative(breachedBefore, "breachedBefore");
        Checks.nonNegative(metAfter, "metAfter");
        Checks.nonNegative(breachedAfter, "breachedAfter");
        nowBreached = Checks.listCopy(nowBreached, "nowBreached");
        nowMet = Checks.listCopy(nowMet, "nowMet");
        if (nowBreached.size() > metBefore) {
            throw new IllegalArgumentException("nowBreached must hold at most metBefore " + metBefore
                    + " cases, but held " + nowBreached.size());
        }
        if (nowMet.size() > breachedBefore) {
            throw new IllegalArgumentException("nowMet must hold at most breachedBefore " + breachedBefore
                    + " cases, but held " + nowMet.size());
        }
    }

    /**
     * Returns the compliance as recorded: the share of cases that met the target.
     *
     * @return met over met and breached, or empty when no case was measured
     */
    public Optional<Proportion> complianceBefore() {
        return metBefore + breachedBefore == 0 ? Optional.empty()
                : Optional.of(Proportion.of(metBefore, metBefore + breachedBefore));
    }

    /**
     * Returns the compliance as replayed under the other policy or calendar.
     *
     * @return met over met and breached, or empty when no case was measured
     */
    public Optional<Proportion> complianceAfter() {
        return metAfter + breachedAfter == 0 ? Optional.empty()
                : Optional.of(Proportion.of(metAfter, metAfter + breachedAfter));
    }
}
