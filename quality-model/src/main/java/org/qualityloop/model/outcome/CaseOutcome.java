package org.qualityloop.model.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The outcome of a closed feedback case, as metrics consume it: where the feedback came from and
 * how it was classified, when it was received, first answered, resolved and closed, how it was
 * closed, its SLA results for every cycle, how often it was reopened and escalated, the recovery
 * actions taken and the customer's satisfaction at the follow-up.
 *
 * <p>It holds no personal data and no free text, so it can be exported and aggregated freely.
 * Times are wall-clock instants; working-time figures are in the {@link SlaResult}s. After a
 * reopening, {@code resolvedAt} is the last resolution and the SLA results hold one entry per
 * target and cycle. Immutable and thread-safe. Build one with {@link #builder}.
 *
 * @param caseId the case, not null
 * @param feedback the feedback the case was opened for, not null
 * @param channel the channel the feedback arrived on, not null
 * @param touchpoint the touchpoint it was about, if known
 * @param stage the stage of that touchpoint, if known
 * @param category the category it was registered under, not null
 * @param severity its severity grade, not null
 * @param priority its priority when closed; empty when it was rejected before being prioritised
 * @param segment the customer's segment, if known
 * @param team the owner team when closed, if any
 * @param owner the owner when closed, if any
 * @param receivedAt when the feedback was received, not null
 * @param firstResponseAt when the customer first got a response, if they did
 * @param resolvedAt when the case was last resolved; present exactly when it was resolved
 * @param closedAt when the case was closed, not before {@code receivedAt}
 * @param closure how it was closed, not null
 * @param sla the SLA results, one per clock the case ran (every target and cycle)
 * @param reopenCount how often the case was reopened, not negative
 * @param escalationCount how often it was escalated, not negative
 * @param recoveryActions the recovery actions taken, in order
 * @param satisfaction the customer's satisfaction at the follow-up on the CSAT scale 1–5, if given
 */
public record CaseOutcome(
        CaseId caseId,
        FeedbackId feedback,
        Channel channel,
        Optional<TouchpointId> touchpoint,
        Optional<StageId> stage,
        FeedbackCategory category,
        Severity severity,
        Optional<Priority> priority,
        Optional<CustomerSegment> segment,
        Optional<TeamId> team,
        Optional<AgentId> owner,
        Instant receivedAt,
        Optional<Instant> firstResponseAt,
        Optional<Instant> resolvedAt,
        Instant closedAt,
        Closure closure,
        List<SlaResult> sla,
        int reopenCount,
        int escalationCount,
        List<RecoveryAction> recoveryActions,
        Optional<Integer> satisfaction) {

    /**
     * Validates the outcome and copies its lists.
     *
     * @param caseId the case, not null
     * @param feedback the feedback the case was opened for, not null
     * @param channel the channel the feedback arrived on, not null
     * @param touchpoint the touchpoint it was about, if known
     * @param stage the stage of that touchpoint, if known
     * @param category the category it was registered under, not null
     * @param severity its severity grade, not null
     * @param priority its priority when closed; empty when it was rejected before being prioritised
     * @param segment the customer's segment, if known
     * @param team the owner team when closed, if any
     * @param owner the owner when closed, if any
     * @param receivedAt when the feedback was received, not null
     * @param firstResponseAt when the customer first got a response, if they did
     * @param resolvedAt when the case was last resolved; present exactly when it was resolved
     * @param closedAt when the case was closed, not before {@code receivedAt}
     * @param closure how it was closed, not null
     * @param sla the SLA results, one per clock the case ran (every target and cycle)
     * @param reopenCount how often the case was reopened, not negative
     * @param escalationCount how often it was escalated, not negative
     * @param recoveryActions the recovery actions taken, in order
     * @param satisfaction the customer's satisfaction at the follow-up on the CSAT scale 1–5, if
     *     given
     * @throws IllegalArgumentException when an instant is out of order, a count is negative, the
     *     satisfaction is outside 1–5, or the closure contradicts the resolution (a rejected case
     *     with a resolution or a reopening, a resolved closure without a resolution, a
     *     satisfaction on a case closed unreachable or rejected)
     */
    public CaseOutcome {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(feedback, "feedback");
        Checks.notNull(channel, "channel");
        Checks.notNull(touchpoint, "touchpoint");
        Checks.notNull(stage, "stage");
        Checks.notNull(category, "category");
        Checks.notNull(severity, "severity");
        Checks.notNull(priority, "priority");
        Checks.notNull(segment, "segment");
        Checks.notNull(team, "team");
        Checks.notNull(owner, "owner");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(firstResponseAt, "firstResponseAt");
        Checks.notNull(resolvedAt, "resolvedAt");
        Checks.notNull(closedAt, "closedAt");
        Checks.notNull(closure, "closure");
        sla = Checks.listCopy(sla, "sla");
        recoveryActions = Checks.listCopy(recoveryActions, "recoveryActions");
        Checks.notNull(satisfaction, "satisfaction");
        notBefore(closedAt, receivedAt, "closedAt", "receivedAt");
        firstResponseAt.ifPresent(t -> within(t, receivedAt, closedAt, "firstResponseAt"));
        resolvedAt.ifPresent(t -> within(t, receivedAt, closedAt, "resolvedAt"));
        if (reopenCount < 0) {
            throw new IllegalArgumentException("reopenCount must not be negative, but was " + reopenCount);
        }
        if (escalationCount < 0) {
            throw new IllegalArgumentException("escalationCount must not be negative, but was " + escalationCount);
        }
        satisfaction.ifPresent(s -> Checks.between(s, 1, 5, "satisfaction"));
        if (closure == Closure.REJECTED && resolvedAt.isPresent()) {
            throw new IllegalArgumentException("resolvedAt must be empty when closure is REJECTED, but was "
                    + resolvedAt.get());
        }
        if (closure == Closure.REJECTED && reopenCount > 0) {
            throw new IllegalArgumentException("reopenCount must be 0 when closure is REJECTED, but was "
                    + reopenCount);
        }
        if (closure != Closure.REJECTED && resolvedAt.isEmpty()) {
            throw new IllegalArgumentException("resolvedAt must be present when closure is " + closure
                    + ", but was empty");
        }
        if (closure != Closure.CONFIRMED && satisfaction.isPresent()) {
            throw new IllegalArgumentException("satisfaction must be empty when closure is " + closure
                    + ", but was " + satisfaction.get());
        }
    }

    private static void notBefore(Instant t, Instant bound, String field, String boundName) {
        if (t.isBefore(bound)) {
            throw new IllegalArgumentException(field + " must not be before " + boundName + " " + bound
                    + ", but was " + t);
        }
    }

    private static void within(Instant t, Instant from, Instant to, String field) {
        if (t.isBefore(from) || t.isAfter(to)) {
            throw new IllegalArgumentException(field + " must be between receivedAt " + from + " and closedAt " + to
                    + ", but was " + t);
        }
    }

    /**
     * Starts an outcome. Defaults: no touchpoint, stage, priority, segment, team or owner, no
     * first response, no SLA results, no reopening or escalation, no
     * recovery actions, no satisfaction.
     *
     * @param caseId the case, not null
     * @param feedback the feedback, not null
     * @param channel the channel, not null
     * @param category the category, not null
     * @param severity the severity, not null
     * @param receivedAt when the feedback was received, not null
     * @return a new builder
     */
    public static Builder builder(CaseId caseId, FeedbackId feedback, Channel channel, FeedbackCategory category,
            Severity severity, Instant receivedAt) {
        return new Builder(caseId, feedback, channel, category, severity, receivedAt);
    }

    /**
     * Tells whether the case was resolved (closed confirmed or unreachable, not rejected).
     *
     * @return true unless the closure is {@link Closure#REJECTED}
     */
    public boolean isResolved() {
        return closure != Closure.REJECTED;
    }

    /**
     * Tells whether the case was reopened at least once.
     *
     * @return true when {@code reopenCount > 0}
     */
    public boolean wasReopened() {
        return reopenCount > 0;
    }

    /**
     * The wall-clock time from receipt to the first response.
     *
     * @return the duration, or empty when the customer never got a response
     */
    public Optional<Duration> firstResponseTime() {
        return firstResponseAt.map(t -> Duration.between(receivedAt, t));
    }

    /**
     * The wall-clock time from receipt to the (last) resolution.
     *
     * @return the duration, or empty for a rejected case
     */
    public Optional<Duration> resolutionTime() {
        return resolvedAt.map(t -> Duration.between(receivedAt, t));
    }

    /**
     * The SLA results of one target, in cycle order.
     *
     * @param target the target, not null
     * @return the results, possibly empty
     */
    public List<SlaResult> sla(SlaTarget target) {
        Checks.notNull(target, "target");
        List<SlaResult> r = new ArrayList<>();
        for (SlaResult s : sla) {
            if (s.target().equals(target)) {
                r.add(s);
            }
        }
        return List.copyOf(r);
    }

    /**
     * The case's verdict for one SLA target over all its cycles: {@link SlaStatus#BREACHED} when
     * any of its clocks for the target was breached, else {@link SlaStatus#MET} when at least one
     * was met, else empty (the target was not measured, or every clock for it was cancelled).
     *
     * @param target the target, not null
     * @return the verdict, {@code MET} or {@code BREACHED}, or empty
     */
    public Optional<SlaStatus> slaVerdict(SlaTarget target) {
        Checks.notNull(target, "target");
        boolean met = false;
        for (SlaResult s : sla) {
            if (s.target().equals(target)) {
                if (s.breached()) {
                    return Optional.of(SlaStatus.BREACHED);
                }
                met |= s.met();
            }
        }
        return met ? Optional.of(SlaStatus.MET) : Optional.empty();
    }

    /** A mutable, single-threaded builder of {@link CaseOutcome}. */
    public static final class Builder {
        private final CaseId caseId;
        private final FeedbackId feedback;
        private final Channel channel;
        private final FeedbackCategory category;
        private final Severity severity;
        private final Instant receivedAt;
        private Optional<TouchpointId> touchpoint = Optional.empty();
        private Optional<StageId> stage = Optional.empty();
        private Optional<Priority> priority = Optional.empty();
        private Optional<CustomerSegment> segment = Optional.empty();
        private Optional<TeamId> team = Optional.empty();
        private Optional<AgentId> owner = Optional.empty();
        private Optional<Instant> firstResponseAt = Optional.empty();
        private Optional<Instant> resolvedAt = Optional.empty();
        private final List<SlaResult> sla = new ArrayList<>();
        private int reopenCount;
        private int escalationCount;
        private final List<RecoveryAction> recoveryActions = new ArrayList<>();
        private Optional<Integer> satisfaction = Optional.empty();

        private Builder(CaseId caseId, FeedbackId feedback, Channel channel, FeedbackCategory category,
                Severity severity, Instant receivedAt) {
            this.caseId = Checks.notNull(caseId, "caseId");
            this.feedback = Checks.notNull(feedback, "feedback");
            this.channel = Checks.notNull(channel, "channel");
            this.category = Checks.notNull(category, "category");
            this.severity = Checks.notNull(severity, "severity");
            this.receivedAt = Checks.notNull(receivedAt, "receivedAt");
        }

        /**
         * Sets the touchpoint the feedback was about; unset, the outcome has none.
         *
         * @param value the touchpoint, not null
         * @return this builder
         */
        public Builder touchpoint(TouchpointId value) {
            touchpoint = Optional.of(Checks.notNull(value, "touchpoint"));
            return this;
        }

        /**
         * Sets the stage of that touchpoint; unset, the outcome has none.
         *
         * @param value the stage, not null
         * @return this builder
         */
        public Builder stage(StageId value) {
            stage = Optional.of(Checks.notNull(value, "stage"));
            return this;
        }

        /**
         * Sets the priority the case had when closed; leave it unset for a case rejected before it
         * was prioritised.
         *
         * @param value the priority, not null
         * @return this builder
         */
        public Builder priority(Priority value) {
            priority = Optional.of(Checks.notNull(value, "priority"));
            return this;
        }

        /**
         * Sets the customer's segment; unset, the outcome has none.
         *
         * @param value the customer segment, not null
         * @return this builder
         */
        public Builder segment(CustomerSegment value) {
            segment = Optional.of(Checks.notNull(value, "segment"));
            return this;
        }

        /**
         * Sets the team that owned the case when it was closed; unset, the outcome has none.
         *
         * @param value the owner team, not null
         * @return this builder
         */
        public Builder team(TeamId value) {
            team = Optional.of(Checks.notNull(value, "team"));
            return this;
        }

        /**
         * Sets the agent who owned the case when it was closed; unset, the outcome has none.
         *
         * @param value the owner, not null
         * @return this builder
         */
        public Builder owner(AgentId value) {
            owner = Optional.of(Checks.notNull(value, "owner"));
            return this;
        }

        /**
         * Sets when the customer first got a response; leave it unset when they never did.
         *
         * @param value when the first response was given, not null
         * @return this builder
         */
        public Builder firstResponseAt(Instant value) {
            firstResponseAt = Optional.of(Checks.notNull(value, "firstResponseAt"));
            return this;
        }

        /**
         * Sets when the case was last resolved; set it exactly when the case was resolved.
         *
         * @param value when the case was (last) resolved, not null
         * @return this builder
         */
        public Builder resolvedAt(Instant value) {
            resolvedAt = Optional.of(Checks.notNull(value, "resolvedAt"));
            return this;
        }

        /**
         * Adds one SLA result, for one target and one cycle; call it once per clock the case ran.
         *
         * @param value an SLA result to add, not null
         * @return this builder
         */
        public Builder sla(SlaResult value) {
            sla.add(Checks.notNull(value, "sla"));
            return this;
        }

        /**
         * Sets how often the case was reopened; 0 unless set.
         *
         * @param value how often the case was reopened, not negative (checked when the outcome is
         *     built)
         * @return this builder
         */
        public Builder reopenCount(int value) {
            reopenCount = value;
            return this;
        }

        /**
         * Sets how often the case was escalated; 0 unless set.
         *
         * @param value how often the case was escalated, not negative (checked when the outcome is
         *     built)
         * @return this builder
         */
        public Builder escalationCount(int value) {
            escalationCount = value;
            return this;
        }

        /**
         * Adds a recovery action after those already added.
         *
         * @param value a recovery action to add, not null
         * @return this builder
         */
        public Builder recoveryAction(RecoveryAction value) {
            recoveryActions.add(Checks.notNull(value, "recoveryAction"));
            return this;
        }

        /**
         * Sets the customer's satisfaction at the follow-up; leave it unset when none was given.
         *
         * @param value the satisfaction on the CSAT scale, 1 to 5 (checked when the outcome is
         *     built)
         * @return this builder
         */
        public Builder satisfaction(int value) {
            satisfaction = Optional.of(value);
            return this;
        }

        /**
         * Builds the outcome.
         *
         * @param closedAt when the case was closed, not null
         * @param closure how it was closed, not null
         * @return the outcome
         * @throws IllegalArgumentException when the values break a rule of {@link CaseOutcome}
         */
        public CaseOutcome build(Instant closedAt, Closure closure) {
            return new CaseOutcome(caseId, feedback, channel, touchpoint, stage, category, severity, priority,
                    segment, team, owner, receivedAt, firstResponseAt, resolvedAt, closedAt, closure, sla,
                    reopenCount, escalationCount, recoveryActions, satisfaction);
        }
    }
}
