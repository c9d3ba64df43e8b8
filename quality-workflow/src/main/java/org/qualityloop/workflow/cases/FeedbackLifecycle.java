package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.machine.Guard;
import org.qualityloop.workflow.machine.Outcome;
import org.qualityloop.workflow.machine.StateMachine;
import org.qualityloop.workflow.machine.Transition;
import org.qualityloop.workflow.machine.TransitionRejectedException;
import org.qualityloop.workflow.machine.Verdict;

/**
 * The closed-loop lifecycle of a feedback case: which change is allowed in which
 * {@link CaseState} (a {@link StateMachine} over {@link CaseEventType}s, with the case as context
 * and the event as payload), and how each change evolves the case, its SLA clocks included.
 *
 * <p>The standard lifecycle ({@link #standard(BusinessCalendar)}):
 * <ul>
 *   <li>{@code RECEIVED}: register, reject, escalate, record a recovery action;</li>
 *   <li>{@code REGISTERED}: respond (to {@code IN_PROGRESS}), reject (only if never reopened),
 *       assign, escalate, change priority, record recovery;</li>
 *   <li>{@code IN_PROGRESS} and {@code RECTIFYING}: resolve, start rectification (from
 *       {@code IN_PROGRESS}), update the customer, await the customer / customer replied,
 *       assign, escalate, change priority, record recovery;</li>
 *   <li>{@code RESOLVED}: start the follow-up, reopen, capture knowledge, assign, escalate,
 *       change priority, record recovery;</li>
 *   <li>{@code FOLLOW_UP}: confirm (closes), reopen, a failed attempt (closes as unreachable on
 *       the last of {@link #followUpAttempts()}), capture knowledge, assign, escalate, change
 *       priority, record recovery;</li>
 *   <li>{@code CLOSED}: only reopen (within the reopen window, if one is set);</li>
 *   <li>{@code REOPENED}: assign (to {@code REGISTERED}), respond (to {@code IN_PROGRESS}),
 *       escalate, change priority, record recovery;</li>
 *   <li>{@code REJECTED}: nothing.</li>
 * </ul>
 * The engine's SLA changes (targets, warnings, breaches) are allowed in every open state after
 * registration, each guarded so that it applies only when true (a warning that is due and not
 * yet recorded, a clock that really is breached).
 *
 * <p>SLA clocks, each measured on the lifecycle's {@link #calendar()} with the working-time
 * targets recorded in the case's {@link CaseChange.SlaTargetsSet}:
 * <ul>
 *   <li>first response: from the start of the cycle (the feedback's receipt, or the reopening)
 *       to the first response of the cycle;</li>
 *   <li>resolution: from the start of the cycle to the resolution, paused while awaiting the
 *       customer; on reopening it restarts, or continues with the time between resolution and
 *       reopening not counted, as the targets' {@link ReopenMode} says;</li>
 *   <li>next update: from the first response, and from every update after it, to the next
 *       update or the resolution; paused while awaiting the customer;</li>
 *   <li>follow-up: from the resolution to the start of the follow-up.</li>
 * </ul>
 * Targets other than these four are recorded but not run. Setting new targets re-targets active
 * clocks from their original start; a breached clock stays breached.
 *
 * <p>Customise with {@link #builder(BusinessCalendar)}: the number of follow-up attempts, a reopen
 * window, whether rectification is required before resolving, and guards of your own on any
 * change (for example "resolving requires a diagnosed failure"). Immutable and thread-safe once
 * built, provided the guards given to it are.
 */
public final class FeedbackLifecycle {

    private static final Comparator<Slot> BY_TARGET = Comparator.comparing(s -> s.clock.target());
    private static final Slot[] NO_SLOTS = new Slot[0];

    private final BusinessCalendar calendar;
    private final int followUpAttempts;
    private final Duration reopenWindow;
    private final boolean rectificationRequired;
    private final StateMachine<CaseState, CaseEventType, FeedbackCase, CaseEvent> machine;

    private FeedbackLifecycle(Builder b) {
        this.calendar = b.calendar;
        this.followUpAttempts = b.followUpAttempts;
        this.reopenWindow = b.reopenWindow;
        this.rectificationRequired = b.rectificationRequired;
        this.machine = define(b);
    }

    /**
     * The standard lifecycle: three follow-up attempts, no reopen window, rectification optional.
     *
     * @param calendar the business calendar SLA clocks are measured on, not null
     * @return the lifecycle
     */
    public static FeedbackLifecycle standard(BusinessCalendar calendar) {
        return builder(calendar).build();
    }

