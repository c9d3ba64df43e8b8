package org.qualityloop.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.machine.Outcome;
import org.qualityloop.workflow.machine.Transition;

/**
 * Policy what-if: replays stored histories under another SLA policy or business calendar and
 * reports, per target, compliance as recorded and as replayed and which cases flip — what a new
 * policy would have done, before switching to it.
 *
 * <p><b>The replay.</b> Each history is folded twice: as recorded, on {@code recorded} (the
 * lifecycle that wrote it), and rewritten, on {@code alternative} (the same lifecycle with another
 * calendar, or the same one). The rewrite keeps every event of the case's handling — who did what
 * when, escalations included — and changes only what the SLA policy decided: with a policy, each
 * recorded {@link CaseChange.SlaTargetsSet} is replaced by the targets that policy gives the case
 * at that point ({@link CaseChange.SlaTargetsSet#from}, on the case's {@code slaContext()}, as
 * the engine would have recorded them); each SLA warning and breach the monitor recorded is kept
 * when the alternative lifecycle accepts it where it stands (the clock really is breached, the
 * warning really is due) and dropped otherwise; events are renumbered. A breach the monitor did
 * not record is still read from the clock when the case closes (a clock stopped or cancelled
 * after its deadline reads breached). Replaying with the recorded lifecycle and the policy that
 * wrote the targets therefore changes nothing (a property test checks it).
 *
 * <p>Only closed and rejected cases count (their outcome holds the verdicts); histories of open
 * cases are skipped and counted in {@link #skipped()}.
 *
 * <p><b>Merging.</b> {@link #merge} adds another what-if over the same lifecycles (the same
 * instances) and the same policy. The lists of flipped cases follow the order of adding and
 * merging; the counts do not depend on it.
 *
 * <p>Mutable and not thread-safe: confine an instance to a thread and merge the partials.
 */
public final class SlaWhatIf implements Mergeable<SlaWhatIf> {

    private final FeedbackLifecycle recorded;
    private final FeedbackLifecycle alternative;
    private final Optional<SlaPolicy> policy;
    private final Map<SlaTarget, Tally> targets = new TreeMap<>();
    private long cases;
    private long skipped;

    private SlaWhatIf(FeedbackLifecycle recorded, FeedbackLifecycle alternative, Optional<SlaPolicy> policy) {
        this.recorded = Checks.notNull(recorded, "recorded");
        this.alternative = Checks.notNull(alternative, "alternative");
        this.policy = policy;
    }

    /**
     * A what-if of another SLA policy, optionally on another calendar.
     *
     * @param recorded the lifecycle that wrote the histories, not null
     * @param alternative the lifecycle to replay on: {@code recorded} itself, or one with another
     *     calendar; not null
     * @param policy the policy whose targets replace the recorded ones, not null
     * @return an empty what-if
     */
    public static SlaWhatIf policy(FeedbackLifecycle recorded, FeedbackLifecycle alternative, SlaPolicy policy) {
        return new SlaWhatIf(recorded, alternative, Optional.of(Checks.notNull(policy, "policy")));
    }

    /**
     * A what-if of another calendar, keeping the targets as recorded.
     *
     * @param recorded the lifecycle that wrote the histories, not null
     * @param alternative the lifecycle with the other calendar, not null
     * @return an empty what-if
     */
    public static SlaWhatIf calendar(FeedbackLifecycle recorded, FeedbackLifecycle alternative) {
        return new SlaWhatIf(recorded, alternative, Optional.empty());
    }

    /**
     * The case a history would have become under the other policy or calendar: the rewritten
     * history folded on the alternative lifecycle.
     *
     * @param history a valid history of the recorded lifecycle, not empty
     * @return the case
     * @throws IllegalArgumentException when the history is empty or the alternative lifecycle
     *     refuses one of its handling events
     */
    public FeedbackCase replay(List<CaseEvent> history) {
        CasePath.opening(history);
        FeedbackCase c = null;
        for (CaseEvent e : history) {
            CaseChange change = e.change();
            if (change instanceof CaseChange.SlaTargetsSet && policy.isPresent() && c != null) {
                change = CaseChange.SlaTargetsSet.from(policy.get(), c.slaContext());
            }
            CaseEvent next = new CaseEvent(e.schema(), e.caseId(), c == null ? 1 : c.version() + 1, e.commandId(),
                    e.actor(), e.at(), change);
            if (c == null) {
                c = alternative.open(next);
                continue;
            }
            Outcome<?, ?> o = alternative.decide(c, next);
            if (o instanceof Transition<?, ?>) {
                c = alternative.apply(c, next);
            } else if (!e.type().isSystem() || e.change() instanceof CaseChange.SlaTargetsSet) {
                throw new IllegalArgumentException("event " + e.sequence() + " of case " + e.caseId()
                        + " is refused on the alternative lifecycle: " + o);
            }
        }
        return c;
    }

