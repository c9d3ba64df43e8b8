package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaContext;
import org.qualityloop.model.sla.SlaPauseCondition;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;

/**
 * What happened to a feedback case: the payload of one {@link CaseEvent} of its history. Each
 * change is an immutable record, validated on construction, of exactly one {@link CaseEventType}.
 *
 * <p>Callers send the changes they make (register, respond, resolve…) in a command; the engine
 * adds the {@linkplain CaseEventType#isSystem() system changes} itself: the SLA targets it took
 * from the policy ({@link SlaTargetsSet}, after registering, a priority change, a
 * reclassification or a recompute),
 * warnings and breaches found by the SLA monitor, and escalations its rules decide. Because the
 * targets are recorded as facts, replaying a history gives the same case even after the policy
 * changed.
 *
 * <p>Free text (a rectification plan, a reopening reason, a knowledge entry) is the staff's
 * wording, never shown by {@code toString()}. JSON: an object with a {@code "type"} property
 * naming the change (see {@code docs/workflow.md}).
 *
 * <p>Longer than our usual 400 lines on purpose: the closed family of event payloads is kept in one
 * file, so the whole vocabulary of a history reads in one place.
 */
public sealed interface CaseChange {

    /**
     * The kind of this change, the event the lifecycle's state machine fires for it.
     *
     * @return the type, never null
     */
    CaseEventType type();

    // ------------------------------------------------------------------ shared instances

    /**
     * Returns the first-response change, a shared instance.
     *
     * @return the first-response change, a shared instance
     */
    static Responded responded() {
        return Responded.INSTANCE;
    }

    /**
     * Returns the customer-update change, a shared instance.
     *
     * @return the customer-update change, a shared instance
     */
    static CustomerUpdated customerUpdated() {
        return CustomerUpdated.INSTANCE;
    }

    /**
     * Returns the waiting-on-the-customer change, a shared instance.
     *
     * @return the waiting-on-the-customer change, a shared instance
     */
    static AwaitingCustomer awaitingCustomer() {
        return AwaitingCustomer.INSTANCE;
    }

    /**
     * Returns the customer-replied change, a shared instance.
     *
     * @return the customer-replied change, a shared instance
     */
    static CustomerReplied customerReplied() {
        return CustomerReplied.INSTANCE;
    }

    /**
     * Returns the follow-up-started change, a shared instance.
     *
     * @return the follow-up-started change, a shared instance
     */
    static FollowUpStarted followUpStarted() {
        return FollowUpStarted.INSTANCE;
    }

    /**
     * Returns the follow-up-failed change, a shared instance.
     *
     * @return the follow-up-failed change, a shared instance
     */
    static FollowUpFailed followUpFailed() {
        return FollowUpFailed.INSTANCE;
    }

    // ------------------------------------------------------------------ the changes

    /**
     * The case is opened for a piece of feedback, valid or not (invalid feedback is rejected
     * afterwards, with its reason, never dropped). The SLA clocks of the first cycle count from
     * the feedback's {@link Feedback#receivedAt()}.
     *
     * @param feedback the feedback, not null
     * @param stage the stage of the service process it concerns, if known; the engine fills it
     *     from the feedback's touchpoint when it knows the process
     */
    record Received(Feedback feedback, Optional<StageId> stage) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param feedback the feedback, not null
         * @param stage the stage of the service process it concerns, if known; the engine fills it
         *     from the feedback's touchpoint when it knows the process
         */
        public Received {
            Checks.notNull(feedback, "feedback");
            Checks.notNull(stage, "stage");
        }

