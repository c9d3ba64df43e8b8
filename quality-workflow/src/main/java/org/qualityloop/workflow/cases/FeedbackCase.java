package org.qualityloop.workflow.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaContext;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;

/**
 * A feedback case: the fold of its history. It says where the case stands in the closed loop,
 * who owns it, what it is about, what was done for the customer, and how its SLA clocks stand.
 *
 * <p>A case is only ever made by {@link FeedbackLifecycle}: opened from a
 * {@link CaseChange.Received} event and evolved by each later event, so replaying the history
 * ({@link FeedbackLifecycle#replay(List)}) gives an equal case. Cases are immutable and
 * thread-safe; every event gives a new case. Equality covers every property.
 *
 * <p>The customer's personal data and free text are inside {@link #feedback()} and never appear
 * in {@link #toString()}.
 */
public final class FeedbackCase {

    private final CaseId id;
    private final long version;
    private final Instant updatedAt;
    private final CaseState state;
    private final int cycle;
    private final Feedback feedback;
    private final StageId stage;
    private final FeedbackCategory category;
    private final Severity severity;
    private final Priority priority;
    private final CustomerSegment segment;
    private final AgentId owner;
    private final TeamId team;
    private final int escalations;
    private final Instant registeredAt;
    private final Instant cycleStartedAt;
    private final Instant firstResponseAt;
    private final Instant respondedAt;
    private final Instant lastUpdateAt;
    private final Instant resolvedAt;
    private final Instant closedAt;
    private final Closure closure;
    private final boolean awaitingCustomer;
    private final int followUpAttempts;
    private final int reopenCount;
    private final List<RecoveryAction> recoveryActions;
    private final ServiceFailure failure;
    private final Integer satisfaction;
    private final CaseChange.SlaTargetsSet sla;
    private final Slot[] slots;
    private final List<SlaResult> pastClocks;
    private final CaseOutcome outcome;
    private final Instant nextAlert;
    /** The current clocks as a list, made on first use; a benign race, the list being immutable. */
    private List<SlaClock> clockList;

    private FeedbackCase(Draft d) {
        this.id = d.id;
        this.version = d.version;
        this.updatedAt = d.updatedAt;
        this.state = d.state;
        this.cycle = d.cycle;
        this.feedback = d.feedback;
        this.stage = d.stage;
        this.category = d.category;
        this.severity = d.severity;
        this.priority = d.priority;
        this.segment = d.segment;
        this.owner = d.owner;
        this.team = d.team;
        this.escalations = d.escalations;
        this.registeredAt = d.registeredAt;
        this.cycleStartedAt = d.cycleStartedAt;
        this.firstResponseAt = d.firstResponseAt;
        this.respondedAt = d.respondedAt;
        this.lastUpdateAt = d.lastUpdateAt;
        this.resolvedAt = d.resolvedAt;
        this.closedAt = d.closedAt;
        this.closure = d.closure;
        this.awaitingCustomer = d.awaitingCustomer;
        this.followUpAttempts = d.followUpAttempts;
        this.reopenCount = d.reopenCount;
        this.recoveryActions = d.recoveryActions;
        this.failure = d.failure;
        this.satisfaction = d.satisfaction;
        this.sla = d.sla;
        this.slots = d.slots;
        this.pastClocks = d.pastClocks;
        this.outcome = d.outcome;
        this.nextAlert = d.nextAlert;
    }

    // ------------------------------------------------------------------ identity and place

    /** @return the case's identifier */
    public CaseId id() {
        return id;
    }

    /**
     * The version: the sequence number of the last event folded in. Commands carry the version
     * they read, and a write on any other version is rejected as stale.
     *
     * @return the version, from 1
     */
    public long version() {
        return version;
    }

    /**
     * When the last event was recorded; later events are never earlier.
     *
     * @return the instant of the last event
     */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return where the case stands in the lifecycle */
    public CaseState state() {
        return state;
    }

