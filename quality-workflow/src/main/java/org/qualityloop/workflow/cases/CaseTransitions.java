package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qualityloop.workflow.machine.Guard;
import org.qualityloop.workflow.machine.StateMachine;
import org.qualityloop.workflow.machine.Verdict;

/**
 * The transition table of the feedback lifecycle: which {@link CaseEventType} is allowed in which
 * {@link CaseState}, to which state it leads, and under which guard, as a {@link StateMachine}
 * with the case as context and the event as payload. The table is listed in
 * {@link FeedbackLifecycle}'s documentation and drawn in {@code docs/workflow.md}.
 *
 * <p>The guards on SLA warnings and breaches read the case's pending alerts ({@link SlaClocks});
 * the guards a builder adds run after the lifecycle's own. Package-private: {@link #define} is
 * called once per lifecycle.
 */
final class CaseTransitions {

    private CaseTransitions() {
    }

    /**
     * Builds the machine.
     *
     * @param maxFollowUpAttempts how many failed follow-up attempts close a case
     * @param reopenWindow how long after closing a case may be reopened, or null for no limit
     * @param rectificationRequired whether resolving needs rectification first
     * @param extra the builder's guards per event type
     * @param calendars the calendars in effect at an instant (the SLA guards measure on them)
     */
    static StateMachine<CaseState, CaseEventType, FeedbackCase, CaseEvent> define(int maxFollowUpAttempts,
            Duration reopenWindow, boolean rectificationRequired,
            Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> extra,
            Function<Instant, SlaCalendars> calendars) {
        Definer def = new Definer(extra);
        Guard<FeedbackCase, CaseEvent> neverReopened = Guard.of("the case was never reopened",
                (c, e) -> c.reopenCount() == 0);
        Guard<FeedbackCase, CaseEvent> notAwaiting = Guard.of("the case is not already awaiting the customer",
                (c, e) -> !c.awaitingCustomer());
        Guard<FeedbackCase, CaseEvent> awaiting = Guard.of("the case is awaiting the customer",
                (c, e) -> c.awaitingCustomer());
        Guard<FeedbackCase, CaseEvent> attemptsLeft = Guard.of("follow-up attempts are left",
                (c, e) -> c.failedFollowUps() + 1 < maxFollowUpAttempts);
        Guard<FeedbackCase, CaseEvent> lastAttempt = Guard.of("this is the last follow-up attempt",
                (c, e) -> c.failedFollowUps() + 1 >= maxFollowUpAttempts);
        Guard<FeedbackCase, CaseEvent> withinWindow = reopenWindow == null ? null
                : Guard.of("the case closed less than " + reopenWindow + " ago",
                        (c, e) -> !e.at().isAfter(c.closedAt().orElseThrow().plus(reopenWindow)));
        Guard<FeedbackCase, CaseEvent> warningDue = described("the warning is due and not yet recorded",
                (c, e) -> {
                    CaseChange.SlaWarningReached w = (CaseChange.SlaWarningReached) e.change();
                    return c.slaClocks().on(calendars.apply(e.at())).warningVerdict(w.target(), w.warning(), e.at(),
                            c.cycle());
                });
        Guard<FeedbackCase, CaseEvent> breached = described("the clock is breached and the breach not yet recorded",
                (c, e) -> c.slaClocks().on(calendars.apply(e.at()))
                        .breachVerdict(((CaseChange.SlaBreached) e.change()).target(), e.at(), c.cycle()));

        CaseState[] afterRegistration = {CaseState.REGISTERED, CaseState.IN_PROGRESS, CaseState.RECTIFYING,
            CaseState.RESOLVED, CaseState.FOLLOW_UP, CaseState.REOPENED};
        CaseState[] working = {CaseState.IN_PROGRESS, CaseState.RECTIFYING};

        def.add(CaseState.RECEIVED, CaseEventType.REGISTER, CaseState.REGISTERED, null);
        def.add(CaseState.RECEIVED, CaseEventType.REJECT, CaseState.REJECTED, null);
        def.add(CaseState.REGISTERED, CaseEventType.REJECT, CaseState.REJECTED, neverReopened);
        def.add(CaseState.REGISTERED, CaseEventType.RESPOND, CaseState.IN_PROGRESS, null);
        def.add(CaseState.REOPENED, CaseEventType.RESPOND, CaseState.IN_PROGRESS, null);
        def.add(CaseState.REOPENED, CaseEventType.ASSIGN, CaseState.REGISTERED, null);
        def.add(CaseState.IN_PROGRESS, CaseEventType.START_RECTIFICATION, CaseState.RECTIFYING, null);
        if (!rectificationRequired) {
            def.add(CaseState.IN_PROGRESS, CaseEventType.RESOLVE, CaseState.RESOLVED, null);
        }
        def.add(CaseState.RECTIFYING, CaseEventType.RESOLVE, CaseState.RESOLVED, null);
        def.add(CaseState.RESOLVED, CaseEventType.START_FOLLOW_UP, CaseState.FOLLOW_UP, null);
        def.add(CaseState.FOLLOW_UP, CaseEventType.CONFIRM, CaseState.CLOSED, null);
        def.add(CaseState.FOLLOW_UP, CaseEventType.FOLLOW_UP_FAILED, CaseState.FOLLOW_UP, attemptsLeft);
        def.add(CaseState.FOLLOW_UP, CaseEventType.FOLLOW_UP_FAILED, CaseState.CLOSED, lastAttempt);
        def.add(CaseState.RESOLVED, CaseEventType.REOPEN, CaseState.REOPENED, null);
        def.add(CaseState.FOLLOW_UP, CaseEventType.REOPEN, CaseState.REOPENED, null);
        def.add(CaseState.CLOSED, CaseEventType.REOPEN, CaseState.REOPENED, withinWindow);

        def.self(CaseState.RECEIVED, CaseEventType.ESCALATE, null);
        def.self(CaseState.RECEIVED, CaseEventType.RECORD_RECOVERY, null);
        for (CaseState s : afterRegistration) {
            if (s != CaseState.REOPENED) {
                def.self(s, CaseEventType.ASSIGN, null);
            }
            def.self(s, CaseEventType.ESCALATE, null);
            def.self(s, CaseEventType.CHANGE_PRIORITY, null);
            def.self(s, CaseEventType.RECLASSIFY, null);
            def.self(s, CaseEventType.RECORD_RECOVERY, null);
            def.self(s, CaseEventType.SET_SLA_TARGETS, null);
            def.self(s, CaseEventType.SLA_WARNING, warningDue);
            def.self(s, CaseEventType.SLA_BREACH, breached);
        }
        for (CaseState s : working) {
            def.self(s, CaseEventType.UPDATE_CUSTOMER, null);
            def.self(s, CaseEventType.AWAIT_CUSTOMER, notAwaiting);
            def.self(s, CaseEventType.CUSTOMER_REPLIED, awaiting);
        }
        def.self(CaseState.RESOLVED, CaseEventType.CAPTURE_KNOWLEDGE, null);
        def.self(CaseState.FOLLOW_UP, CaseEventType.CAPTURE_KNOWLEDGE, null);
        return def.machine.initial(CaseState.RECEIVED).terminal(CaseState.REJECTED).build();
    }