    /**
     * Starts a customised lifecycle.
     *
     * @param calendar the business calendar SLA clocks are measured on, not null
     * @return a builder with the standard settings
     */
    public static Builder builder(BusinessCalendar calendar) {
        return new Builder(Checks.notNull(calendar, "calendar"));
    }

    /** @return the calendar SLA clocks are measured on */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /** @return how many failed follow-up attempts close a case as unreachable */
    public int followUpAttempts() {
        return followUpAttempts;
    }

    /** @return how long after closing a case may still be reopened; empty for no limit */
    public Optional<Duration> reopenWindow() {
        return Optional.ofNullable(reopenWindow);
    }

    /** @return whether a case must go through rectification before it is resolved */
    public boolean rectificationRequired() {
        return rectificationRequired;
    }

    /**
     * The state machine, e.g. to render it with {@link StateMachine#toMermaid()}.
     *
     * @return the machine
     */
    public StateMachine<CaseState, CaseEventType, FeedbackCase, CaseEvent> machine() {
        return machine;
    }

    // ------------------------------------------------------------------ folding

    /**
     * Opens a case from its first event.
     *
     * @param received the first event: sequence 1, a {@link CaseChange.Received} change, at or after
     *     the feedback's receipt
     * @return the case, in {@link CaseState#RECEIVED}
     * @throws IllegalArgumentException when the event is not a valid first event
     */
    public FeedbackCase open(CaseEvent received) {
        Checks.notNull(received, "received");
        if (!(received.change() instanceof CaseChange.Received r)) {
            throw new IllegalArgumentException("the first event of case " + received.caseId()
                    + " must be a received change, but was " + received.type());
        }
        if (received.sequence() != 1) {
            throw new IllegalArgumentException("the first event of case " + received.caseId()
                    + " must have sequence 1, but had " + received.sequence());
        }
        if (received.at().isBefore(r.feedback().receivedAt())) {
            throw new IllegalArgumentException("the received event of case " + received.caseId()
                    + " must not be before the feedback's receivedAt " + r.feedback().receivedAt() + ", but was at "
                    + received.at());
        }
        FeedbackCase.Draft d = FeedbackCase.draft(received.caseId(), r.feedback());
        d.version = 1;
        d.updatedAt = received.at();
        d.stage = r.stage().orElse(null);
        return d.build();
    }

    /**
     * Decides whether an event may be applied to a case, evaluating guards; nothing changes.
     *
     * @param current the case, not null
     * @param event the next event of its history, not null
     * @return the transition the event takes, or the rejection saying why not
     * @throws IllegalArgumentException when the event belongs to another case, is not the next in
     *     sequence, is earlier than the case's last event, or is a {@link CaseChange.Received}
     */
    public Outcome<CaseState, CaseEventType> fire(FeedbackCase current, CaseEvent event) {
        checkNext(current, event);
        return machine.fire(current.state(), event.type(), current, event);
    }

    /**
     * Applies an event the machine accepted.
     *
     * @param current the case, not null
     * @param event the event, not null
     * @param transition the transition {@link #fire} returned for it, not null
     * @return the evolved case
     * @throws IllegalArgumentException when the transition does not belong to this case and event
     */
    public FeedbackCase evolve(FeedbackCase current, CaseEvent event, Transition<CaseState, CaseEventType> transition) {
        checkNext(current, event);
        Checks.notNull(transition, "transition");
        if (transition.source() != current.state() || transition.event() != event.type()) {
            throw new IllegalArgumentException("transition " + transition + " does not apply to event "
                    + event.type() + " in state " + current.state());
        }
        FeedbackCase.Draft d = current.draft();
        d.version = event.sequence();
        d.updatedAt = event.at();
        Slot[] slotsBefore = d.slots;
        CaseChange.SlaTargetsSet slaBefore = d.sla;
        boolean openBefore = d.state.isOpen();
        d.state = transition.target();
        fold(d, event.change(), event.at());
        if (d.slots != slotsBefore || d.sla != slaBefore || d.state.isOpen() != openBefore) {
            d.nextAlert = nextAlert(d);
        }
        return d.build();
    }