    /**
     * The current cycle: 1 until the first reopening, then one more per reopening.
     *
     * @return the cycle, from 1
     */
    public int cycle() {
        return cycle;
    }

    /**
     * The feedback the case was opened for; after a rejection its validity carries the verdict.
     * Holds the customer's reference and words: handle as personal data.
     *
     * @return the feedback
     */
    public Feedback feedback() {
        return feedback;
    }

    /** @return the stage of the service process the feedback concerns, if known */
    public Optional<StageId> stage() {
        return Optional.ofNullable(stage);
    }

    /** @return the category: as registered, or the feedback's own before registration */
    public FeedbackCategory category() {
        return category;
    }

    /** @return the severity: as registered, or the feedback's own before registration */
    public Severity severity() {
        return severity;
    }

    /** @return the priority, once registered */
    public Optional<Priority> priority() {
        return Optional.ofNullable(priority);
    }

    /** @return the customer's segment, if given at registration */
    public Optional<CustomerSegment> segment() {
        return Optional.ofNullable(segment);
    }

    /** @return the current owner, once assigned */
    public Optional<AgentId> owner() {
        return Optional.ofNullable(owner);
    }

    /** @return the owner's team, if given with the last assignment or escalation */
    public Optional<TeamId> team() {
        return Optional.ofNullable(team);
    }

    /**
     * The escalation level: how often the case was escalated to the next owner level.
     *
     * @return the level, 0 when never escalated
     */
    public int escalationLevel() {
        return escalations;
    }

    /**
     * What SLA rules match on: priority, severity, channel, category and segment.
     *
     * @return the case's SLA context
     */
    public SlaContext slaContext() {
        return new SlaContext(priority(), Optional.of(severity), Optional.of(feedback.channel()),
                Optional.of(category), segment());
    }

    // ------------------------------------------------------------------ timeline

    /** @return when the feedback was received */
    public Instant receivedAt() {
        return feedback.receivedAt();
    }

    /** @return when the case was registered */
    public Optional<Instant> registeredAt() {
        return Optional.ofNullable(registeredAt);
    }

    /** @return when the current cycle began: the reception, or the last reopening */
    public Instant cycleStartedAt() {
        return cycleStartedAt;
    }

    /** @return when the customer first got a response, in any cycle */
    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    /** @return when the customer got the first response of the current cycle */
    public Optional<Instant> respondedAt() {
        return Optional.ofNullable(respondedAt);
    }

    /** @return when the customer last got a response or an update in the current cycle */
    public Optional<Instant> lastUpdateAt() {
        return Optional.ofNullable(lastUpdateAt);
    }

    /** @return when the case was last resolved, in any cycle */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /** @return when the case was closed or rejected; empty while open */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** @return how the case was closed; empty while open */
    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    // ------------------------------------------------------------------ handling

    /** @return whether the case is waiting on the customer (the resolution clock is paused) */
    public boolean awaitingCustomer() {
        return awaitingCustomer;
    }

    /** @return the failed follow-up attempts of the current cycle */
    public int followUpAttempts() {
        return followUpAttempts;
    }

    /** @return how often the case was reopened */
    public int reopenCount() {
        return reopenCount;
    }

    /** @return the recovery actions recorded, in order; unmodifiable */
    public List<RecoveryAction> recoveryActions() {
        return recoveryActions;
    }

    /** @return the service failure diagnosed at the last resolution, if any */
    public Optional<ServiceFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return the customer's satisfaction (1–5) given at the confirming follow-up */
    public Optional<Integer> satisfaction() {
        return Optional.ofNullable(satisfaction);
    }

    /** @return the rejection verdict of a rejected case */
    public Optional<Validity> rejection() {
        return state == CaseState.REJECTED ? Optional.of(feedback.validity()) : Optional.empty();
    }

    // ------------------------------------------------------------------ SLA

    /** @return the SLA targets the case runs against, once set */
    public Optional<CaseChange.SlaTargetsSet> slaTargets() {
        return Optional.ofNullable(sla);
    }