    private static Guard<FeedbackCase, CaseEvent> described(String description, Guard<FeedbackCase, CaseEvent> g) {
        return new Guard<>() {
            @Override
            public Verdict evaluate(FeedbackCase c, CaseEvent e) {
                return g.evaluate(c, e);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** Declares transitions, adding the builder's extra guards of each event type. */
    private static final class Definer {
        final StateMachine.Builder<CaseState, CaseEventType, FeedbackCase, CaseEvent> machine =
                StateMachine.builder(CaseState.class, CaseEventType.class);
        final Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> extra;

        Definer(Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> extra) {
            this.extra = extra;
        }

        void self(CaseState s, CaseEventType e, Guard<FeedbackCase, CaseEvent> guard) {
            add(s, e, s, guard);
        }

        void add(CaseState s, CaseEventType e, CaseState target, Guard<FeedbackCase, CaseEvent> guard) {
            Guard<FeedbackCase, CaseEvent> g = combine(guard, extra.getOrDefault(e, List.of()));
            if (g == null) {
                machine.transition(s, e, target);
            } else {
                machine.guardedTransition(s, e, target, g);
            }
        }

        private static Guard<FeedbackCase, CaseEvent> combine(Guard<FeedbackCase, CaseEvent> own,
                List<Guard<? super FeedbackCase, ? super CaseEvent>> more) {
            if (more.isEmpty()) {
                return own;
            }
            List<Guard<? super FeedbackCase, ? super CaseEvent>> all = new ArrayList<>();
            if (own != null) {
                all.add(own);
            }
            all.addAll(more);
            StringBuilder description = new StringBuilder();
            for (Guard<? super FeedbackCase, ? super CaseEvent> g : all) {
                if (description.length() > 0) {
                    description.append(" and ");
                }
                description.append(g.description());
            }
            String label = description.toString();
            return new Guard<>() {
                @Override
                public Verdict evaluate(FeedbackCase c, CaseEvent e) {
                    for (Guard<? super FeedbackCase, ? super CaseEvent> g : all) {
                        Verdict v = Objects.requireNonNull(g.evaluate(c, e), "guard verdict");
                        if (!v.isAllowed()) {
                            return v;
                        }
                    }
                    return Verdict.allow();
                }

                @Override
                public String description() {
                    return label;
                }
            };
        }
    }
}