        /**
         * A reception without a known stage.
         *
         * @param feedback the feedback, not null
         * @return the change
         */
        public static Received of(Feedback feedback) {
            return new Received(feedback, Optional.empty());
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.RECEIVE;
        }
    }

    /**
     * Registered (問題登記): classified, graded, prioritised and assigned to an owner.
     *
     * @param category the category it is registered under, not null
     * @param severity its severity grade, not null
     * @param priority its priority, which selects the SLA targets, not null
     * @param owner the owner (責任人), not null
     * @param team the owner's team, if any
     * @param segment the customer's segment, if known (SLA rules may match on it)
     */
    record Registered(FeedbackCategory category, Severity severity, Priority priority, AgentId owner,
            Optional<TeamId> team, Optional<CustomerSegment> segment) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param category the category it is registered under, not null
         * @param severity its severity grade, not null
         * @param priority its priority, which selects the SLA targets, not null
         * @param owner the owner (責任人), not null
         * @param team the owner's team, if any
         * @param segment the customer's segment, if known (SLA rules may match on it)
         */
        public Registered {
            Checks.notNull(category, "category");
            Checks.notNull(severity, "severity");
            Checks.notNull(priority, "priority");
            Checks.notNull(owner, "owner");
            Checks.notNull(team, "team");
            Checks.notNull(segment, "segment");
        }

        /**
         * A registration without team or segment.
         *
         * @param category the category, not null
         * @param severity the severity, not null
         * @param priority the priority, not null
         * @param owner the owner, not null
         * @return the change
         */
        public static Registered of(FeedbackCategory category, Severity severity, Priority priority, AgentId owner) {
            return new Registered(category, severity, priority, owner, Optional.empty(), Optional.empty());
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.REGISTER;
        }
    }

    /**
     * Rejected as invalid or malicious feedback; the case is kept with the reason and closes.
     * Only a case that was never reopened can be rejected.
     *
     * @param verdict the verdict, {@code INVALID} or {@code MALICIOUS} with its reason
     */
    record Rejected(Validity verdict) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param verdict the verdict, {@code INVALID} or {@code MALICIOUS} with its reason
         * @throws IllegalArgumentException when the verdict is "valid"
         */
        public Rejected {
            Checks.notNull(verdict, "verdict");
            if (verdict.isValid()) {
                throw new IllegalArgumentException("verdict must be INVALID or MALICIOUS, but was VALID");
            }
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.REJECT;
        }

        @Override
        public String toString() {
            return "Rejected[" + verdict.status() + "]";
        }
    }

    /**
     * A (new) owner for the case; in a reopened case this also registers the new cycle.
     *
     * @param owner the owner, not null
     * @param team the owner's team, if any
     */
    record Assigned(AgentId owner, Optional<TeamId> team) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param owner the owner, not null
         * @param team the owner's team, if any
         */
        public Assigned {
            Checks.notNull(owner, "owner");
            Checks.notNull(team, "team");
        }

        /**
         * An assignment without a team.
         *
         * @param owner the owner, not null
         * @return the change
         */
        public static Assigned to(AgentId owner) {
            return new Assigned(owner, Optional.empty());
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.ASSIGN;
        }
    }

    /**
     * Escalated to the next owner level: the case gets a new owner and its escalation level rises
     * by one. Allowed in every open state.
     *
     * @param to the new owner, not null
     * @param team the new owner's team, if any
     * @param reason why, e.g. {@code "resolution breached"}; not blank
     */
    record Escalated(AgentId to, Optional<TeamId> team, String reason) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param to the new owner, not null
         * @param team the new owner's team, if any
         * @param reason why, e.g. {@code "resolution breached"}; not blank
         */
        public Escalated {
            Checks.notNull(to, "to");
            Checks.notNull(team, "team");
            Checks.notBlank(reason, "reason");
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.ESCALATE;
        }

        @Override
        public String toString() {
            return "Escalated[to=" + to + ", team=" + team.map(Object::toString).orElse("-") + ", reason=<"
                    + reason.length() + " chars>]";
        }
    }

    /**
     * A new priority. The engine follows it with the targets of the new priority, re-targeting the
     * running clocks from their original start (a clock already breached stays breached).
     *
     * @param priority the new priority, not null
     */
    record PriorityChanged(Priority priority) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param priority the new priority, not null
         */
        public PriorityChanged {
            Checks.notNull(priority, "priority");
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.CHANGE_PRIORITY;
        }
    }

    /**
     * A new category, severity, customer segment or customer time zone (at least one of them), e.g.
     * a complaint found to be about billing rather than delivery, or a travelling customer's zone
     * corrected. Like a priority change, the engine follows it with the targets the policy now
     * gives the case (see {@link SlaTargetsSet}); a new zone moves the clocks the policy measures
     * in the case's zone onto it, recomputed from their start. The channel is not among them: it is
     * where the feedback came in, fixed at receipt.
     *
     * @param category the new category, or empty to keep it
     * @param severity the new severity, or empty to keep it
     * @param segment the customer's new segment, or empty to keep it
     * @param zone the customer's new time zone ({@link Feedback#zone()}), or empty to keep it
     */
    record Reclassified(Optional<FeedbackCategory> category, Optional<Severity> severity,
            Optional<CustomerSegment> segment, Optional<ZoneId> zone) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param category the new category, or empty to keep it
         * @param severity the new severity, or empty to keep it
         * @param segment the customer's new segment, or empty to keep it
         * @param zone the customer's new time zone, or empty to keep it
         * @throws IllegalArgumentException when all four are empty
         */
        public Reclassified {
            Checks.notNull(category, "category");
            Checks.notNull(severity, "severity");
            Checks.notNull(segment, "segment");
            Checks.notNull(zone, "zone");
            if (category.isEmpty() && severity.isEmpty() && segment.isEmpty() && zone.isEmpty()) {
                throw new IllegalArgumentException(
                        "category, severity, segment and zone must not all be empty, but were");
            }
        }

        /**
         * A reclassification that keeps the customer's time zone: the form every reclassification
         * had before zones were recorded.
         *
         * @param category the new category, or empty to keep it
         * @param severity the new severity, or empty to keep it
         * @param segment the customer's new segment, or empty to keep it
         * @throws IllegalArgumentException when all three are empty
         */
        public Reclassified(Optional<FeedbackCategory> category, Optional<Severity> severity,
                Optional<CustomerSegment> segment) {
            this(category, severity, segment, Optional.empty());
        }

        /**
         * A new customer time zone only.
         *
         * @param zone the new zone, not null
         * @return the change
         */
        public static Reclassified zone(ZoneId zone) {
            return new Reclassified(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(Checks.notNull(zone, "zone")));
        }

        /**
         * A new category only.
         *
         * @param category the new category, not null
         * @return the change
         */
        public static Reclassified category(FeedbackCategory category) {
            return new Reclassified(Optional.of(Checks.notNull(category, "category")), Optional.empty(),
                    Optional.empty());
        }

        /**
         * A new customer segment only.
         *
         * @param segment the new segment, not null
         * @return the change
         */
        public static Reclassified segment(CustomerSegment segment) {
            return new Reclassified(Optional.empty(), Optional.empty(),
                    Optional.of(Checks.notNull(segment, "segment")));
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.RECLASSIFY;
        }
    }

    /** The first response of a cycle (快速響應): the first-response clock stops. */
    record Responded() implements CaseChange {
        static final Responded INSTANCE = new Responded();

        @Override
        public CaseEventType type() {
            return CaseEventType.RESPOND;
        }
    }

    /** A progress update to the customer: the next-update clock starts over. */
    record CustomerUpdated() implements CaseChange {
        static final CustomerUpdated INSTANCE = new CustomerUpdated();

        @Override
        public CaseEventType type() {
            return CaseEventType.UPDATE_CUSTOMER;
        }
    }

    /** Waiting on the customer (for information, for a test): the resolution clock pauses. */
    record AwaitingCustomer() implements CaseChange {
        static final AwaitingCustomer INSTANCE = new AwaitingCustomer();

        @Override
        public CaseEventType type() {
            return CaseEventType.AWAIT_CUSTOMER;
        }
    }

    /** The customer answered: the resolution clock resumes. */
    record CustomerReplied() implements CaseChange {
        static final CustomerReplied INSTANCE = new CustomerReplied();

        @Override
        public CaseEventType type() {
            return CaseEventType.CUSTOMER_REPLIED;
        }
    }

    /**
     * Corrective actions begin (整改跟蹤).
     *
     * @param plan what will be done, in the staff's words; not blank, never personal data
     */
    record RectificationStarted(String plan) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param plan what will be done, in the staff's words; not blank, never personal data
         */
        public RectificationStarted {
            Checks.notBlank(plan, "plan");
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.START_RECTIFICATION;
        }

        @Override
        public String toString() {
            return "RectificationStarted[plan=<" + plan.length() + " chars>]";
        }
    }

    /**
     * A service-recovery action taken (apology, explanation, fix, compensation, follow-up contact,
     * escalation), recorded against the case.
     *
     * @param action the action, not null
     */
    record RecoveryRecorded(RecoveryAction action) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param action the action, not null
         */
        public RecoveryRecorded {
            Checks.notNull(action, "action");
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.RECORD_RECOVERY;
        }
    }

    /**
     * Resolved, the decision communicated: the resolution clock stops and the follow-up clock
     * starts.
     *
     * @param failure the service failure diagnosed (kind and root cause), if one was
     */
    record Resolved(Optional<ServiceFailure> failure) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param failure the service failure diagnosed (kind and root cause), if one was
         */
        public Resolved {
            Checks.notNull(failure, "failure");
        }

        /**
         * A resolution without a diagnosed failure.
         *
         * @return the change
         */
        public static Resolved plain() {
            return new Resolved(Optional.empty());
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.RESOLVE;
        }
    }

    /** The follow-up contact (結果回訪) begins: the follow-up clock stops. */
    record FollowUpStarted() implements CaseChange {
        static final FollowUpStarted INSTANCE = new FollowUpStarted();

        @Override
        public CaseEventType type() {
            return CaseEventType.START_FOLLOW_UP;
        }
    }

    /**
     * One follow-up attempt failed to reach the customer. After the lifecycle's configured number
     * of attempts the case closes as unreachable.
     */
    record FollowUpFailed() implements CaseChange {
        static final FollowUpFailed INSTANCE = new FollowUpFailed();

        @Override
        public CaseEventType type() {
            return CaseEventType.FOLLOW_UP_FAILED;
        }
    }

    /**
     * The customer confirmed at the follow-up that the problem is solved; the case closes.
     *
     * @param satisfaction the customer's satisfaction on the CSAT scale 1–5, if asked
     */
    record Confirmed(Optional<Integer> satisfaction) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param satisfaction the customer's satisfaction on the CSAT scale 1–5, if asked
         * @throws IllegalArgumentException when the satisfaction is outside 1–5
         */
        public Confirmed {
            Checks.notNull(satisfaction, "satisfaction");
            satisfaction.ifPresent(s -> Checks.between(s, 1, 5, "satisfaction"));
        }

        /**
         * A confirmation with a satisfaction score.
         *
         * @param satisfaction 1–5
         * @return the change
         */
        public static Confirmed withSatisfaction(int satisfaction) {
            return new Confirmed(Optional.of(satisfaction));
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.CONFIRM;
        }
    }

    /**
     * Reopened because the customer was not satisfied (at the follow-up, or after closing): a new
     * cycle starts with a new first-response clock; the resolution clock restarts or continues as
     * the SLA targets say.
     *
     * @param reason why, in the staff's words; not blank, never personal data
     */
    record Reopened(String reason) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param reason why, in the staff's words; not blank, never personal data
         */
        public Reopened {
            Checks.notBlank(reason, "reason");
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.REOPEN;
        }

        @Override
        public String toString() {
            return "Reopened[reason=<" + reason.length() + " chars>]";
        }
    }

    /**
     * The lesson of a typical case for the knowledge base (數據沉淀): the problem, its root cause
     * and the fix. Allowed once the case is resolved; the engine adds it to its knowledge base
     * under the case's category and touchpoint.
     *
     * @param problem the problem, in the staff's words; not blank, never personal data
     * @param rootCause the root-cause category, not null
     * @param fix what fixed it; not blank
     */
    record KnowledgeCaptured(String problem, RootCauseCategory rootCause, String fix) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param problem the problem, in the staff's words; not blank, never personal data
         * @param rootCause the root-cause category, not null
         * @param fix what fixed it; not blank
         */
        public KnowledgeCaptured {
            Checks.notBlank(problem, "problem");
            Checks.notNull(rootCause, "rootCause");
            Checks.notBlank(fix, "fix");
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.CAPTURE_KNOWLEDGE;
        }

        @Override
        public String toString() {
            return "KnowledgeCaptured[rootCause=" + rootCause + ", problem=<" + problem.length() + " chars>, fix=<"
                    + fix.length() + " chars>]";
        }
    }

    /**
     * The SLA targets the case runs against, as the engine took them from its policy: the working
     * time per target, the warning thresholds, what reopening does to the resolution clock, the
     * calendar, the pause conditions and the time zone of each target the policy names, and why
     * the targets were (re)set. Clocks whose phase is under way start (or are re-targeted from their original
     * start); a running clock whose target is no longer defined is cancelled. Recorded by the
     * engine only.
     *
     * <p>The last three were added after the first histories were written; an event that lacks
     * them (JSON without {@code calendars}, {@code pauseOn} or {@code reason}) reads as every target
     * on the lifecycle's calendar, the default pause conditions
     * ({@link SlaPauseCondition#defaults}) and no recorded reason — exactly how such an event was
     * applied when it was written. Likewise {@code zones}, added later still: an event without it
     * measures every target in its calendar's own zone.
     *
     * @param targets the working time per target; positive durations
     * @param warnings the warning thresholds, applying to every target
     * @param reopenMode whether resolution restarts or continues on reopening
     * @param calendars the name of the calendar each named target is measured on, resolved by
     *     the lifecycle; a target not named uses the lifecycle's calendar
     * @param pauseOn the conditions that pause each named target; a target not named pauses on
     *     the defaults
     * @param reason why the engine (re)set the targets; empty in events written before reasons
     *     were recorded
     * @param zones the time zone each named target's calendar is read in, in place of the
     *     calendar's own (the case's zone, where the policy measures the target in it,
     *     {@link org.qualityloop.model.sla.SlaZoneSource#CASE}); a target not named is measured in
     *     its calendar's zone
     */
    record SlaTargetsSet(Map<SlaTarget, Duration> targets, List<SlaWarning> warnings, ReopenMode reopenMode,
            Map<SlaTarget, String> calendars, Map<SlaTarget, Set<SlaPauseCondition>> pauseOn,
            Optional<Reason> reason, Map<SlaTarget, ZoneId> zones) implements CaseChange {

        /** Why the engine (re)set the targets of a case: the change that made it ask its policy again. */
        public enum Reason {
            /** The case was registered: the policy's first answer. */
            REGISTERED,
            /** The priority changed. */
            PRIORITY_CHANGED,
            /** The category, severity or customer segment changed ({@link Reclassified}). */
            RECLASSIFIED,
            /** The policy (or a calendar) changed and was re-applied on request. */
            RECOMPUTED
        }

        /**
         * The pause-condition codes the feedback-case lifecycle knows: waiting on the customer,
         * and each open state after registration by its lower-case name.
         */
        private static final Set<String> KNOWN_CONDITIONS = Set.of(SlaPauseCondition.AWAITING_CUSTOMER.code(),
                "registered", "in_progress", "rectifying", "resolved", "follow_up", "reopened");

        /**
         * Validates and copies the components.
         *
         * @param targets the working time per target; positive durations
         * @param warnings the warning thresholds, applying to every target
         * @param reopenMode whether resolution restarts or continues on reopening
         * @param calendars the name of the calendar each named target is measured on, each an
         *     identifier
         * @param pauseOn the conditions that pause each named target, each one the lifecycle
         *     knows ({@link #knownPauseConditions()})
         * @param reason why the engine (re)set the targets, or empty
         * @param zones the time zone each named target's calendar is read in
         * @throws IllegalArgumentException naming the field when a value breaks its rule
         */
        public SlaTargetsSet {
            Checks.notNull(targets, "targets");
            targets = TargetDurations.copyOf(targets);
            warnings = Checks.listCopy(warnings, "warnings");
            if (warnings.size() > 31) {
                throw new IllegalArgumentException("warnings must hold at most 31 thresholds, but held "
                        + warnings.size());
            }
            Checks.notNull(reopenMode, "reopenMode");
            calendars = SlaPolicy.calendarsCopy(calendars, "calendars");
            pauseOn = SlaPolicy.pauseOnCopy(pauseOn, "pauseOn");
            pauseOn.forEach((k, v) -> v.forEach(c -> checkKnown(c, "pauseOn[" + k + "]")));
            Checks.notNull(reason, "reason");
            zones = java.util.Collections.unmodifiableMap(new TreeMap<>(Checks.mapCopy(zones, "zones")));
        }

        /**
         * Targets measured in their calendars' own zones: the form of the events written before
         * zones were recorded.
         *
         * @param targets the working time per target; positive durations
         * @param warnings the warning thresholds, applying to every target
         * @param reopenMode whether resolution restarts or continues on reopening
         * @param calendars the name of the calendar each named target is measured on, each an
         *     identifier
         * @param pauseOn the conditions that pause each named target, each one the lifecycle
         *     knows ({@link #knownPauseConditions()})
         * @param reason why the engine (re)set the targets, or empty
         * @throws IllegalArgumentException naming the field when a value breaks its rule
         */
        public SlaTargetsSet(Map<SlaTarget, Duration> targets, List<SlaWarning> warnings, ReopenMode reopenMode,
                Map<SlaTarget, String> calendars, Map<SlaTarget, Set<SlaPauseCondition>> pauseOn,
                Optional<Reason> reason) {
            this(targets, warnings, reopenMode, calendars, pauseOn, reason, Map.of());
        }

        /**
         * Targets on the lifecycle's calendar with the default pause conditions and no recorded
         * reason: the form of the events written before calendars, pause conditions and reasons
         * were recorded.
         *
         * @param targets the working time per target; positive durations
         * @param warnings the warning thresholds, applying to every target
         * @param reopenMode whether resolution restarts or continues on reopening
         */
        public SlaTargetsSet(Map<SlaTarget, Duration> targets, List<SlaWarning> warnings, ReopenMode reopenMode) {
            this(targets, warnings, reopenMode, Map.of(), Map.of(), Optional.empty(), Map.of());
        }

        /**
         * Checks that the feedback-case lifecycle knows a pause condition.
         *
         * @param condition the condition, not null
         * @param field the field's name, for the message, not null
         * @return the condition
         * @throws IllegalArgumentException naming the field, the known codes and the value when
         *     the lifecycle does not know it
         */
        public static SlaPauseCondition checkKnown(SlaPauseCondition condition, String field) {
            Checks.notNull(field, "field");
            Checks.notNull(condition, field);
            if (!KNOWN_CONDITIONS.contains(condition.code())) {
                throw new IllegalArgumentException(field + " must name conditions the case lifecycle knows "
                        + new java.util.TreeSet<>(KNOWN_CONDITIONS) + ", but held " + condition);
            }
            return condition;
        }

        /**
         * The pause-condition codes the feedback-case lifecycle knows: {@code awaiting_customer}
         * and the open states after registration by their lower-case names ({@code registered},
         * {@code in_progress}, {@code rectifying}, {@code resolved}, {@code follow_up},
         * {@code reopened}).
         *
         * @return the codes; unmodifiable
         */
        public static Set<String> knownPauseConditions() {
            return KNOWN_CONDITIONS;
        }

        /**
         * The conditions that pause a target: those named for it, else
         * {@link SlaPauseCondition#defaults(SlaTarget)}.
         *
         * @param target the target, not null
         * @return the conditions; unmodifiable
         */
        public Set<SlaPauseCondition> pauseConditions(SlaTarget target) {
            Set<SlaPauseCondition> named = pauseOn.get(Checks.notNull(target, "target"));
            return named != null ? named : SlaPauseCondition.defaults(target);
        }

        /**
         * This change with another reason.
         *
         * @param why the reason, not null
         * @return a copy with that reason
         */
        public SlaTargetsSet because(Reason why) {
            return new SlaTargetsSet(targets, warnings, reopenMode, calendars, pauseOn,
                    Optional.of(Checks.notNull(why, "reason")), zones);
        }

        /**
         * The targets a policy gives a case in a context, as the engine records them after a
         * registration, a change of what the policy's rules read, or a recompute: every target a
         * rule or a default of the policy names that applies in the context, with the policy's
         * warnings, reopen mode, calendars and pause conditions, the zone of each target the policy
         * measures in the case's zone when the context has one ({@link SlaPolicy#zoneOf}), and no
         * recorded reason. Replaying
         * a history with these in place of its recorded targets shows what the policy would have
         * done.
         *
         * @param policy the SLA policy, not null
         * @param context the case's context ({@link FeedbackCase#slaContext()}), not null
         * @return the change
         */
        public static SlaTargetsSet from(SlaPolicy policy, SlaContext context) {
            return from(policy, context, Optional.empty());
        }

        /**
         * The targets a policy gives a case in a context, as {@link #from(SlaPolicy, SlaContext)},
         * recorded with a reason.
         *
         * @param policy the SLA policy, not null
         * @param context the case's context ({@link FeedbackCase#slaContext()}), not null
         * @param reason why the targets are (re)set, not null
         * @return the change
         */
        public static SlaTargetsSet from(SlaPolicy policy, SlaContext context, Reason reason) {
            return from(policy, context, Optional.of(Checks.notNull(reason, "reason")));
        }

        private static SlaTargetsSet from(SlaPolicy policy, SlaContext context, Optional<Reason> reason) {
            Checks.notNull(policy, "policy");
            Checks.notNull(context, "context");
            Set<SlaTarget> named = new TreeSet<>(policy.defaults().keySet());
            for (SlaRule rule : policy.rules()) {
                named.addAll(rule.targets().keySet());
            }
            Map<SlaTarget, Duration> targets = new TreeMap<>();
            for (SlaTarget t : named) {
                policy.target(t, context).ifPresent(d -> targets.put(t, d));
            }
            Map<SlaTarget, ZoneId> zones = new TreeMap<>();
            for (SlaTarget t : policy.zoneSources().keySet()) {
                policy.zoneOf(t, context).ifPresent(z -> zones.put(t, z));
            }
            return new SlaTargetsSet(targets, policy.warnings(), policy.reopen(), policy.calendars(),
                    policy.pauseOn(), reason, zones);
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.SET_SLA_TARGETS;
        }
    }

    /**
     * A warning threshold of an SLA target was reached (recorded by the engine's SLA monitor).
     *
     * @param target the target, not null
     * @param warning the index of the threshold in the case's {@link SlaTargetsSet#warnings()}
     */
    record SlaWarningReached(SlaTarget target, int warning) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param target the target, not null
         * @param warning the index of the threshold in the case's {@link SlaTargetsSet#warnings()}
         */
        public SlaWarningReached {
            Checks.notNull(target, "target");
            if (warning < 0) {
                throw new IllegalArgumentException("warning must not be negative, but was " + warning);
            }
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.SLA_WARNING;
        }
    }

    /**
     * An SLA target of the current cycle was breached (recorded by the engine's SLA monitor).
     *
     * @param target the target, not null
     */
    record SlaBreached(SlaTarget target) implements CaseChange {
        /**
         * Validates the change.
         *
         * @param target the target, not null
         */
        public SlaBreached {
            Checks.notNull(target, "target");
        }

        @Override
        public CaseEventType type() {
            return CaseEventType.SLA_BREACH;
        }
    }
}