    /**
     * The SLA clocks of the current cycle, one per target, in target order.
     *
     * @return the clocks, unmodifiable
     */
    public List<SlaClock> clocks() {
        List<SlaClock> list = clockList;
        if (list == null) {
            List<SlaClock> r = new ArrayList<>(slots.length);
            for (Slot s : slots) {
                r.add(s.clock);
            }
            list = List.copyOf(r);
            clockList = list;
        }
        return list;
    }

    /**
     * The earliest instant at which an SLA warning or breach of the current cycle falls due and
     * is not yet recorded: the SLA monitor's key for this case. A breach falls due right after
     * the deadline (or after the breach instant a re-target kept); a paused clock falls due only
     * for what it reached before its pause.
     *
     * @return the instant, or empty when nothing will fall due (closed, nothing running, every
     *     alert recorded, or every running clock paused)
     */
    public Optional<Instant> nextSlaAlert() {
        return Optional.ofNullable(nextAlert);
    }

    /**
     * The current cycle's clock of a target.
     *
     * @param target the target, not null
     * @return the clock, or empty when none runs for the target in this cycle
     */
    public Optional<SlaClock> clock(SlaTarget target) {
        Slot s = slot(Objects.requireNonNull(target, "target"));
        return s == null ? Optional.empty() : Optional.of(s.clock);
    }

    /**
     * Whether a warning threshold of a target's current clock was recorded as reached.
     *
     * @param target the target, not null
     * @param warning the threshold's index in {@link CaseChange.SlaTargetsSet#warnings()}
     * @return true when the SLA monitor recorded it
     */
    public boolean warningRecorded(SlaTarget target, int warning) {
        Slot s = slot(Objects.requireNonNull(target, "target"));
        return s != null && warning >= 0 && warning < 31 && (s.warnings & (1 << warning)) != 0;
    }

    /**
     * Whether the breach of a target's current clock was recorded.
     *
     * @param target the target, not null
     * @return true when the SLA monitor recorded it
     */
    public boolean breachRecorded(SlaTarget target) {
        Slot s = slot(Objects.requireNonNull(target, "target"));
        return s != null && s.breachRecorded;
    }

    /**
     * The read-outs of clocks that are finished and no longer current: those of earlier cycles
     * and replaced next-update clocks, in the order they finished.
     *
     * @return the results, unmodifiable
     */
    public List<SlaResult> pastClocks() {
        return pastClocks;
    }

    /**
     * The outcome metrics consume, once the case is closed or rejected.
     *
     * @return the outcome; empty while the case is open
     */
    public Optional<CaseOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    Slot slot(SlaTarget target) {
        for (Slot s : slots) {
            if (s.clock.target().equals(target)) {
                return s;
            }
        }
        return null;
    }

    Slot[] slots() {
        return slots;
    }

    Draft draft() {
        return new Draft(this);
    }

    static Draft draft(CaseId id, Feedback feedback) {
        return new Draft(id, feedback);
    }