    /**
     * Adds one case: folds its history as recorded and as replayed and compares their verdicts.
     *
     * @param history a valid history of the recorded lifecycle, not empty
     * @throws IllegalArgumentException when the history is invalid on the recorded lifecycle or its
     *     rewrite on the alternative one; nothing is added then
     */
    public void add(List<CaseEvent> history) {
        Optional<CaseOutcome> before = recorded.replay(history).outcome();
        if (before.isEmpty()) {
            skipped++;
            return;
        }
        CaseOutcome after = replay(history).outcome().orElseThrow(() -> new IllegalArgumentException(
                "the rewritten history of case " + history.get(0).caseId() + " does not close"));
        TreeSet<SlaTarget> measured = new TreeSet<>();
        before.get().sla().forEach(r -> measured.add(r.target()));
        after.sla().forEach(r -> measured.add(r.target()));
        cases++;
        CaseId id = history.get(0).caseId();
        for (SlaTarget t : measured) {
            targets.computeIfAbsent(t, k -> new Tally())
                    .add(id, before.get().slaVerdict(t).orElse(null), after.slaVerdict(t).orElse(null));
        }
    }

    /**
     * Adds everything of another what-if; {@code other} is not changed.
     *
     * @param other a what-if over the same lifecycle instances and policy, not null; may be this one
     * @return this what-if
     * @throws IllegalArgumentException when {@code other} replays other lifecycles or another
     *     policy; nothing is changed then
     */
    @Override
    public SlaWhatIf merge(SlaWhatIf other) {
        Objects.requireNonNull(other, "other");
        if (other.recorded != recorded || other.alternative != alternative || !other.policy.equals(policy)) {
            throw new IllegalArgumentException("other must replay the same lifecycles and policy as this what-if");
        }
        Map<SlaTarget, Tally> from = new TreeMap<>();
        other.targets.forEach((k, v) -> from.put(k, new Tally().merge(v)));
        from.forEach((k, v) -> targets.computeIfAbsent(k, x -> new Tally()).merge(v));
        cases = Math.addExact(cases, other.cases);
        skipped = Math.addExact(skipped, other.skipped);
        return this;
    }

    /**
     * Returns the closed or rejected cases compared.
     *
     * @return the count
     */
    public long cases() {
        return cases;
    }

    /**
     * Returns the histories skipped because their case is still open.
     *
     * @return the count
     */
    public long skipped() {
        return skipped;
    }

    /**
     * The comparison per target measured as recorded or as replayed, in target order.
     *
     * @return the targets, unmodifiable
     */
    public List<TargetWhatIf> result() {
        List<TargetWhatIf> out = new ArrayList<>();
        targets.forEach((t, v) -> out.add(new TargetWhatIf(t, v.metBefore, v.breachedBefore, v.metAfter,
                v.breachedAfter, v.nowBreached, v.nowMet)));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "SlaWhatIf[policy=" + policy.map(SlaPolicy::name).orElse("as recorded") + ", cases=" + cases
                + ", skipped=" + skipped + ", targets=" + targets.keySet() + "]";
    }

    /** The counts and flips of one target. */
    private static final class Tally {
        private long metBefore;
        private long breachedBefore;
        private long metAfter;
        private long breachedAfter;
        private final List<CaseId> nowBreached = new ArrayList<>();
        private final List<CaseId> nowMet = new ArrayList<>();

        void add(CaseId id, SlaStatus before, SlaStatus after) {
            if (before == SlaStatus.MET) {
                metBefore++;
            } else if (before == SlaStatus.BREACHED) {
                breachedBefore++;
            }
            if (after == SlaStatus.MET) {
                metAfter++;
            } else if (after == SlaStatus.BREACHED) {
                breachedAfter++;
            }
            if (before == SlaStatus.MET && after == SlaStatus.BREACHED) {
                nowBreached.add(id);
            } else if (before == SlaStatus.BREACHED && after == SlaStatus.MET) {
                nowMet.add(id);
            }
        }

        Tally merge(Tally o) {
            metBefore += o.metBefore;
            breachedBefore += o.breachedBefore;
            metAfter += o.metAfter;
            breachedAfter += o.breachedAfter;
            nowBreached.addAll(o.nowBreached);
            nowMet.addAll(o.nowMet);
            return this;
        }
    }
}