    /**
     * Fires and applies an event.
     *
     * @param current the case, not null
     * @param event the next event, not null
     * @return the evolved case
     * @throws TransitionRejectedException when the lifecycle does not allow the event
     * @throws IllegalArgumentException as {@link #fire} does
     */
    public FeedbackCase apply(FeedbackCase current, CaseEvent event) {
        Outcome<CaseState, CaseEventType> o = fire(current, event);
        if (o instanceof Transition<CaseState, CaseEventType> t) {
            return evolve(current, event, t);
        }
        throw new TransitionRejectedException((org.qualityloop.workflow.machine.Rejection<CaseState, CaseEventType>) o);
    }

    /**
     * Folds a whole history into the case it describes.
     *
     * @param history the events in sequence order, starting with the received event; not empty
     * @return the case
     * @throws IllegalArgumentException when the history is empty, out of order, or holds an event
     *     the lifecycle does not allow where it stands; the message names the event
     */
    public FeedbackCase replay(List<CaseEvent> history) {
        Checks.notNull(history, "history");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must not be empty");
        }
        FeedbackCase c = open(history.get(0));
        for (int i = 1; i < history.size(); i++) {
            CaseEvent e = Checks.notNull(history.get(i), "history[" + i + "]");
            Outcome<CaseState, CaseEventType> o = fire(c, e);
            if (!(o instanceof Transition<CaseState, CaseEventType> t)) {
                throw new IllegalArgumentException("history of case " + c.id() + " is not valid at sequence "
                        + e.sequence() + ": " + ((org.qualityloop.workflow.machine.Rejection<?, ?>) o).message());
            }
            c = evolve(c, e, t);
        }
        return c;
    }

    /**
     * Reads out every SLA clock of a case at an instant: past clocks as recorded, the current
     * cycle's clocks at {@code at}.
     *
     * @param current the case, not null
     * @param at the instant, not null
     * @return the results, past ones first
     */
    public List<SlaResult> slaResults(FeedbackCase current, Instant at) {
        Checks.notNull(at, "at");
        List<SlaResult> r = new ArrayList<>(Checks.notNull(current, "current").pastClocks());
        for (Slot s : current.slots()) {
            r.add(s.clock.result(calendar, at, current.cycle()));
        }
        return List.copyOf(r);
    }

    /**
     * The SLA warnings and breaches due on a case at an instant and not yet recorded: each
     * unrecorded warning threshold of an active clock that was reached at or before {@code t},
     * and the breach of an active clock that is breached at {@code t}. These are exactly the
     * {@link CaseChange.SlaWarningReached} and {@link CaseChange.SlaBreached} changes the
     * lifecycle accepts at {@code t}.
     *
     * @param current the case, not null
     * @param t the instant, not null
     * @return the alerts, earliest first; empty for a closed case
     */
    public List<SlaAlert> dueAlerts(FeedbackCase current, Instant t) {
        Checks.notNull(current, "current");
        Checks.notNull(t, "t");
        if (!current.state().isOpen() || current.slots().length == 0) {
            return List.of();
        }
        List<SlaWarning> warnings = current.slaTargets().orElseThrow().warnings();
        List<SlaAlert> due = new ArrayList<>(2);
        for (Slot s : current.slots()) {
            if (!s.active()) {
                continue;
            }
            for (int i = 0; i < warnings.size(); i++) {
                if ((s.warnings & (1 << i)) == 0) {
                    Instant at = warningInstant(s, warnings, i, t);
                    if (!at.isAfter(t)) {
                        due.add(new SlaAlert(current.id(), current.version(), current.cycle(), s.clock.target(),
                                SlaAlert.Kind.WARNING, java.util.OptionalInt.of(i), at));
                    }
                }
            }
            if (!s.breachRecorded && s.clock.status(calendar, t) == SlaStatus.BREACHED) {
                Instant at = s.clock.breachInstant(calendar).orElse(s.clock.deadline());
                due.add(new SlaAlert(current.id(), current.version(), current.cycle(), s.clock.target(),
                        SlaAlert.Kind.BREACH, java.util.OptionalInt.empty(), at));
            }
        }
        due.sort(Comparator.comparing(SlaAlert::at));
        return List.copyOf(due);
    }

    /** The earliest instant an unrecorded alert of an active clock falls due, or null. */
    private Instant nextAlert(FeedbackCase.Draft d) {
        if (!d.state.isOpen() || d.slots.length == 0) {
            return null;
        }
        List<SlaWarning> warnings = d.sla.warnings();
        Instant best = null;
        for (Slot s : d.slots) {
            if (!s.active()) {
                continue;
            }
            SlaClock clock = s.clock;
            Instant candidate = null;
            if (!clock.isPaused()) {
                long[] thresholds = s.thresholds(warnings);
                long next = Long.MAX_VALUE;
                for (int i = 0; i < thresholds.length; i++) {
                    if ((s.warnings & (1 << i)) == 0 && thresholds[i] < next) {
                        next = thresholds[i];
                    }
                }
                if (next != Long.MAX_VALUE) {
                    candidate = clock.elapsedReachedAt(Duration.ofNanos(next), calendar, clock.start());
                }
                if (!s.breachRecorded) {
                    // a running clock is breached right after its deadline, or after the breach a
                    // re-target latched, whatever the new deadline: due one nanosecond later
                    candidate = earliest(candidate, clock.recordedBreach().orElse(clock.deadline()).plusNanos(1));
                }
            } else {
                Instant pausedSince = clock.pausedSince().orElseThrow();
                for (int i = 0; i < warnings.size(); i++) {
                    if ((s.warnings & (1 << i)) == 0) {
                        Instant at = warningInstant(s, warnings, i, pausedSince);
                        if (!at.isAfter(pausedSince)) {
                            candidate = earliest(candidate, at);
                        }
                    }
                }
                if (!s.breachRecorded) {
                    // paused after its deadline: breached; paused before it: not while paused
                    Optional<Instant> breach = clock.breachInstant(calendar);
                    if (breach.isPresent()) {
                        candidate = earliest(candidate, breach.get().plusNanos(1));
                    }
                }
            }
            best = earliest(best, candidate);
        }
        return best;
    }

    /**
     * When warning {@code i} of a slot's clock is (or, paused, would be) reached, asked at
     * {@code t}; the same threshold the monitor's key is computed from.
     */
    private Instant warningInstant(Slot s, List<SlaWarning> warnings, int i, Instant t) {
        return s.clock.elapsedReachedAt(Duration.ofNanos(s.thresholds(warnings)[i]), calendar, t);
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }

    private static void checkNext(FeedbackCase current, CaseEvent event) {
        Checks.notNull(current, "current");
        Checks.notNull(event, "event");
        if (!event.caseId().equals(current.id())) {
            throw new IllegalArgumentException("event of case " + event.caseId() + " cannot apply to case "
                    + current.id());
        }
        if (event.sequence() != current.version() + 1) {
            throw new IllegalArgumentException("event of case " + current.id() + " must have sequence "
                    + (current.version() + 1) + ", but had " + event.sequence());
        }
        if (event.at().isBefore(current.updatedAt())) {
            throw new IllegalArgumentException("event " + event.sequence() + " of case " + current.id()
                    + " must not be before the previous event at " + current.updatedAt() + ", but was at " + event.at());
        }
        if (event.type() == CaseEventType.RECEIVE) {
            throw new IllegalArgumentException("case " + current.id() + " was already received; a received change"
                    + " can only open a case");
        }
    }

    private void fold(FeedbackCase.Draft d, CaseChange change, Instant at) {
        switch (change.type()) {
            case RECEIVE -> throw new IllegalStateException("a received change only opens a case");
            case REGISTER -> {
                CaseChange.Registered r = (CaseChange.Registered) change;
                d.category = r.category();
                d.severity = r.severity();
                d.priority = r.priority();
                d.owner = r.owner();
                d.team = r.team().orElse(null);
                d.segment = r.segment().orElse(null);
                d.registeredAt = at;
            }
            case REJECT -> {
                d.feedback = d.feedback.withValidity(((CaseChange.Rejected) change).verdict());
                close(d, Closure.REJECTED, at);
            }
            case ASSIGN -> {
                CaseChange.Assigned a = (CaseChange.Assigned) change;
                d.owner = a.owner();
                d.team = a.team().orElse(null);
            }
            case ESCALATE -> {
                CaseChange.Escalated e = (CaseChange.Escalated) change;
                d.owner = e.to();
                d.team = e.team().orElse(null);
                d.escalations++;
            }
            case CHANGE_PRIORITY -> d.priority = ((CaseChange.PriorityChanged) change).priority();
            case RESPOND -> {
                if (d.firstResponseAt == null) {
                    d.firstResponseAt = at;
                }
                d.respondedAt = at;
                d.lastUpdateAt = at;
                stop(d, SlaTarget.FIRST_RESPONSE, at);
                startIfTargeted(d, SlaTarget.NEXT_UPDATE, at, at);
            }
            case UPDATE_CUSTOMER -> {
                d.lastUpdateAt = at;
                Slot s = d.slot(SlaTarget.NEXT_UPDATE);
                if (s != null) {
                    archive(d, s.active() ? s.clock.stop(at, calendar) : s.clock, at);
                    remove(d, SlaTarget.NEXT_UPDATE);
                }
                startIfTargeted(d, SlaTarget.NEXT_UPDATE, at, at);
            }
            case AWAIT_CUSTOMER -> {
                d.awaitingCustomer = true;
                pause(d, SlaTarget.RESOLUTION, at);
                pause(d, SlaTarget.NEXT_UPDATE, at);
            }
            case CUSTOMER_REPLIED -> {
                d.awaitingCustomer = false;
                resume(d, SlaTarget.RESOLUTION, at);
                resume(d, SlaTarget.NEXT_UPDATE, at);
            }
            case START_RECTIFICATION, CAPTURE_KNOWLEDGE -> {
                // the state change (if any) is all; the history keeps the plan or the lesson
            }
            case RECORD_RECOVERY ->
                d.recoveryActions = append(d.recoveryActions, ((CaseChange.RecoveryRecorded) change).action());
            case RESOLVE -> {
                d.awaitingCustomer = false;
                d.resolvedAt = at;
                d.failure = ((CaseChange.Resolved) change).failure().orElse(null);
                stop(d, SlaTarget.RESOLUTION, at);
                stop(d, SlaTarget.NEXT_UPDATE, at);
                startIfTargeted(d, SlaTarget.FOLLOW_UP, at, at);
            }
            case START_FOLLOW_UP -> stop(d, SlaTarget.FOLLOW_UP, at);
            case FOLLOW_UP_FAILED -> {
                d.followUpAttempts++;
                if (d.state == CaseState.CLOSED) {
                    close(d, Closure.UNREACHABLE, at);
                }
            }
            case CONFIRM -> {
                d.satisfaction = ((CaseChange.Confirmed) change).satisfaction().orElse(null);
                close(d, Closure.CONFIRMED, at);
            }
            case REOPEN -> reopen(d, at);
            case SET_SLA_TARGETS -> setTargets(d, (CaseChange.SlaTargetsSet) change, at);
            case SLA_WARNING -> {
                CaseChange.SlaWarningReached w = (CaseChange.SlaWarningReached) change;
                Slot s = d.slot(w.target());
                replace(d, new Slot(s.clock, s.warnings | (1 << w.warning()), s.breachRecorded));
            }
            case SLA_BREACH -> {
                Slot s = d.slot(((CaseChange.SlaBreached) change).target());
                replace(d, new Slot(s.clock, s.warnings, true));
            }
            default -> throw new IllegalStateException("unknown change " + change.type());
        }
    }

    // ------------------------------------------------------------------ clock handling

    private static <T> List<T> append(List<T> list, T value) {
        List<T> r = new ArrayList<>(list.size() + 1);
        r.addAll(list);
        r.add(value);
        return java.util.Collections.unmodifiableList(r);
    }

    private static void replace(FeedbackCase.Draft d, Slot slot) {
        Slot[] next = d.slots.clone();
        SlaTarget target = slot.clock.target();
        for (int i = 0; i < next.length; i++) {
            if (next[i].clock.target().equals(target)) {
                next[i] = slot;
                d.slots = next;
                return;
            }
        }
        next = new Slot[d.slots.length + 1];
        int at = 0;
        while (at < d.slots.length && d.slots[at].clock.target().compareTo(target) < 0) {
            at++;
        }
        System.arraycopy(d.slots, 0, next, 0, at);
        next[at] = slot;
        System.arraycopy(d.slots, at, next, at + 1, d.slots.length - at);
        d.slots = next;
    }

    private static void remove(FeedbackCase.Draft d, SlaTarget target) {
        List<Slot> keep = new ArrayList<>(d.slots.length);
        for (Slot s : d.slots) {
            if (!s.clock.target().equals(target)) {
                keep.add(s);
            }
        }
        d.slots = keep.toArray(NO_SLOTS);
    }

    private void archive(FeedbackCase.Draft d, SlaClock finished, Instant at) {
        d.pastClocks = append(d.pastClocks, finished.result(calendar, at, d.cycle));
    }

    private void stop(FeedbackCase.Draft d, SlaTarget target, Instant at) {
        Slot s = d.slot(target);
        if (s != null && s.active()) {
            replace(d, s.with(s.clock.stop(at, calendar)));
        }
    }

    private static void pause(FeedbackCase.Draft d, SlaTarget target, Instant at) {
        Slot s = d.slot(target);
        if (s != null && s.active() && !s.clock.isPaused()) {
            replace(d, s.with(s.clock.pause(at)));
        }
    }

    private void resume(FeedbackCase.Draft d, SlaTarget target, Instant at) {
        Slot s = d.slot(target);
        if (s != null && s.active() && s.clock.isPaused()) {
            replace(d, s.with(s.clock.resume(at, calendar)));
        }
    }

    /** Starts a clock for {@code target} from {@code start} when the case's targets define one. */
    private void startIfTargeted(FeedbackCase.Draft d, SlaTarget target, Instant start, Instant at) {
        if (d.sla == null) {
            return;
        }
        Duration dur = d.sla.targets().get(target);
        if (dur != null) {
            SlaClock c = SlaClock.start(target, dur, start, calendar);
            if (d.awaitingCustomer && pausable(target)) {
                c = c.pause(at);
            }
            replace(d, new Slot(c, 0, false));
        }
    }

    private static boolean pausable(SlaTarget target) {
        return target.equals(SlaTarget.RESOLUTION) || target.equals(SlaTarget.NEXT_UPDATE);
    }

    private static boolean resolvedThisCycle(CaseState s) {
        return s == CaseState.RESOLVED || s == CaseState.FOLLOW_UP || s == CaseState.CLOSED;
    }

    /** Where the measured phase of a target began in the current cycle, or null if it has not. */
    private static Instant phaseStart(FeedbackCase.Draft d, SlaTarget target) {
        if (target.equals(SlaTarget.FIRST_RESPONSE)) {
            return d.respondedAt == null ? d.cycleStartedAt : null;
        }
        if (target.equals(SlaTarget.RESOLUTION)) {
            return resolvedThisCycle(d.state) ? null : d.cycleStartedAt;
        }
        if (target.equals(SlaTarget.NEXT_UPDATE)) {
            return d.respondedAt != null && !resolvedThisCycle(d.state) ? d.lastUpdateAt : null;
        }
        if (target.equals(SlaTarget.FOLLOW_UP)) {
            return d.state == CaseState.RESOLVED ? d.resolvedAt : null;
        }
        return null;
    }

    private void setTargets(FeedbackCase.Draft d, CaseChange.SlaTargetsSet t, Instant at) {
        Map<SlaTarget, Duration> targets = t.targets();
        List<Slot> next = new ArrayList<>(targets.size());
        for (Slot s : d.slots) {
            Duration dur = targets.get(s.clock.target());
            if (dur == null) {
                next.add(s.active() ? s.with(s.clock.cancel(at)) : s);
            } else if (s.active() && !dur.equals(s.clock.targetDuration())) {
                next.add(s.with(s.clock.retarget(dur, calendar, at)));
            } else {
                next.add(s);
            }
        }
        d.sla = t;
        for (Map.Entry<SlaTarget, Duration> e : targets.entrySet()) {
            if (d.slot(e.getKey()) == null) {
                Instant start = phaseStart(d, e.getKey());
                if (start != null) {
                    SlaClock c = SlaClock.start(e.getKey(), e.getValue(), start, calendar);
                    if (d.awaitingCustomer && pausable(e.getKey())) {
                        c = c.pause(at);
                    }
                    next.add(new Slot(c, 0, false));
                }
            }
        }
        Slot[] arr = next.toArray(NO_SLOTS);
        Arrays.sort(arr, BY_TARGET);
        d.slots = arr;
    }

    private void reopen(FeedbackCase.Draft d, Instant at) {
        boolean continueResolution = d.sla != null && d.sla.reopenMode() == ReopenMode.CONTINUE;
        SlaClock resolution = null;
        for (Slot s : d.slots) {
            SlaClock c = s.active() ? s.clock.cancel(at) : s.clock;
            if (continueResolution && c.target().equals(SlaTarget.RESOLUTION) && c.stoppedAt().isPresent()) {
                resolution = c;
            } else {
                archive(d, c, at);
            }
        }
        d.slots = NO_SLOTS;
        d.cycle++;
        d.cycleStartedAt = at;
        d.reopenCount++;
        d.respondedAt = null;
        d.lastUpdateAt = null;
        d.awaitingCustomer = false;
        d.followUpAttempts = 0;
        d.closedAt = null;
        d.closure = null;
        d.satisfaction = null;
        d.outcome = null;
        startIfTargeted(d, SlaTarget.FIRST_RESPONSE, at, at);
        if (resolution != null) {
            replace(d, new Slot(resolution.reopen(at, ReopenMode.CONTINUE, calendar), 0, false));
        } else {
            startIfTargeted(d, SlaTarget.RESOLUTION, at, at);
        }
    }

    private void close(FeedbackCase.Draft d, Closure closure, Instant at) {
        Slot[] closed = d.slots.clone();
        for (int i = 0; i < closed.length; i++) {
            if (closed[i].active()) {
                closed[i] = closed[i].with(closed[i].clock.cancel(at));
            }
        }
        d.slots = closed;
        d.closedAt = at;
        d.closure = closure;
        d.awaitingCustomer = false;
        CaseOutcome.Builder b = CaseOutcome.builder(d.id, d.feedback.id(), d.feedback.channel(), d.category,
                d.severity, d.feedback.receivedAt());
        d.feedback.touchpoint().ifPresent(b::touchpoint);
        if (d.stage != null) {
            b.stage(d.stage);
        }
        if (d.priority != null) {
            b.priority(d.priority);
        }
        if (d.segment != null) {
            b.segment(d.segment);
        }
        if (d.team != null) {
            b.team(d.team);
        }
        if (d.owner != null) {
            b.owner(d.owner);
        }
        if (d.firstResponseAt != null) {
            b.firstResponseAt(d.firstResponseAt);
        }
        if (d.resolvedAt != null && closure != Closure.REJECTED) {
            b.resolvedAt(d.resolvedAt);
        }
        for (SlaResult r : d.pastClocks) {
            b.sla(r);
        }
        for (Slot s : closed) {
            b.sla(s.clock.result(calendar, at, d.cycle));
        }
        for (var a : d.recoveryActions) {
            b.recoveryAction(a);
        }
        if (d.satisfaction != null) {
            b.satisfaction(d.satisfaction);
        }
        d.outcome = b.reopenCount(d.reopenCount).escalationCount(d.escalations).build(at, closure);
    }

    // ------------------------------------------------------------------ the definition

    private StateMachine<CaseState, CaseEventType, FeedbackCase, CaseEvent> define(Builder b) {
        Definer def = new Definer(b);
        Guard<FeedbackCase, CaseEvent> neverReopened = Guard.of("the case was never reopened",
                (c, e) -> c.reopenCount() == 0);
        Guard<FeedbackCase, CaseEvent> notAwaiting = Guard.of("the case is not already awaiting the customer",
                (c, e) -> !c.awaitingCustomer());
        Guard<FeedbackCase, CaseEvent> awaiting = Guard.of("the case is awaiting the customer",
                (c, e) -> c.awaitingCustomer());
        Guard<FeedbackCase, CaseEvent> attemptsLeft = Guard.of("follow-up attempts are left",
                (c, e) -> c.followUpAttempts() + 1 < followUpAttempts);
        Guard<FeedbackCase, CaseEvent> lastAttempt = Guard.of("this is the last follow-up attempt",
                (c, e) -> c.followUpAttempts() + 1 >= followUpAttempts);
        Guard<FeedbackCase, CaseEvent> withinWindow = reopenWindow == null ? null
                : Guard.of("the case closed less than " + reopenWindow + " ago",
                        (c, e) -> !e.at().isAfter(c.closedAt().orElseThrow().plus(reopenWindow)));
        Guard<FeedbackCase, CaseEvent> warningDue = described("the warning is due and not yet recorded",
                this::warningDue);
        Guard<FeedbackCase, CaseEvent> breached = described("the clock is breached and the breach not yet recorded",
                this::breached);

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

    private Verdict warningDue(FeedbackCase c, CaseEvent e) {
        CaseChange.SlaWarningReached w = (CaseChange.SlaWarningReached) e.change();
        Slot s = c.slot(w.target());
        if (s == null || !s.active()) {
            return Verdict.refuse("no " + w.target() + " clock is running in cycle " + c.cycle());
        }
        List<SlaWarning> warnings = c.slaTargets().orElseThrow().warnings();
        if (w.warning() >= warnings.size()) {
            return Verdict.refuse("warning " + w.warning() + " is not one of the case's " + warnings.size()
                    + " warning thresholds");
        }
        if ((s.warnings & (1 << w.warning())) != 0) {
            return Verdict.refuse("warning " + w.warning() + " of " + w.target() + " was already recorded");
        }
        Instant due = warningInstant(s, warnings, w.warning(), e.at());
        if (due.isAfter(e.at())) {
            return Verdict.refuse("warning " + w.warning() + " of " + w.target() + " is not due before " + due);
        }
        return Verdict.allow();
    }

    private Verdict breached(FeedbackCase c, CaseEvent e) {
        SlaTarget target = ((CaseChange.SlaBreached) e.change()).target();
        Slot s = c.slot(target);
        if (s == null || !s.active()) {
            return Verdict.refuse("no " + target + " clock is running in cycle " + c.cycle());
        }
        if (s.breachRecorded) {
            return Verdict.refuse("the breach of " + target + " was already recorded");
        }
        if (s.clock.status(calendar, e.at()) != SlaStatus.BREACHED) {
            return Verdict.refuse(target + " is not breached at " + e.at());
        }
        return Verdict.allow();
    }

    /** Declares transitions, adding the builder's extra guards of each event type. */
    private static final class Definer {
        final StateMachine.Builder<CaseState, CaseEventType, FeedbackCase, CaseEvent> machine =
                StateMachine.builder(CaseState.class, CaseEventType.class);
        final Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> extra;

        Definer(Builder b) {
            this.extra = b.guards;
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

    /**
     * Builds a customised {@link FeedbackLifecycle}. Not thread-safe; the built lifecycle is.
     */
    public static final class Builder {
        private final BusinessCalendar calendar;
        private int followUpAttempts = 3;
        private Duration reopenWindow;
        private boolean rectificationRequired;
        private final Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> guards =
                new EnumMap<>(CaseEventType.class);

        private Builder(BusinessCalendar calendar) {
            this.calendar = calendar;
        }

        /**
         * How many failed follow-up attempts close a case as unreachable (default 3).
         *
         * @param attempts at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code attempts} is below 1
         */
        public Builder followUpAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("followUpAttempts must be at least 1, but was " + attempts);
            }
            this.followUpAttempts = attempts;
            return this;
        }

        /**
         * Lets closed cases be reopened only within this wall-clock time after closing (default: no
         * limit). Cases not yet closed can always be reopened from resolution or follow-up.
         *
         * @param window positive
         * @return this builder
         */
        public Builder reopenWindow(Duration window) {
            this.reopenWindow = Checks.positive(window, "reopenWindow");
            return this;
        }

        /**
         * Requires every case to go through rectification before it is resolved (default: a case
         * that needs no corrective action may be resolved straight from in progress).
         *
         * @return this builder
         */
        public Builder rectificationRequired() {
            this.rectificationRequired = true;
            return this;
        }

        /**
         * Adds a guard every transition on {@code type} must also pass, after the lifecycle's own
         * guard. Its description names the requirement in rejections and diagrams.
         *
         * @param type the kind of change, not null and not {@link CaseEventType#RECEIVE}
         * @param guard the guard, not null; it must not change anything
         * @return this builder
         */
        public Builder guard(CaseEventType type, Guard<? super FeedbackCase, ? super CaseEvent> guard) {
            Checks.notNull(type, "type");
            if (type == CaseEventType.RECEIVE) {
                throw new IllegalArgumentException("type must be a change of an existing case, but was RECEIVE");
            }
            guards.computeIfAbsent(type, k -> new ArrayList<>()).add(Checks.notNull(guard, "guard"));
            return this;
        }

        /**
         * Builds the lifecycle.
         *
         * @return the lifecycle
         */
        public FeedbackLifecycle build() {
            Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> copy =
                    new EnumMap<>(CaseEventType.class);
            guards.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            Builder snapshot = new Builder(calendar);
            snapshot.followUpAttempts = followUpAttempts;
            snapshot.reopenWindow = reopenWindow;
            snapshot.rectificationRequired = rectificationRequired;
            snapshot.guards.putAll(copy);
            return new FeedbackLifecycle(snapshot);
        }

        @Override
        public String toString() {
            return "FeedbackLifecycle.Builder[followUpAttempts=" + followUpAttempts + ", reopenWindow="
                    + reopenWindow + ", rectificationRequired=" + rectificationRequired + "]";
        }
    }

    @Override
    public String toString() {
        return "FeedbackLifecycle[calendar=" + calendar.name() + ", followUpAttempts=" + followUpAttempts
                + ", reopenWindow=" + reopenWindow + ", rectificationRequired=" + rectificationRequired + "]";
    }
}
