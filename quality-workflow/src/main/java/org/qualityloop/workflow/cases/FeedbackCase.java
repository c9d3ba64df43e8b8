package org.qualityloop.workflow.cases;

import java.time.Instant;
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
 * <p>Inside, a case is its place in the history (version, state, cycle) and a few immutable
 * parts that change together — what it is about, who owns it, when things happened, how it is
 * handled, its SLA clocks — so an event replaces only the parts it changes.
 *
 * <p>The customer's personal data and free text are inside {@link #feedback()} and never appear
 * in {@link #toString()}.
 *
 * <p>Longer than our usual 400 lines because of its read-only accessors and their Javadoc, about
 * half of the file; the state itself sits in five small immutable parts.
 */
public final class FeedbackCase {

    /** {@code Optional.of} each priority, by ordinal: shared, as a priority is read after every event. */
    private static final List<Optional<Priority>> PRIORITIES =
            java.util.Arrays.stream(Priority.values()).map(Optional::of).toList();

    private final CaseId id;
    private final long version;
    private final Instant updatedAt;
    private final CaseState state;
    private final int cycle;
    private final Feedback feedback;
    private final Classification classification;
    private final Ownership ownership;
    private final Timeline timeline;
    private final Handling handling;
    private final SlaClocks clocks;
    /**
     * The outcome of a closed case, or null: made from the case's parts on first use (most
     * closed cases reach a store that keeps them, and nothing on the command path reads it),
     * as the closing event left them — a closed case changes only by reopening, which makes an
     * open case. {@link CaseOutcome} is an immutable record, so a race only makes it twice.
     */
    private CaseOutcome outcome;

    FeedbackCase(CaseId id, long version, Instant updatedAt, CaseState state, int cycle, Feedback feedback,
            Classification classification, Ownership ownership, Timeline timeline, Handling handling,
            SlaClocks clocks, CaseOutcome outcome) {
        this.id = id;
        this.version = version;
        this.updatedAt = updatedAt;
        this.state = state;
        this.cycle = cycle;
        this.feedback = feedback;
        this.classification = classification;
        this.ownership = ownership;
        this.timeline = timeline;
        this.handling = handling;
        this.clocks = clocks;
        this.outcome = outcome;
    }

    // ------------------------------------------------------------------ identity and place

    /**
     * Returns the case's identifier.
     *
     * @return the case's identifier
     */
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

    /**
     * Returns where the case stands in the lifecycle.
     *
     * @return where the case stands in the lifecycle
     */
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
     * The feedback the case was opened for; after a rejection its validity carries the verdict,
     * and after a reclassification that gave the customer's zone its zone is that one.
     * Holds the customer's reference and words: handle as personal data.
     *
     * @return the feedback
     */
    public Feedback feedback() {
        return feedback;
    }

    /**
     * Returns the stage of the service process the feedback concerns, if known.
     *
     * @return the stage of the service process the feedback concerns, if known
     */
    public Optional<StageId> stage() {
        return Optional.ofNullable(classification.stage());
    }

    /**
     * Returns the category: as registered, or the feedback's own before registration.
     *
     * @return the category: as registered, or the feedback's own before registration
     */
    public FeedbackCategory category() {
        return classification.category();
    }

    /**
     * Returns the severity: as registered, or the feedback's own before registration.
     *
     * @return the severity: as registered, or the feedback's own before registration
     */
    public Severity severity() {
        return classification.severity();
    }

    /**
     * Returns the priority, once registered.
     *
     * @return the priority, once registered
     */
    public Optional<Priority> priority() {
        Priority p = classification.priority();
        return p == null ? Optional.empty() : PRIORITIES.get(p.ordinal());
    }

    /**
     * Returns the customer's segment, if given at registration.
     *
     * @return the customer's segment, if given at registration
     */
    public Optional<CustomerSegment> segment() {
        return Optional.ofNullable(classification.segment());
    }

    /**
     * Returns the current owner, once assigned.
     *
     * @return the current owner, once assigned
     */
    public Optional<AgentId> owner() {
        return ownership.ownerIfAny();
    }

    /**
     * Returns the owner's team, if given with the last assignment or escalation.
     *
     * @return the owner's team, if given with the last assignment or escalation
     */
    public Optional<TeamId> team() {
        return Optional.ofNullable(ownership.team());
    }

    /**
     * How often the case was escalated to the next owner level; the closed case's
     * {@link CaseOutcome#escalationCount()} carries the same number.
     *
     * @return the count, 0 when never escalated
     */
    public int escalationCount() {
        return ownership.escalationCount();
    }

    /**
     * What the SLA policy reads: priority, severity, channel, category and segment, which its rules
     * match on, and the customer's time zone ({@link Feedback#zone()}), which targets measured in
     * the case's zone use.
     *
     * @return the case's SLA context
     */
    public SlaContext slaContext() {
        return new SlaContext(priority(), Optional.of(classification.severity()), Optional.of(feedback.channel()),
                Optional.of(classification.category()), segment(), feedback.zone());
    }

    // ------------------------------------------------------------------ timeline

    /**
     * Returns when the feedback was received.
     *
     * @return when the feedback was received
     */
    public Instant receivedAt() {
        return feedback.receivedAt();
    }

    /**
     * Returns when the case was registered.
     *
     * @return when the case was registered
     */
    public Optional<Instant> registeredAt() {
        return Optional.ofNullable(timeline.registeredAt());
    }

    /**
     * Returns when the current cycle began: the reception, or the last reopening.
     *
     * @return when the current cycle began: the reception, or the last reopening
     */
    public Instant cycleStartedAt() {
        return timeline.cycleStartedAt();
    }

    /**
     * Returns when the customer first got a response, in any cycle.
     *
     * @return when the customer first got a response, in any cycle
     */
    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(timeline.firstResponseAt());
    }

    /**
     * Returns when the customer got the first response of the current cycle.
     *
     * @return when the customer got the first response of the current cycle
     */
    public Optional<Instant> respondedAt() {
        return Optional.ofNullable(timeline.respondedAt());
    }

    /**
     * Returns when the customer last got a response or an update in the current cycle.
     *
     * @return when the customer last got a response or an update in the current cycle
     */
    public Optional<Instant> lastUpdateAt() {
        return Optional.ofNullable(timeline.lastUpdateAt());
    }

    /**
     * Returns when the case was last resolved, in any cycle.
     *
     * @return when the case was last resolved, in any cycle
     */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(timeline.resolvedAt());
    }

    /**
     * Returns when the case was closed or rejected; empty while open.
     *
     * @return when the case was closed or rejected; empty while open
     */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(timeline.closedAt());
    }

    /**
     * Returns how the case was closed; empty while open.
     *
     * @return how the case was closed; empty while open
     */
    public Optional<Closure> closure() {
        return Optional.ofNullable(timeline.closure());
    }

    // ------------------------------------------------------------------ handling

    /**
     * Returns whether the case is waiting on the customer (the resolution clock is paused).
     *
     * @return whether the case is waiting on the customer (the resolution clock is paused)
     */
    public boolean awaitingCustomer() {
        return handling.awaitingCustomer();
    }

    /**
     * The follow-up attempts of the current cycle that failed to reach the customer; the case
     * closes as unreachable when they reach the lifecycle's
     * {@link FeedbackLifecycle#maxFollowUpAttempts()}.
     *
     * @return the failed attempts, 0 at the start of every cycle
     */
    public int failedFollowUps() {
        return handling.failedFollowUps();
    }

    /**
     * Returns how often the case was reopened.
     *
     * @return how often the case was reopened
     */
    public int reopenCount() {
        return handling.reopenCount();
    }

    /**
     * Returns the recovery actions recorded, in order; unmodifiable.
     *
     * @return the recovery actions recorded, in order; unmodifiable
     */
    public List<RecoveryAction> recoveryActions() {
        return handling.recoveryActions();
    }

    /**
     * Returns the service failure diagnosed at the last resolution, if any.
     *
     * @return the service failure diagnosed at the last resolution, if any
     */
    public Optional<ServiceFailure> failure() {
        return Optional.ofNullable(handling.failure());
    }

    /**
     * Returns the customer's satisfaction (1–5) given at the confirming follow-up.
     *
     * @return the customer's satisfaction (1–5) given at the confirming follow-up
     */
    public Optional<Integer> satisfaction() {
        return Optional.ofNullable(handling.satisfaction());
    }

    /**
     * Returns the rejection verdict of a rejected case.
     *
     * @return the rejection verdict of a rejected case
     */
    public Optional<Validity> rejection() {
        return state == CaseState.REJECTED ? Optional.of(feedback.validity()) : Optional.empty();
    }

    // ------------------------------------------------------------------ SLA

    /**
     * Returns the SLA targets the case runs against, once set.
     *
     * @return the SLA targets the case runs against, once set
     */
    public Optional<CaseChange.SlaTargetsSet> slaTargets() {
        return clocks.targets();
    }

    /**
     * The SLA clocks of the current cycle, one per target, in target order.
     *
     * @return the clocks, unmodifiable
     */
    public List<SlaClock> clocks() {
        return clocks.clocks();
    }

    /**
     * The earliest instant at which an SLA warning or breach of the current cycle falls due and
     * is not yet recorded: the SLA monitor's key for this case, and the first instant at which
     * {@link FeedbackLifecycle#dueAlerts} finds something. A warning falls due when its threshold
     * is reached; a breach one nanosecond after the deadline (or after the breach instant a
     * re-target kept), the clock being breached only strictly after it; a paused clock falls due
     * only for what it reached before its pause.
     *
     * @return the instant, or empty when nothing will fall due (closed, nothing running, every
     *     alert recorded, or every running clock paused)
     */
    public Optional<Instant> nextSlaAlert() {
        return Optional.ofNullable(clocks.nextAlert());
    }

    /**
     * The current cycle's clock of a target.
     *
     * @param target the target, not null
     * @return the clock, or empty when none runs for the target in this cycle
     */
    public Optional<SlaClock> clock(SlaTarget target) {
        Slot s = clocks.slot(Objects.requireNonNull(target, "target"));
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
        return clocks.warningRecorded(Objects.requireNonNull(target, "target"), warning);
    }

    /**
     * Whether the breach of a target's current clock was recorded.
     *
     * @param target the target, not null
     * @return true when the SLA monitor recorded it
     */
    public boolean breachRecorded(SlaTarget target) {
        return clocks.breachRecorded(Objects.requireNonNull(target, "target"));
    }

    /**
     * The read-outs of clocks that are finished and no longer current: those of earlier cycles
     * and replaced next-update clocks, in the order they finished.
     *
     * @return the results, unmodifiable
     */
    public List<SlaResult> pastClocks() {
        return clocks.past();
    }

    /**
     * The outcome metrics consume, once the case is closed or rejected.
     *
     * @return the outcome; empty while the case is open
     */
    public Optional<CaseOutcome> outcome() {
        return Optional.ofNullable(outcomeOrNull());
    }

    // ------------------------------------------------------------------ the parts, for the fold

    Classification classification() {
        return classification;
    }

    Ownership ownership() {
        return ownership;
    }

    Timeline timeline() {
        return timeline;
    }

    Handling handling() {
        return handling;
    }

    SlaClocks slaClocks() {
        return clocks;
    }

    /** This case with another form of its feedback (personal data joined or erased); shares every other part. */
    FeedbackCase withFeedback(Feedback other) {
        return new FeedbackCase(id, version, updatedAt, state, cycle, other, classification, ownership, timeline,
                handling, clocks, outcome);
    }

    /** The outcome, made on first use of a closed case; null while the case is open. */
    CaseOutcome outcomeOrNull() {
        if (state.isOpen()) {
            return null;
        }
        CaseOutcome o = outcome;
        if (o == null) {
            o = CaseFold.outcomeOf(this);
            outcome = o;
        }
        return o;
    }

    // ------------------------------------------------------------------ Object

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedbackCase c && version == c.version && cycle == c.cycle && state == c.state
                && id.equals(c.id) && updatedAt.equals(c.updatedAt) && feedback.equals(c.feedback)
                && classification.equals(c.classification) && ownership.equals(c.ownership)
                && timeline.equals(c.timeline) && handling.equals(c.handling) && clocks.equals(c.clocks)
                && Objects.equals(outcomeOrNull(), c.outcomeOrNull());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, state, cycle, ownership.owner(), classification.priority(),
                timeline.closedAt());
    }

    /** Returns identity, place, classification and owner; never personal data or free text. */
    @Override
    public String toString() {
        Priority priority = classification.priority();
        AgentId owner = ownership.owner();
        return "FeedbackCase[id=" + id + ", version=" + version + ", state=" + state + ", cycle=" + cycle
                + ", category=" + classification.category() + ", severity=" + classification.severity()
                + ", priority=" + (priority == null ? "-" : priority)
                + ", owner=" + (owner == null ? "-" : owner) + ", escalationCount=" + ownership.escalationCount()
                + ", reopenCount=" + handling.reopenCount() + "]";
    }
}
