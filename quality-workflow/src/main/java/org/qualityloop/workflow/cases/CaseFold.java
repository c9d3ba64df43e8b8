package org.qualityloop.workflow.cases;

import java.time.Instant;
import java.util.function.Function;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The fold of events into a case: how each change of a history evolves a {@link FeedbackCase},
 * its SLA clocks included, and the {@link CaseOutcome} a case gets when it closes. It decides
 * nothing — {@link CaseTransitions} has already allowed the event — and changes only the parts of
 * the case an event touches; the others are carried over as they are.
 *
 * <p>Immutable and thread-safe; package-private. {@link FeedbackLifecycle} is the entry point.
 */
final class CaseFold {

    /** The clocks a response stops (before the next-update clock starts). */
    private static final SlaTarget[] RESPONSE_STOPS = {SlaTarget.FIRST_RESPONSE};
    /** The clocks a resolution stops (before the follow-up clock starts), in this order. */
    private static final SlaTarget[] RESOLUTION_STOPS = {SlaTarget.RESOLUTION, SlaTarget.NEXT_UPDATE};

    /** The calendars in effect at an instant. */
    private final Function<Instant, SlaCalendars> calendars;

    CaseFold(Function<Instant, SlaCalendars> calendars) {
        this.calendars = calendars;
    }

    /** The case a valid received event opens. */
    FeedbackCase open(CaseEvent received, CaseChange.Received r) {
        Feedback f = r.feedback();
        return new FeedbackCase(received.caseId(), 1, received.at(), CaseState.RECEIVED, 1, f,
                Classification.of(f, r.stage().orElse(null)), Ownership.NONE, Timeline.receivedAt(f.receivedAt()),
                Handling.NEW, calendars.apply(received.at()).none(), null);
    }

    /** The case after an event the lifecycle allowed, in the transition's {@code target} state. */
    FeedbackCase evolve(FeedbackCase c, CaseEvent event, CaseState target) {
        Instant at = event.at();
        CaseChange change = event.change();
        int cycle = c.cycle();
        Feedback feedback = c.feedback();
        Classification classification = c.classification();
        Ownership ownership = c.ownership();
        Timeline timeline = c.timeline();
        Handling handling = c.handling();
        // a calendar that took effect since the last event is re-applied to the running clocks first
        SlaClocks clocks = c.slaClocks().on(calendars.apply(at));
        Closure closing = null;
        switch (change.type()) {
            case RECEIVE -> throw new IllegalStateException("a received change only opens a case");
            case REGISTER -> {
                CaseChange.Registered r = (CaseChange.Registered) change;
                classification = classification.registered(r);
                ownership = ownership.assigned(r.owner(), r.team().orElse(null));
                timeline = timeline.registered(at);
            }
            case REJECT -> {
                feedback = feedback.withValidity(((CaseChange.Rejected) change).verdict());
                closing = Closure.REJECTED;
            }
            case ASSIGN -> {
                CaseChange.Assigned a = (CaseChange.Assigned) change;
                ownership = ownership.assigned(a.owner(), a.team().orElse(null));
            }
            case ESCALATE -> {
                CaseChange.Escalated e = (CaseChange.Escalated) change;
                ownership = ownership.escalated(e.to(), e.team().orElse(null));
            }
            case CHANGE_PRIORITY ->
                classification = classification.withPriority(((CaseChange.PriorityChanged) change).priority());
            case RECLASSIFY -> {
                CaseChange.Reclassified r = (CaseChange.Reclassified) change;
                classification = classification.reclassified(r);
                if (r.zone().isPresent()) {
                    feedback = feedback.withZone(r.zone().get());
                }
            }
            case RESPOND -> {
                timeline = timeline.responded(at);
                clocks = clocks.stopThenStart(RESPONSE_STOPS, SlaTarget.NEXT_UPDATE, at);
            }
            case UPDATE_CUSTOMER -> {
                timeline = timeline.updated(at);
                clocks = clocks.customerUpdated(at, cycle);
            }
            case AWAIT_CUSTOMER -> {
                handling = handling.awaiting(true);
                clocks = clocks.awaitingCustomer(at);
            }
            case CUSTOMER_REPLIED -> {
                handling = handling.awaiting(false);
                clocks = clocks.customerReplied(at);
            }
            case START_RECTIFICATION, CAPTURE_KNOWLEDGE -> {
                // the state change (if any) is all; the history keeps the plan or the lesson
            }
            case RECORD_RECOVERY -> handling = handling.recovered(((CaseChange.RecoveryRecorded) change).action());
            case RESOLVE -> {
                handling = handling.resolved(((CaseChange.Resolved) change).failure().orElse(null));
                timeline = timeline.resolved(at);
                clocks = clocks.customerReplied(at).stopThenStart(RESOLUTION_STOPS, SlaTarget.FOLLOW_UP, at);
            }
            case START_FOLLOW_UP -> clocks = clocks.stop(SlaTarget.FOLLOW_UP, at);
            case FOLLOW_UP_FAILED -> {
                handling = handling.followUpFailed();
                if (target == CaseState.CLOSED) {
                    closing = Closure.UNREACHABLE;
                }
            }
            case CONFIRM -> {
                handling = handling.confirmed(((CaseChange.Confirmed) change).satisfaction().orElse(null));
                closing = Closure.CONFIRMED;
            }
            case REOPEN -> {
                clocks = clocks.reopen(at, cycle);
                cycle++;
                timeline = timeline.reopened(at);
                handling = handling.reopened();
            }
            case SET_SLA_TARGETS -> {
                Timeline tl = timeline;
                clocks = clocks.withTargets((CaseChange.SlaTargetsSet) change, at, k -> phaseStart(k, tl, target));
            }
            case SLA_WARNING -> {
                CaseChange.SlaWarningReached w = (CaseChange.SlaWarningReached) change;
                clocks = clocks.recordWarning(w.target(), w.warning());
            }
            case SLA_BREACH -> clocks = clocks.recordBreach(((CaseChange.SlaBreached) change).target());
            default -> throw new IllegalStateException("unknown change " + change.type());
        }
        if (closing != null) {
            clocks = clocks.cancelActive(at);
            timeline = timeline.closed(at, closing);
            handling = handling.awaiting(false);
            // the outcome is made from these parts when first asked for (FeedbackCase#outcome)
        } else {
            // each clock paused exactly while one of its pause conditions holds
            clocks = clocks.settle(target, at);
        }
        return new FeedbackCase(c.id(), event.sequence(), at, target, cycle, feedback, classification, ownership,
                timeline, handling, clocks, null);
    }