    // ------------------------------------------------------------------ Object

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedbackCase c && version == c.version && updatedAt.equals(c.updatedAt)
                && cycle == c.cycle
                && escalations == c.escalations && awaitingCustomer == c.awaitingCustomer
                && followUpAttempts == c.followUpAttempts && reopenCount == c.reopenCount
                && state == c.state && id.equals(c.id) && feedback.equals(c.feedback)
                && Objects.equals(stage, c.stage) && category.equals(c.category) && severity == c.severity
                && priority == c.priority && Objects.equals(segment, c.segment) && Objects.equals(owner, c.owner)
                && Objects.equals(team, c.team) && Objects.equals(registeredAt, c.registeredAt)
                && cycleStartedAt.equals(c.cycleStartedAt) && Objects.equals(firstResponseAt, c.firstResponseAt)
                && Objects.equals(respondedAt, c.respondedAt) && Objects.equals(lastUpdateAt, c.lastUpdateAt)
                && Objects.equals(resolvedAt, c.resolvedAt) && Objects.equals(closedAt, c.closedAt)
                && closure == c.closure && recoveryActions.equals(c.recoveryActions)
                && Objects.equals(failure, c.failure) && Objects.equals(satisfaction, c.satisfaction)
                && Objects.equals(sla, c.sla) && Arrays.equals(slots, c.slots) && pastClocks.equals(c.pastClocks)
                && Objects.equals(outcome, c.outcome) && Objects.equals(nextAlert, c.nextAlert);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, state, cycle, owner, priority, closedAt);
    }

    /** Returns identity, place, classification and owner; never personal data or free text. */
    @Override
    public String toString() {
        return "FeedbackCase[id=" + id + ", version=" + version + ", state=" + state + ", cycle=" + cycle
                + ", category=" + category + ", severity=" + severity
                + ", priority=" + (priority == null ? "-" : priority)
                + ", owner=" + (owner == null ? "-" : owner) + ", escalationLevel=" + escalations
                + ", reopenCount=" + reopenCount + "]";
    }

    /** A mutable copy of a case, changed by the fold and frozen again. Package-private. */
    static final class Draft {
        CaseId id;
        long version;
        Instant updatedAt;
        CaseState state;
        int cycle;
        Feedback feedback;
        StageId stage;
        FeedbackCategory category;
        Severity severity;
        Priority priority;
        CustomerSegment segment;
        AgentId owner;
        TeamId team;
        int escalations;
        Instant registeredAt;
        Instant cycleStartedAt;
        Instant firstResponseAt;
        Instant respondedAt;
        Instant lastUpdateAt;
        Instant resolvedAt;
        Instant closedAt;
        Closure closure;
        boolean awaitingCustomer;
        int followUpAttempts;
        int reopenCount;
        List<RecoveryAction> recoveryActions;
        ServiceFailure failure;
        Integer satisfaction;
        CaseChange.SlaTargetsSet sla;
        Slot[] slots;
        List<SlaResult> pastClocks;
        CaseOutcome outcome;
        Instant nextAlert;

        private Draft(CaseId id, Feedback feedback) {
            this.id = id;
            this.state = CaseState.RECEIVED;
            this.cycle = 1;
            this.feedback = feedback;
            this.category = feedback.category();
            this.severity = feedback.severity();
            this.cycleStartedAt = feedback.receivedAt();
            this.recoveryActions = List.of();
            this.slots = new Slot[0];
            this.pastClocks = List.of();
        }

        private Draft(FeedbackCase c) {
            id = c.id;
            version = c.version;
            updatedAt = c.updatedAt;
            state = c.state;
            cycle = c.cycle;
            feedback = c.feedback;
            stage = c.stage;
            category = c.category;
            severity = c.severity;
            priority = c.priority;
            segment = c.segment;
            owner = c.owner;
            team = c.team;
            escalations = c.escalations;
            registeredAt = c.registeredAt;
            cycleStartedAt = c.cycleStartedAt;
            firstResponseAt = c.firstResponseAt;
            respondedAt = c.respondedAt;
            lastUpdateAt = c.lastUpdateAt;
            resolvedAt = c.resolvedAt;
            closedAt = c.closedAt;
            closure = c.closure;
            awaitingCustomer = c.awaitingCustomer;
            followUpAttempts = c.followUpAttempts;
            reopenCount = c.reopenCount;
            recoveryActions = c.recoveryActions;
            failure = c.failure;
            satisfaction = c.satisfaction;
            sla = c.sla;
            slots = c.slots;
            pastClocks = c.pastClocks;
            outcome = c.outcome;
            nextAlert = c.nextAlert;
        }

        Slot slot(SlaTarget target) {
            for (Slot s : slots) {
                if (s.clock.target().equals(target)) {
                    return s;
                }
            }
            return null;
        }

        FeedbackCase build() {
            return new FeedbackCase(this);
        }
    }
}
