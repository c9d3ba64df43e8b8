package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.workflow.machine.Guard;
import org.qualityloop.workflow.machine.Outcome;
import org.qualityloop.workflow.machine.Rejection;
import org.qualityloop.workflow.machine.StateMachine;
import org.qualityloop.workflow.machine.Transition;
import org.qualityloop.workflow.machine.TransitionRejectedException;

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
 *       the last of {@link #maxFollowUpAttempts()}), capture knowledge, assign, escalate, change
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
 * <p>SLA clocks, each measured on the lifecycle's {@link #calendar()} — or on the named calendar
 * ({@link Builder#namedCalendar}) the recorded targets give its target — with the working-time
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
 * clocks from their original start; a breached clock stays breached. The pauses above are the
 * defaults; the recorded targets may name other pause conditions per target
 * ({@link CaseChange.SlaTargetsSet#pauseOn()}): waiting on the customer and the open states after
 * registration ({@link CaseChange.SlaTargetsSet#knownPauseConditions()}). A clock is paused
 * exactly while one of its conditions holds.
 *
 * <p>The work is split by job: {@code CaseTransitions} holds the transition table and its guards,
 * {@code CaseFold} folds events into the case (and its outcome when it closes), and
 * {@code SlaClocks} holds a case's SLA clocks and derives their pending alerts; this class is the
 * entry point: {@link #decide}, {@link #evolve}, {@link #apply}, {@link #replay} and the SLA
 * read-outs.
 *
 * <p>Customise with {@link #builder(BusinessCalendar)}: the number of follow-up attempts, a reopen
 * window, whether rectification is required before resolving, and guards of your own on any
 * change (for example "resolving requires a diagnosed failure"). Immutable and thread-safe once
 * built, provided the guards given to it are.
 *
 * <p>Longer than our usual 400 lines because it is the one public entry point, with its builder:
 * about half of the file is their Javadoc. The work is done by the transition table
 * ({@code CaseTransitions}), the fold ({@code CaseFold}) and the clocks ({@code SlaClocks}).
 */
public final class FeedbackLifecycle {

    /** The calendars by the instant they take effect; the first from the beginning of time. */
    private final NavigableMap<Instant, SlaCalendars> calendars;
    /** The calendars when there is only one set (no change of calendar given), so a look-up costs nothing; else null. */
    private final SlaCalendars only;
    private final int maxFollowUpAttempts;
    private final Duration reopenWindow;
    private final boolean rectificationRequired;
    private final Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> guards;
    private final StateMachine<CaseState, CaseEventType, FeedbackCase, CaseEvent> machine;
    private final CaseFold fold;

    private FeedbackLifecycle(NavigableMap<Instant, SlaCalendars> calendars, int maxFollowUpAttempts,
            Duration reopenWindow, boolean rectificationRequired,
            Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> guards) {
        this.calendars = Collections.unmodifiableNavigableMap(calendars);
        this.only = calendars.size() == 1 ? calendars.firstEntry().getValue() : null;
        this.maxFollowUpAttempts = maxFollowUpAttempts;
        this.reopenWindow = reopenWindow;
        this.rectificationRequired = rectificationRequired;
        this.guards = guards;
        this.machine = CaseTransitions.define(maxFollowUpAttempts, reopenWindow, rectificationRequired, guards,
                this::calendarsAt);
        this.fold = new CaseFold(this::calendarsAt);
    }

    /**
     * The standard lifecycle: at most three follow-up attempts, no reopen window, rectification
     * optional.
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

    /**
     * The calendar SLA clocks are measured on: the latest one given, by the builder or by
     * {@link #withCalendar}.
     *
     * @return the latest calendar
     */
    public BusinessCalendar calendar() {
        return calendars.lastEntry().getValue().main();
    }

    /**
     * The latest calendar of a name: a named calendar given by the builder or by
     * {@link #withNamedCalendar}, or the main calendar when the name is its name. SLA targets name
     * their calendar this way ({@link CaseChange.SlaTargetsSet#calendars()}).
     *
     * @param name the calendar's name, not null
     * @return the calendar, or empty when the lifecycle has none of that name
     */
    public Optional<BusinessCalendar> calendarNamed(String name) {
        Checks.notNull(name, "name");
        return Optional.ofNullable(calendars.lastEntry().getValue().byName(name));
    }

    /**
     * The calendar in effect at an instant: the builder's, or the last one given with
     * {@link #withCalendar} that took effect at or before {@code t}.
     *
     * @param t the instant, not null
     * @return the calendar
     */
    public BusinessCalendar calendarAt(Instant t) {
        return calendarsAt(t).main();
    }

    /** Every calendar in effect at {@code t}. */
    SlaCalendars calendarsAt(Instant t) {
        Checks.notNull(t, "t");
        if (only != null) {
            return only;
        }
        Map.Entry<Instant, SlaCalendars> e = calendars.floorEntry(t);
        return e == null ? calendars.firstEntry().getValue() : e.getValue();
    }

    /**
     * This lifecycle with a changed calendar (a holiday added, opening hours changed) taking
     * effect at {@code from}. The earlier calendars stay in effect for events before
     * {@code from}, so every history replays as it was written; at the first event of a case at
     * or after {@code from} the new calendar is re-applied to the case's running clocks: each is
     * recomputed from its start and its pauses, so its deadline moves (earlier or later), while a
     * breach already recorded is kept, and clocks already finished keep the read-out they had. To
     * re-apply it to every open case at once, record an event on each (the engine's
     * {@code CaseService.recomputeSla} does).
     *
     * @param next the calendar from {@code from} on, not null
     * @param from when it takes effect, not null; after the instant the latest calendar took effect
     * @return the lifecycle with the same rules and guards
     * @throws IllegalArgumentException when {@code from} is not after the latest change
     */
    public FeedbackLifecycle withCalendar(BusinessCalendar next, Instant from) {
        Checks.notNull(next, "next");
        return changed(calendars.lastEntry().getValue().withMain(next), from);
    }

    /**
     * This lifecycle with a named calendar changed, or added, from {@code from} on: the calendar
     * of {@code next}'s name that targets name ({@link CaseChange.SlaTargetsSet#calendars()}) is
     * {@code next} from then on. It is re-applied to running clocks as {@link #withCalendar} says.
     *
     * @param next the calendar from {@code from} on, not null; it replaces the named calendar of
     *     its name
     * @param from when it takes effect, not null; after the instant the latest calendar took effect
     * @return the lifecycle with the same rules and guards
     * @throws IllegalArgumentException when {@code from} is not after the latest change
     */
    public FeedbackLifecycle withNamedCalendar(BusinessCalendar next, Instant from) {
        Checks.notNull(next, "next");
        return changed(calendars.lastEntry().getValue().withNamed(next), from);
    }

    private FeedbackLifecycle changed(SlaCalendars next, Instant from) {
        Checks.notNull(from, "from");
        Instant last = calendars.lastKey();
        if (!from.isAfter(last)) {
            throw new IllegalArgumentException("from must be after " + last
                    + ", when the latest calendar took effect, but was " + from);
        }
        NavigableMap<Instant, SlaCalendars> more = new TreeMap<>(calendars);
        more.put(from, next);
        return new FeedbackLifecycle(more, maxFollowUpAttempts, reopenWindow, rectificationRequired, guards);
    }

    /**
     * The most follow-up attempts a case gets in a cycle: when {@link FeedbackCase#failedFollowUps()}
     * reaches it, the case closes as unreachable.
     *
     * @return the maximum, at least 1
     */
    public int maxFollowUpAttempts() {
        return maxFollowUpAttempts;
    }

    /**
     * Returns how long after closing a case may still be reopened; empty for no limit.
     *
     * @return how long after closing a case may still be reopened; empty for no limit
     */
    public Optional<Duration> reopenWindow() {
        return Optional.ofNullable(reopenWindow);
    }

    /**
     * Returns whether a case must go through rectification before it is resolved.
     *
     * @return whether a case must go through rectification before it is resolved
     */
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
            throw refused(received, "the first event of a case must be a received change, but was "
                    + received.type());
        }
        if (received.sequence() != 1) {
            throw refused(received, "the first event of a case must have sequence 1, but had "
                    + received.sequence());
        }
        if (received.at().isBefore(r.feedback().receivedAt())) {
            throw refused(received, "the received event must not be before the feedback's receivedAt "
                    + r.feedback().receivedAt() + ", but was at " + received.at());
        }
        checkRecorder(received);
        return fold.open(received, r);
    }

    /**
     * Decides whether an event may be applied to a case, evaluating guards; nothing changes and
     * no action runs (unlike {@link StateMachine#fire}). Apply an accepted event with
     * {@link #evolve}.
     *
     * @param current the case, not null
     * @param event the next event of its history, not null
     * @return the transition the event takes, or the rejection saying why not
     * @throws IllegalArgumentException when the event belongs to another case, is not the next in
     *     sequence, is earlier than the case's last event, is a {@link CaseChange.Received}, or
     *     breaks the rule of who records what (see {@link #replay(List)}); the message names the
     *     event's sequence
     */
    public Outcome<CaseState, CaseEventType> decide(FeedbackCase current, CaseEvent event) {
        checkNext(current, event);
        return machine.fire(current.state(), event.type(), current, event);
    }

    /**
     * Applies an event the lifecycle accepted.
     *
     * @param current the case, not null
     * @param event the event, not null
     * @param transition the transition {@link #decide} returned for it, not null
     * @return the evolved case
     * @throws IllegalArgumentException when the transition does not belong to this case and event
     */
    public FeedbackCase evolve(FeedbackCase current, CaseEvent event, Transition<CaseState, CaseEventType> transition) {
        Checks.notNull(current, "current");
        Checks.notNull(event, "event");
        Checks.notNull(transition, "transition");
        checkNext(current, event);
        if (transition.source() != current.state() || transition.event() != event.type()) {
            throw new IllegalArgumentException("transition " + transition + " does not apply to event "
                    + event.type() + " in state " + current.state());
        }
        return fold.evolve(current, event, transition.target());
    }

    /**
     * Decides and applies an event.
     *
     * @param current the case, not null
     * @param event the next event, not null
     * @return the evolved case
     * @throws TransitionRejectedException when the lifecycle does not allow the event
     * @throws IllegalArgumentException as {@link #decide} does
     */
    public FeedbackCase apply(FeedbackCase current, CaseEvent event) {
        Outcome<CaseState, CaseEventType> o = decide(current, event);
        if (o instanceof Transition<CaseState, CaseEventType> t) {
            return evolve(current, event, t);
        }
        throw new TransitionRejectedException((Rejection<CaseState, CaseEventType>) o);
    }

    /**
     * Folds a whole history into the case it describes, checking its integrity on the way: each
     * event belongs to the case, has the next sequence and is not earlier than the one before; the
     * events of one command are adjacent (a command id that reappears after another command's
     * event was reused); SLA warnings and breaches are recorded by {@link Actor#SLA_MONITOR} under
     * an alert's command id ({@link CommandId#isAlert()}), and an alert's command id is carried
     * only by the monitor's warnings, breaches and the escalations that follow them; and the
     * lifecycle allows each event where it stands.
     *
     * @param history the events in sequence order, starting with the received event; not empty
     * @return the case
     * @throws IllegalArgumentException when the history is empty or an event breaks one of these
     *     rules; the message begins with {@code event <sequence> of case <id>:} and says which rule
     * @throws IllegalStateException when a guard given to {@link Builder#guard} throws on an event;
     *     the message begins with {@code event <sequence> of case <id> (command <command id>):}
     *     followed by the guard's message, and the guard's exception is the cause
     */
    public FeedbackCase replay(List<CaseEvent> history) {
        Checks.notNull(history, "history");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must not be empty");
        }
        CaseEvent first = Checks.notNull(history.get(0), "history[0]");
        FeedbackCase c = open(first);
        CommandTrail commands = new CommandTrail();
        commands.check(first);
        for (int i = 1; i < history.size(); i++) {
            c = replayed(c, Checks.notNull(history.get(i), "history[" + i + "]"), commands);
        }
        return c;
    }

    /**
     * The case a snapshot describes, measured on this lifecycle's calendar. A closed case gets
     * the outcome its closing event gave it.
     *
     * @param snapshot the snapshot, not null, in {@link CaseSnapshot#SCHEMA_VERSION}
     * @return the case
     * @throws IllegalArgumentException when the snapshot is of another schema: rebuild the case
     *     from its events instead
     */
    public FeedbackCase restore(CaseSnapshot snapshot) {
        Checks.notNull(snapshot, "snapshot");
        if (!snapshot.isCurrentSchema()) {
            throw new IllegalArgumentException("snapshot of case " + snapshot.id() + " must be of schema "
                    + CaseSnapshot.SCHEMA_VERSION + " to be restored, but was of schema " + snapshot.schema()
                    + "; replay its events instead");
        }
        SlaCalendars calendars = calendarsAt(snapshot.updatedAt());
        FeedbackCase source = snapshot.source();
        if (source != null && source.slaClocks().calendars() == calendars) {
            return source;
        }
        List<CaseSnapshot.ClockState> states = snapshot.clocks();
        Slot[] slots = new Slot[states.size()];
        CaseChange.SlaTargetsSet targets = snapshot.targetsOrNull();
        for (int i = 0; i < slots.length; i++) {
            CaseSnapshot.ClockState state = states.get(i);
            slots[i] = state.toSlot(calendars.forTarget(targets, state.clock().target()));
        }
        SlaClocks clocks = SlaClocks.restored(calendars, targets, slots, snapshot.pastClocks(),
                snapshot.slaPauses(), snapshot.slaPausedSince().orElse(null));
        FeedbackCase c = new FeedbackCase(snapshot.id(), snapshot.version(), snapshot.updatedAt(), snapshot.state(),
                snapshot.cycle(), snapshot.feedback(), snapshot.classification(), snapshot.ownership(),
                snapshot.timeline(), snapshot.handling(), clocks, null);
        return c; // a closed case makes its outcome from these parts when first asked
    }

    /**
     * Folds the events after a snapshot into the case they lead to: what a store's read costs.
     *
     * @param snapshot the snapshot, not null, in the current schema
     * @param after the events after it, in sequence order from {@code snapshot.version() + 1}; may be empty
     * @return the case
     * @throws IllegalArgumentException as {@link #restore} and {@link #replay(List)} do; a command id
     *     reused is detected among the events after the snapshot (the snapshot keeps no command ids)
     * @throws IllegalStateException as {@link #replay(List)} does, when a guard throws
     */
    public FeedbackCase replay(CaseSnapshot snapshot, List<CaseEvent> after) {
        Checks.notNull(after, "after");
        FeedbackCase c = restore(snapshot);
        if (after.isEmpty()) {
            return c;
        }
        CommandTrail commands = new CommandTrail();
        for (int i = 0; i < after.size(); i++) {
            c = replayed(c, Checks.notNull(after.get(i), "after[" + i + "]"), commands);
        }
        return c;
    }

    /** One step of a replay: every refusal names the event's sequence. */
    private FeedbackCase replayed(FeedbackCase c, CaseEvent e, CommandTrail commands) {
        checkNext(c, e);
        commands.check(e);
        Outcome<CaseState, CaseEventType> o;
        try {
            o = machine.fire(c.state(), e.type(), c, e);
        } catch (RuntimeException ex) {
            // A guard given to the builder failed: say on which event, keep what it said.
            throw new IllegalStateException("event " + e.sequence() + " of case " + e.caseId() + " (command "
                    + e.commandId() + "): " + (ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage()),
                    ex);
        }
        if (!(o instanceof Transition<CaseState, CaseEventType> t)) {
            throw refused(e, ((Rejection<?, ?>) o).message());
        }
        try {
            return fold.evolve(c, e, t.target());
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw new IllegalArgumentException("event " + e.sequence() + " of case " + e.caseId() + ": "
                    + ex.getMessage(), ex);
        }
    }

    /**
     * The command ids of a history seen so far: the events of one command are adjacent, so an id
     * that reappears after another command's event was reused.
     */
    private static final class CommandTrail {
        /** Made when a second command appears: a trail of one command has nothing to check. */
        private Map<CommandId, Long> firstUse;
        private CommandId last;
        private long lastSequence;

        void check(CaseEvent e) {
            CommandId id = e.commandId();
            if (last == null) {
                last = id;
                lastSequence = e.sequence();
            } else if (!id.equals(last)) {
                if (firstUse == null) {
                    firstUse = new HashMap<>();
                    firstUse.put(last, lastSequence);
                }
                Long earlier = firstUse.putIfAbsent(id, e.sequence());
                if (earlier != null) {
                    throw refused(e, "command id " + id + " was used by event " + earlier
                            + " and reappears after other commands");
                }
                last = id;
            }
        }
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
        return List.copyOf(Checks.notNull(current, "current").slaClocks().results(at, current.cycle()));
    }

    /**
     * Explains the SLA clock of a target in a case's current cycle at an instant: its status, the
     * working time it counted and where, the pauses and holidays it skipped, the recorded changes
     * of its target with their reasons, and why it breached (see {@link SlaExplanation}). The
     * case is the history's replay; an open case is measured on the calendars in effect at
     * {@code at}, as {@link #dueAlerts} does.
     *
     * @param history the case's events, as {@link #replay(List)} takes them
     * @param target the target, not null
     * @param at the instant, not null, not before the history's last event
     * @return the explanation, or empty when the current cycle has no clock of the target
     * @throws IllegalArgumentException when the history does not replay, or {@code at} is before
     *     its last event
     */
    public Optional<SlaExplanation> explain(List<CaseEvent> history, org.qualityloop.model.sla.SlaTarget target,
            Instant at) {
        Checks.notNull(target, "target");
        Checks.notNull(at, "at");
        FeedbackCase c = replay(history);
        if (at.isBefore(c.updatedAt())) {
            throw new IllegalArgumentException("at must not be before the last event of case " + c.id() + " at "
                    + c.updatedAt() + ", but was " + at);
        }
        SlaClocks clocks = c.state().isOpen() ? c.slaClocks().on(calendarsAt(at)) : c.slaClocks();
        return Optional.ofNullable(SlaExplainer.explain(c, clocks,
                SlaExplainer.changes(history, target, this::calendarsAt), target, at));
    }

    /**
     * The SLA warnings and breaches due on a case at an instant and not yet recorded: each
     * unrecorded warning threshold of an active clock that was reached at or before {@code t},
     * and the breach of an active clock that is breached at {@code t}. These are exactly the
     * {@link CaseChange.SlaWarningReached} and {@link CaseChange.SlaBreached} changes the
     * lifecycle accepts at {@code t}, and the first of them falls due at
     * {@link FeedbackCase#nextSlaAlert()}: all three read the case's one list of pending alerts.
     *
     * @param current the case, not null
     * @param t the instant, not null
     * @return the alerts, earliest first; empty for a closed case
     */
    public List<SlaAlert> dueAlerts(FeedbackCase current, Instant t) {
        Checks.notNull(current, "current");
        Checks.notNull(t, "t");
        if (!current.state().isOpen()) {
            return List.of();
        }
        return current.slaClocks().on(calendarsAt(t)).dueAlerts(current.id(), current.version(), current.cycle(), t);
    }

    /**
     * The earliest instant an SLA warning or breach of a case falls due, measured on the calendar
     * in effect at {@code now}: {@link FeedbackCase#nextSlaAlert()} when the case's last event
     * was measured on that calendar, and otherwise the instant the changed calendar gives — which
     * may be earlier than {@code now}, for a deadline that moved earlier. A scheduler keyed on it
     * never sleeps on an instant that is stale.
     *
     * @param current the case, not null
     * @param now the present instant, not null
     * @return the instant, or empty when nothing will fall due
     */
    public Optional<Instant> nextSlaAlert(FeedbackCase current, Instant now) {
        Checks.notNull(current, "current");
        Checks.notNull(now, "now");
        if (!current.state().isOpen()) {
            return Optional.empty();
        }
        return Optional.ofNullable(current.slaClocks().on(calendarsAt(now)).nextAlert());
    }

    private static void checkNext(FeedbackCase current, CaseEvent event) {
        Checks.notNull(current, "current");
        Checks.notNull(event, "event");
        if (!event.caseId().equals(current.id())) {
            throw refused(event, "an event of case " + event.caseId() + " cannot apply to case " + current.id());
        }
        if (event.sequence() != current.version() + 1) {
            throw refused(event, "the next event of the case must have sequence " + (current.version() + 1)
                    + ", but had " + event.sequence());
        }
        if (event.at().isBefore(current.updatedAt())) {
            throw refused(event, "at must not be before the previous event at " + current.updatedAt()
                    + ", but was " + event.at());
        }
        if (event.type() == CaseEventType.RECEIVE) {
            throw refused(event, "the case was already received; a received change can only open a case");
        }
        checkRecorder(event);
    }

    /**
     * Who may record what: SLA warnings and breaches are recorded by {@link Actor#SLA_MONITOR}
     * under an alert's command id ({@link CommandId#isAlert()}), and an alert's command records
     * nothing but the warning or breach and the escalation that follows it.
     */
    private static void checkRecorder(CaseEvent e) {
        CaseEventType t = e.type();
        boolean alert = t == CaseEventType.SLA_WARNING || t == CaseEventType.SLA_BREACH;
        boolean monitor = e.actor().equals(Actor.SLA_MONITOR);
        if (alert && !monitor) {
            throw refused(e, "actor of a " + t + " change must be the SLA monitor (" + Actor.SLA_MONITOR
                    + "), but was " + describe(e.actor()));
        }
        if (alert && !e.commandId().isAlert()) {
            throw refused(e, "command id of a " + t + " change must start with '" + CommandId.ALERT_PREFIX
                    + "', but was " + e.commandId());
        }
        if (e.commandId().isAlert() && !monitor) {
            throw refused(e, "command id " + e.commandId() + " is reserved for the SLA monitor's alerts, but the"
                    + " actor was " + describe(e.actor()));
        }
        if (e.commandId().isAlert() && !alert && t != CaseEventType.ESCALATE) {
            throw refused(e, "command id " + e.commandId() + " of an SLA alert records only SLA_WARNING, SLA_BREACH"
                    + " or ESCALATE changes, but the change was " + t);
        }
    }

    /** The actor for a message: a system component by name, a person by kind only. */
    private static String describe(Actor a) {
        return a.kind() == Actor.Kind.SYSTEM ? a.toString() : "an actor of kind " + a.kind();
    }

    private static IllegalArgumentException refused(CaseEvent e, String rule) {
        return new IllegalArgumentException("event " + e.sequence() + " of case " + e.caseId() + ": " + rule);
    }

    /**
     * Builds a customised {@link FeedbackLifecycle}. Not thread-safe; the built lifecycle is.
     */
    public static final class Builder {
        private final BusinessCalendar calendar;
        private SlaCalendars calendars;
        private int maxFollowUpAttempts = 3;
        private Duration reopenWindow;
        private boolean rectificationRequired;
        private final Map<CaseEventType, List<Guard<? super FeedbackCase, ? super CaseEvent>>> guards =
                new EnumMap<>(CaseEventType.class);

        private Builder(BusinessCalendar calendar) {
            this.calendar = calendar;
            this.calendars = SlaCalendars.of(calendar);
        }

        /**
         * Adds a calendar that SLA targets may name instead of the main one
         * ({@link org.qualityloop.model.sla.SlaPolicy#calendars()}), e.g. a round-the-clock
         * calendar for first responses while resolution keeps office hours. It is known by its
         * {@link BusinessCalendar#name()}.
         *
         * @param named the calendar, not null; its name not the main calendar's nor one added before
         * @return this builder
         * @throws IllegalArgumentException when a calendar of that name was already given
         */
        public Builder namedCalendar(BusinessCalendar named) {
            Checks.notNull(named, "named");
            if (calendars.byName(named.name()) != null) {
                throw new IllegalArgumentException("named calendars must have distinct names, but "
                        + named.name() + " was already given");
            }
            calendars = calendars.withNamed(named);
            return this;
        }

        /**
         * The most follow-up attempts a case gets: the last of them failing closes the case as
         * unreachable (default 3).
         *
         * @param attempts at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code attempts} is below 1
         */
        public Builder maxFollowUpAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxFollowUpAttempts must be at least 1, but was " + attempts);
            }
            this.maxFollowUpAttempts = attempts;
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
            Checks.notNull(guard, "guard");
            if (type == CaseEventType.RECEIVE) {
                throw new IllegalArgumentException("type must be a change of an existing case, but was RECEIVE");
            }
            guards.computeIfAbsent(type, k -> new ArrayList<>()).add(guard);
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
            NavigableMap<Instant, SlaCalendars> byInstant = new TreeMap<>();
            byInstant.put(Instant.MIN, calendars);
            return new FeedbackLifecycle(byInstant, maxFollowUpAttempts, reopenWindow, rectificationRequired, copy);
        }

        @Override
        public String toString() {
            return "FeedbackLifecycle.Builder[maxFollowUpAttempts=" + maxFollowUpAttempts + ", reopenWindow="
                    + reopenWindow + ", rectificationRequired=" + rectificationRequired + "]";
        }
    }

    @Override
    public String toString() {
        return "FeedbackLifecycle[calendar=" + calendar().name() + ", calendarChanges=" + (calendars.size() - 1) + ", maxFollowUpAttempts=" + maxFollowUpAttempts
                + ", reopenWindow=" + reopenWindow + ", rectificationRequired=" + rectificationRequired + "]";
    }
}