    private static boolean resolvedThisCycle(CaseState s) {
        return s == CaseState.RESOLVED || s == CaseState.FOLLOW_UP || s == CaseState.CLOSED;
    }

    /** Where the measured phase of a target began in the current cycle, or null if it has not. */
    private static Instant phaseStart(SlaTarget target, Timeline t, CaseState state) {
        if (target.equals(SlaTarget.FIRST_RESPONSE)) {
            return t.respondedAt() == null ? t.cycleStartedAt() : null;
        }
        if (target.equals(SlaTarget.RESOLUTION)) {
            return resolvedThisCycle(state) ? null : t.cycleStartedAt();
        }
        if (target.equals(SlaTarget.NEXT_UPDATE)) {
            return t.respondedAt() != null && !resolvedThisCycle(state) ? t.lastUpdateAt() : null;
        }
        if (target.equals(SlaTarget.FOLLOW_UP)) {
            return state == CaseState.RESOLVED ? t.resolvedAt() : null;
        }
        return null;
    }

    /**
     * The outcome of a closed case: the one its closing event gave, which depends only on the
     * parts as they were left by it (a closed case changes only by reopening, which drops the
     * outcome) — whether the parts come from the fold or from a snapshot.
     */
    static CaseOutcome outcomeOf(FeedbackCase closed) {
        return outcome(closed, closed.feedback(), closed.classification(), closed.ownership(), closed.timeline(),
                closed.handling(), closed.slaClocks(), closed.cycle(), closed.timeline().closedAt(),
                closed.timeline().closure());
    }

    /** The outcome of a case closing at {@code at}, from its parts as they are after the closing event. */
    private static CaseOutcome outcome(FeedbackCase c, Feedback feedback, Classification cl, Ownership own, Timeline tl,
            Handling h, SlaClocks clocks, int cycle, Instant at, Closure closure) {
        CaseOutcome.Builder b = CaseOutcome.builder(c.id(), feedback.id(), feedback.channel(), cl.category(),
                cl.severity(), feedback.receivedAt());
        feedback.touchpoint().ifPresent(b::touchpoint);
        if (cl.stage() != null) {
            b.stage(cl.stage());
        }
        if (cl.priority() != null) {
            b.priority(cl.priority());
        }
        if (cl.segment() != null) {
            b.segment(cl.segment());
        }
        if (own.team() != null) {
            b.team(own.team());
        }
        if (own.owner() != null) {
            b.owner(own.owner());
        }
        if (tl.firstResponseAt() != null) {
            b.firstResponseAt(tl.firstResponseAt());
        }
        if (tl.resolvedAt() != null && closure != Closure.REJECTED) {
            b.resolvedAt(tl.resolvedAt());
        }
        for (SlaResult r : clocks.results(at, cycle)) {
            b.sla(r);
        }
        for (var a : h.recoveryActions()) {
            b.recoveryAction(a);
        }
        if (h.satisfaction() != null) {
            b.satisfaction(h.satisfaction());
        }
        return b.reopenCount(h.reopenCount()).escalationCount(own.escalationCount()).build(at, closure);
    }
}
