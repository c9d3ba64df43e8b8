package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaPauseCondition;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.machine.Verdict;

/**
 * The SLA clocks of a case: the targets it runs against, the clocks of the current cycle with
 * what the SLA monitor recorded about each ({@link Slot}s, in target order), and the read-outs of
 * clocks no longer current. Each change returns a new value; the calendars the clocks are
 * measured on travel with them: each target's clock on the calendar its recorded targets name
 * for it, or on the lifecycle's main calendar.
 *
 * <p>Pausing: a clock is paused exactly while one of its target's pause conditions
 * ({@link CaseChange.SlaTargetsSet#pauseConditions}) holds — waiting on the customer, or the
 * case being in a named state. {@link #settle} brings every active clock into line after each
 * event. The waits on the customer of the cycle are remembered, so that a clock attached late
 * counts exactly what a clock running all along would have counted; periods in a pausing state
 * are not (a clock attached while such a state holds pauses from its attachment).
 *
 * <p>The alerts still pending — each unrecorded warning threshold and unrecorded breach of an
 * active clock that can fall due, with its instant — are derived by one scan of the slots, and
 * everything that asks about alerts reads it: {@link #nextAlert()} (the SLA monitor's key, asked
 * after every event for the case's summary) runs the scan without keeping the list, so that it
 * allocates nothing but the instant it answers; {@link #dueAlerts} and the lifecycle's guards on
 * warnings and breaches ({@link #warningVerdict}, {@link #breachVerdict}) run it once per value
 * keeping the list. A warning falls due at the instant its threshold is reached; a breach one
 * nanosecond after the breach instant (the clock is breached only strictly after it). A paused
 * clock has pending only what it reached before its pause.
 *
 * <p>Immutable and thread-safe: the derived list is published through a holder whose fields are
 * all final, and the next alert is an immutable instant (or a shared sentinel), so a racing first
 * use only computes the same value twice. Package-private.
 *
 * <p>Longer than our usual 400 lines on purpose: the clock changes and the alerts derived from
 * the clocks they leave are one job — keeping the derivation next to the only code that makes
 * slots is what stops the next alert, the due alerts and the guards from drifting apart again.
 */
final class SlaClocks {

    private static final Slot[] NO_SLOTS = new Slot[0];
    private static final Comparator<Slot> BY_TARGET = Comparator.comparing(s -> s.clock.target());
    /** Orders pending alerts whose instants are known. */
    private static final Comparator<Pending> BY_INSTANT = Comparator.comparing(p -> p.at);
    private static final Pending[] NONE_PENDING = new Pending[0];
    /** Nothing pending: shared, so that a case with no alert ahead (every closed case) keeps no list of its own. */
    private static final Derived NOTHING = new Derived(NONE_PENDING, null);
    /**
     * {@link #nextDue} when no alert will fall due: compared by identity only, so that "none" needs
     * no holder of its own (an instant made here is a distinct object no scan ever returns).
     */
    private static final Instant NO_ALERT = Instant.ofEpochSecond(0, 1);
    /** The lower-case name of each state, by ordinal: the code of a pause condition naming it. */
    private static final String[] STATE_CODES = stateCodes();

    /** Where a target's measured phase began in the current cycle, or null when it has not. */
    @FunctionalInterface
    interface PhaseStart {
        Instant of(SlaTarget target);
    }

    /**
     * One pending alert: a warning (index at least 0) or a breach (index -1) of a slot. The
     * instant of a running clock's warning is computed on first use (the next alert needs only
     * the lowest threshold's, a running clock reaching its thresholds in their order); a race
     * computes the same immutable instant twice.
     */
    private static final class Pending {
        final Slot slot;
        final int warning;
        final long threshold;
        private Instant at;
        private final Instant due;

        Pending(Slot slot, int warning, long threshold, Instant at) {
            this.slot = slot;
            this.warning = warning;
            this.threshold = threshold;
            this.at = at;
            this.due = warning < 0 ? at.plusNanos(1) : null;
        }

        /** When the warning goes out (a working instant), or the breach instant. */
        Instant at() {
            Instant a = at;
            if (a == null) {
                a = slot.clock.warningInstant(Duration.ofNanos(threshold), slot.calendar, slot.clock.start());
                at = a;
            }
            return a;
        }

        /** When it falls due: a warning when it goes out, a breach right after the breach instant. */
        Instant dueAt() {
            return warning < 0 ? due : at();
        }
    }

    /** The derived list (slot order, warnings by index, then the breach) and the earliest instant due. */
    private static final class Derived {
        final Pending[] pending;
        final Instant next;

        Derived(Pending[] pending, Instant next) {
            this.pending = pending;
            this.next = next;
        }
    }

    /** The calendars active clocks are measured on and new clocks start on. */
    private final SlaCalendars calendars;
    private final CaseChange.SlaTargetsSet targets;
    private final Slot[] slots;
    private final List<SlaResult> past;
    /** The finished waits on the customer of the current cycle, in order. */
    private final List<SlaPause> pauses;
    /** When the current wait on the customer began, or null. */
    private final Instant awaitingSince;
    private Derived derived;
    /** The earliest instant a pending alert falls due, {@link #NO_ALERT} for none, or null until first asked. */
    private Instant nextDue;
    /** The view {@link #clocks()} answers, or null until first asked. */
    private List<SlaClock> clockList;

    private SlaClocks(SlaCalendars calendars, CaseChange.SlaTargetsSet targets, Slot[] slots,
            List<SlaResult> past, List<SlaPause> pauses, Instant awaitingSince) {
        this.calendars = calendars;
        this.targets = targets;
        this.slots = slots;
        this.past = past;
        this.pauses = pauses;
        this.awaitingSince = awaitingSince;
    }

    /** No targets, no clocks. */
    static SlaClocks none(SlaCalendars calendars) {
        return new SlaClocks(calendars, null, NO_SLOTS, List.of(), List.of(), null);
    }

    /**
     * Clocks as a snapshot describes them; the slots are sorted into target order here.
     * {@code targets} is null when none were set (then there are no slots).
     */
    static SlaClocks restored(SlaCalendars calendars, CaseChange.SlaTargetsSet targets, Slot[] slots,
            List<SlaResult> past, List<SlaPause> pauses, Instant awaitingSince) {
        Slot[] sorted = slots.clone();
        Arrays.sort(sorted, BY_TARGET);
        return new SlaClocks(calendars, targets, sorted.length == 0 ? NO_SLOTS : sorted, past, pauses,
                awaitingSince);
    }

    /** The finished waits on the customer of the current cycle, in order; unmodifiable. */
    List<SlaPause> pauses() {
        return pauses;
    }

    /** When the current wait on the customer began, or null when none is running. */
    Instant awaitingSince() {
        return awaitingSince;
    }

    /** The lifecycle's main calendar at the case's last event. */
    BusinessCalendar calendar() {
        return calendars.main();
    }

    /** The calendars the clocks are measured on. */
    SlaCalendars calendars() {
        return calendars;
    }

    /** The calendar the clock of {@code target} is measured on under the recorded targets. */
    BusinessCalendar calendarFor(SlaTarget target) {
        return calendars.forTarget(targets, target);
    }

    /** The slots, in target order; callers must not change the array. */
    Slot[] slots() {
        return slots;
    }

    // ------------------------------------------------------------------ reading

    Optional<CaseChange.SlaTargetsSet> targets() {
        return Optional.ofNullable(targets);
    }

    /** The recorded targets, or null when none were set. */
    CaseChange.SlaTargetsSet targetsOrNull() {
        return targets;
    }

    List<SlaResult> past() {
        return past;
    }

    /**
     * The current clocks, in target order: an unmodifiable view of the slots (which never
     * change), so that reading them copies nothing. Made on first use and kept (a value read
     * after each event, for its summary, would otherwise make one per read); a race makes two
     * equal views.
     */
    List<SlaClock> clocks() {
        if (slots.length == 0) {
            return List.of();
        }
        List<SlaClock> c = clockList;
        if (c == null) {
            c = new ClockList(slots);
            clockList = c;
        }
        return c;
    }

    /** The clocks of an array of slots, read through; unmodifiable. */
    private static final class ClockList extends java.util.AbstractList<SlaClock> implements java.util.RandomAccess {
        private final Slot[] slots;

        ClockList(Slot[] slots) {
            this.slots = slots;
        }

        @Override
        public SlaClock get(int index) {
            return slots[index].clock;
        }

        @Override
        public int size() {
            return slots.length;
        }
    }

    Slot slot(SlaTarget target) {
        for (Slot s : slots) {
            if (s.clock.target().equals(target)) {
                return s;
            }
        }
        return null;
    }

    /** Every clock read out at {@code at}: past ones as recorded, then the current ones. */
    List<SlaResult> results(Instant at, int cycle) {
        List<SlaResult> r = new ArrayList<>(past.size() + slots.length);
        r.addAll(past);
        for (Slot s : slots) {
            r.add(s.clock.result(s.calendar, at, cycle));
        }
        return r;
    }

    // ------------------------------------------------------------------ pending alerts

    private Derived derived() {
        Derived d = derived;
        if (d == null) {
            List<Pending> out = new ArrayList<>(slots.length * (targets == null ? 1 : targets.warnings().size() + 1));
            Instant n = scan(out);
            d = out.isEmpty() && n == null ? NOTHING : new Derived(out.toArray(NONE_PENDING), n);
            derived = d;
        }
        return d;
    }

    /**
     * The one scan of the pending alerts: returns the earliest instant one falls due (null when
     * none will) and, when {@code out} is not null, adds each pending alert to it in slot order,
     * warnings by index, then the breach. Without a list it makes no {@link Pending}: of a
     * running clock only the lowest unrecorded threshold can be next (a running clock reaches its
     * thresholds in their order), and its instant is computed as {@link Pending#at()} would.
     */
    private Instant scan(List<Pending> out) {
        if (slots.length == 0) {
            return null;
        }
        List<SlaWarning> warnings = targets.warnings();
        Instant next = null;
        for (Slot s : slots) {
            if (!s.active()) {
                continue;
            }
            SlaClock clock = s.clock;
            Instant pausedSince = clock.isPaused() ? clock.pausedSince().get() : null;
            Slot.Thresholds shared = s.thresholdsOf(warnings, calendars);
            long[] thresholds = shared.nanos;
            Pending lowest = null;
            int lowestIndex = -1;
            for (int i = 0; i < thresholds.length; i++) {
                if (s.warningRecorded(i)) {
                    continue;
                }
                if (pausedSince == null) {
                    if (lowestIndex < 0 || thresholds[i] < thresholds[lowestIndex]) {
                        lowestIndex = i;
                    }
                    if (out != null) {
                        Pending p = new Pending(s, i, thresholds[i], null);
                        out.add(p);
                        if (lowestIndex == i) {
                            lowest = p;
                        }
                    }
                } else {
                    Instant at = clock.warningInstant(shared.durations[i], s.calendar, pausedSince);
                    if (at.isBefore(pausedSince)) {
                        if (out != null) {
                            out.add(new Pending(s, i, thresholds[i], at));
                        }
                        next = earliest(next, at);
                    }
                }
            }
            if (lowest != null) {
                next = earliest(next, lowest.at());
            } else if (lowestIndex >= 0) {
                next = earliest(next, clock.warningInstant(shared.durations[lowestIndex], s.calendar, clock.start()));
            }
            if (!s.breachRecorded) {
                // running: breached after its deadline, or after the breach a re-target latched;
                // paused: breached only if it reached its deadline before the pause
                Instant breach = pausedSince == null ? clock.recordedBreach().orElse(clock.deadline())
                        : clock.breachInstant(s.calendar).orElse(null);
                if (breach != null) {
                    if (out != null) {
                        Pending p = new Pending(s, -1, 0, breach);
                        out.add(p);
                        next = earliest(next, p.due);
                    } else {
                        next = earliest(next, breach.plusNanos(1));
                    }
                }
            }
        }
        return next;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** The earliest instant a pending alert falls due, or null when none will. */
    Instant nextAlert() {
        Derived d = derived;
        if (d != null) {
            return d.next;
        }
        Instant n = nextDue;
        if (n == null) {
            n = scan(null);
            nextDue = n == null ? NO_ALERT : n;
            return n;
        }
        return n == NO_ALERT ? null : n;
    }

    /** The pending alerts due at {@code t}, earliest first. */
    List<SlaAlert> dueAlerts(CaseId id, long version, int cycle, Instant t) {
        Pending[] pending = derived().pending;
        List<Pending> due = null;
        for (Pending p : pending) {
            if (!p.dueAt().isAfter(t)) {
                if (due == null) {
                    due = new ArrayList<>(2);
                }
                due.add(p);
            }
        }
        if (due == null) {
            return List.of();
        }
        due.sort(BY_INSTANT);
        List<SlaAlert> alerts = new ArrayList<>(due.size());
        for (Pending p : due) {
            alerts.add(p.warning < 0
                    ? new SlaAlert(id, version, cycle, p.slot.clock.target(), SlaAlert.Kind.BREACH,
                            OptionalInt.empty(), p.at)
                    : new SlaAlert(id, version, cycle, p.slot.clock.target(), SlaAlert.Kind.WARNING,
                            OptionalInt.of(p.warning), p.at));
        }
        return List.copyOf(alerts);
    }

    private Pending pending(Slot s, int warning) {
        for (Pending p : derived().pending) {
            if (p.slot == s && p.warning == warning) {
                return p;
            }
        }
        return null;
    }

    /** Whether warning {@code index} of {@code target} may be recorded at {@code at}, and if not why. */
    Verdict warningVerdict(SlaTarget target, int index, Instant at, int cycle) {
        Slot s = slot(target);
        if (s == null || !s.active()) {
            return Verdict.refuse("no " + target + " clock is running in cycle " + cycle);
        }
        List<SlaWarning> warnings = targets.warnings();
        if (index >= warnings.size()) {
            return Verdict.refuse("warning " + index + " is not one of the case's " + warnings.size()
                    + " warning thresholds");
        }
        if (s.warningRecorded(index)) {
            return Verdict.refuse("warning " + index + " of " + target + " was already recorded");
        }
        Pending p = pending(s, index);
        if (p != null && !p.dueAt().isAfter(at)) {
            return Verdict.allow();
        }
        // not pending means paused before reaching it: when it would be reached on resuming now
        Instant due = p != null ? p.at()
                : s.clock.warningInstant(Duration.ofNanos(s.thresholds(warnings, calendars)[index]), s.calendar, at);
        return Verdict.refuse("warning " + index + " of " + target + " is not due before " + due);
    }

    /** Whether the breach of {@code target} may be recorded at {@code at}, and if not why. */
    Verdict breachVerdict(SlaTarget target, Instant at, int cycle) {
        Slot s = slot(target);
        if (s == null || !s.active()) {
            return Verdict.refuse("no " + target + " clock is running in cycle " + cycle);
        }
        if (s.breachRecorded) {
            return Verdict.refuse("the breach of " + target + " was already recorded");
        }
        Pending p = pending(s, -1);
        if (p == null || p.dueAt().isAfter(at)) {
            return Verdict.refuse(target + " is not breached at " + at);
        }
        return Verdict.allow();
    }

    boolean warningRecorded(SlaTarget target, int warning) {
        Slot s = slot(target);
        return s != null && warning >= 0 && warning < 31 && s.warningRecorded(warning);
    }

    boolean breachRecorded(SlaTarget target) {
        Slot s = slot(target);
        return s != null && s.breachRecorded;
    }

    // ------------------------------------------------------------------ changes

    private SlaClocks with(Slot[] next) {
        return new SlaClocks(calendars, targets, next, past, pauses, awaitingSince);
    }

    /** With {@code slot} in place of its target's slot, or added in target order. */
    private SlaClocks replace(Slot slot) {
        return with(placed(slots, slot));
    }

    /** A copy of {@code slots} with {@code slot} in place of its target's slot, or added in target order. */
    private static Slot[] placed(Slot[] slots, Slot slot) {
        SlaTarget target = slot.clock.target();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].clock.target().equals(target)) {
                Slot[] next = slots.clone();
                next[i] = slot;
                return next;
            }
        }
        Slot[] next = new Slot[slots.length + 1];
        int at = 0;
        while (at < slots.length && slots[at].clock.target().compareTo(target) < 0) {
            at++;
        }
        System.arraycopy(slots, 0, next, 0, at);
        next[at] = slot;
        System.arraycopy(slots, at, next, at + 1, slots.length - at);
        return next;
    }

    private static List<SlaResult> append(List<SlaResult> list, SlaResult value) {
        List<SlaResult> r = new ArrayList<>(list.size() + 1);
        r.addAll(list);
        r.add(value);
        return Collections.unmodifiableList(r);
    }

    /** Whether a pause condition of {@code target} holds in {@code state}. */
    private boolean pausedIn(SlaTarget target, CaseState state) {
        if (targets == null) {
            return false;
        }
        Set<SlaPauseCondition> conditions = targets.pauseConditions(target);
        if (conditions.isEmpty()) {
            return false; // asked for every active clock after every event: no iterator for nothing
        }
        String code = STATE_CODES[state.ordinal()];
        for (SlaPauseCondition c : conditions) {
            if (c.equals(SlaPauseCondition.AWAITING_CUSTOMER) ? awaitingSince != null : c.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String[] stateCodes() {
        CaseState[] states = CaseState.values();
        String[] codes = new String[states.length];
        for (CaseState st : states) {
            codes[st.ordinal()] = st.name().toLowerCase(Locale.ROOT);
        }
        return codes;
    }

    /**
     * After an event at {@code at} leaving the case in {@code state}: every active clock is paused
     * when one of its pause conditions holds and running otherwise, the change taking effect at
     * {@code at}. This value when every clock already is.
     */
    SlaClocks settle(CaseState state, Instant at) {
        Slot[] next = null;
        for (int i = 0; i < slots.length; i++) {
            Slot s = slots[i];
            if (!s.active()) {
                continue;
            }
            boolean pause = pausedIn(s.clock.target(), state);
            if (pause != s.clock.isPaused()) {
                if (next == null) {
                    next = slots.clone();
                }
                next[i] = s.with(pause ? s.clock.pause(at) : s.clock.resume(at, s.calendar));
            }
        }
        return next == null ? this : with(next);
    }

    /**
     * The clocks measured on {@code next}: every active clock is recomputed from its start and
     * pauses on the calendar its target uses there (its recorded breach kept), finished clocks
     * keep the calendar they finished on, and clocks started from now on use them. This value
     * when the calendars are the same.
     */
    SlaClocks on(SlaCalendars next) {
        if (next == calendars) {
            return this;
        }
        return new SlaClocks(next, targets, slots, past, pauses, awaitingSince).rebased();
    }

    /** Every active clock moved, by recomputing, to the calendar its target uses now. */
    private SlaClocks rebased() {
        Slot[] moved = null;
        for (int i = 0; i < slots.length; i++) {
            Slot s = slots[i];
            if (s.active()) {
                BusinessCalendar cal = calendarFor(s.clock.target());
                if (cal != s.calendar) {
                    if (moved == null) {
                        moved = slots.clone();
                    }
                    moved[i] = s.with(s.clock.recomputed(s.clock.targetDuration(), cal), cal);
                }
            }
        }
        return moved == null ? this : with(moved);
    }

    /**
     * Stops the active clocks of {@code stopped} at {@code at}, then starts a clock of
     * {@code started} from {@code at} when the targets define one: the value the chain
     * {@code stop(stopped[0], at)…startIfTargeted(started, at)} gives (stopping changes nothing a
     * new clock is attached from), made as one new value instead of one per step.
     */
    SlaClocks stopThenStart(SlaTarget[] stopped, SlaTarget started, Instant at) {
        Slot[] next = slots;
        for (SlaTarget target : stopped) {
            for (int i = 0; i < next.length; i++) {
                Slot s = next[i];
                if (s.clock.target().equals(target)) {
                    if (s.active()) {
                        if (next == slots) {
                            next = slots.clone();
                        }
                        next[i] = s.with(s.clock.stop(at, s.calendar));
                    }
                    break;
                }
            }
        }
        Duration dur = targets == null ? null : targets.targets().get(started);
        if (dur != null) {
            next = placed(next, new Slot(attach(started, dur, at), calendarFor(started), 0, false));
        }
        return next == slots ? this : with(next);
    }

    SlaClocks stop(SlaTarget target, Instant at) {
        Slot s = slot(target);
        return s != null && s.active() ? replace(s.with(s.clock.stop(at, s.calendar))) : this;
    }

    /**
     * The case waits on the customer from {@code at}: the wait is remembered; {@link #settle}
     * pauses the clocks it pauses.
     */
    SlaClocks awaitingCustomer(Instant at) {
        return new SlaClocks(calendars, targets, slots, past, pauses, at);
    }

    /**
     * The case no longer waits on the customer from {@code at}: the wait joins the cycle's
     * finished waits; {@link #settle} resumes the clocks nothing else pauses.
     */
    SlaClocks customerReplied(Instant at) {
        if (awaitingSince == null) {
            return this;
        }
        List<SlaPause> p = pauses;
        if (at.isAfter(awaitingSince)) {
            List<SlaPause> longer = new ArrayList<>(pauses.size() + 1);
            longer.addAll(pauses);
            longer.add(new SlaPause(awaitingSince, at));
            p = Collections.unmodifiableList(longer);
        }
        return new SlaClocks(calendars, targets, slots, past, p, null);
    }

    /**
     * A clock of {@code target} counting from {@code start} on its target's calendar: a target
     * that pauses while awaiting the customer gets every wait of the cycle after its start, and
     * is paused if the case is awaiting the customer now — so a clock attached during a wait, or
     * after one, counts exactly what a clock running all along would have counted.
     */
    private SlaClock attach(SlaTarget target, Duration dur, Instant start) {
        return attach(targets, target, dur, start);
    }

    /** {@link #attach(SlaTarget, Duration, Instant)} under the targets {@code on} instead of the recorded ones. */
    private SlaClock attach(CaseChange.SlaTargetsSet on, SlaTarget target, Duration dur, Instant start) {
        BusinessCalendar calendar = calendars.forTarget(on, target);
        if (!(on != null && on.pauseConditions(target).contains(SlaPauseCondition.AWAITING_CUSTOMER))
                || (pauses.isEmpty() && awaitingSince == null)) {
            return SlaClock.start(target, dur, start, calendar);
        }
        List<SlaPause> clipped = new ArrayList<>(pauses.size());
        for (SlaPause p : pauses) {
            if (p.to().isAfter(start)) {
                clipped.add(p.from().isBefore(start) ? new SlaPause(start, p.to()) : p);
            }
        }
        Optional<Instant> open = Optional.ofNullable(awaitingSince)
                .map(since -> since.isBefore(start) ? start : since);
        return SlaClock.of(target, dur, start, clipped, open, Optional.empty(), Optional.empty(), Optional.empty(),
                start).recomputed(dur, calendar);
    }

    /** Starts a clock for {@code target} from {@code start} when the targets define one (paused while awaiting). */
    SlaClocks startIfTargeted(SlaTarget target, Instant start) {
        Duration dur = targets == null ? null : targets.targets().get(target);
        if (dur == null) {
            return this;
        }
        return replace(new Slot(attach(target, dur, start), calendarFor(target), 0, false));
    }

    /** A customer update: the next-update clock is finished (read out into the past) and starts over. */
    SlaClocks customerUpdated(Instant at, int cycle) {
        SlaClocks r = this;
        Slot s = slot(SlaTarget.NEXT_UPDATE);
        if (s != null) {
            SlaClock finished = s.active() ? s.clock.stop(at, s.calendar) : s.clock;
            List<Slot> keep = new ArrayList<>(slots.length);
            for (Slot k : slots) {
                if (k != s) {
                    keep.add(k);
                }
            }
            r = new SlaClocks(calendars, targets, keep.toArray(NO_SLOTS),
                    append(past, finished.result(s.calendar, at, cycle)), pauses, awaitingSince);
        }
        return r.startIfTargeted(SlaTarget.NEXT_UPDATE, at);
    }

    SlaClocks recordWarning(SlaTarget target, int index) {
        return replace(slot(target).withWarningRecorded(index));
    }

    /** Records the breach of {@code target}; its breach instant is kept in the clock through every later change. */
    SlaClocks recordBreach(SlaTarget target) {
        Slot s = slot(target);
        Pending p = pending(s, -1);
        Instant breach = p != null ? p.at : s.clock.breachInstant(s.calendar).orElseThrow(
                () -> new IllegalStateException("the breach of " + target + " is recorded but the clock has none"));
        return replace(s.withBreachRecorded(breach));
    }

    /**
     * New targets: active clocks of targets no longer defined are cancelled (a breach before the
     * cancellation stays a breach); those whose target changed are re-targeted from their
     * original start; targets without a clock start one when their phase is under way; and a
     * target that comes back after it was removed is reattached: a clock counting from the start
     * of its phase again, keeping the breach and the alerts recorded for the cancelled one. An
     * active clock whose target moves to another calendar is recomputed on it from its start; a
     * clock breached at {@code at} stays breached, as on a re-target.
     */
    SlaClocks withTargets(CaseChange.SlaTargetsSet t, Instant at, PhaseStart phase) {
        Map<SlaTarget, Duration> defined = t.targets();
        // every slot stays (changed or not), and a defined target without one starts a clock when
        // its phase is under way: counted first (the phase start is a pure read of the
        // timeline), so that the slots are made in one array of the right size
        int size = slots.length;
        for (Map.Entry<SlaTarget, Duration> e : defined.entrySet()) {
            if (slot(e.getKey()) == null && phase.of(e.getKey()) != null) {
                size++;
            }
        }
        Slot[] next = new Slot[size];
        int n = 0;
        for (Slot s : slots) {
            Duration dur = defined.get(s.clock.target());
            Instant phaseStart = dur == null ? null : phase.of(s.clock.target());
            if (dur == null) {
                next[n++] = s.active() ? s.with(s.clock.cancel(at)) : s;
            } else if (s.active()) {
                BusinessCalendar cal = calendars.forTarget(t, s.clock.target());
                if (cal != s.calendar) {
                    next[n++] = s.with(s.clock.retarget(dur, s.calendar, at).recomputed(dur, cal), cal);
                } else {
                    next[n++] = dur.equals(s.clock.targetDuration()) ? s
                            : s.with(s.clock.retarget(dur, s.calendar, at));
                }
            } else if (s.clock.cancelledAt().isPresent() && phaseStart != null) {
                SlaClock c = attach(t, s.clock.target(), dur, phaseStart);
                Optional<Instant> breach = s.clock.breachInstant(s.calendar);
                if (breach.isPresent()) {
                    c = c.withBreach(breach.get());
                }
                next[n++] = new Slot(c, calendars.forTarget(t, s.clock.target()), s.warnings, s.breachRecorded);
            } else {
                next[n++] = s;
            }
        }
        for (Map.Entry<SlaTarget, Duration> e : defined.entrySet()) {
            if (slot(e.getKey()) == null) {
                Instant start = phase.of(e.getKey());
                if (start != null) {
                    next[n++] = new Slot(attach(t, e.getKey(), e.getValue(), start),
                            calendars.forTarget(t, e.getKey()), 0, false);
                }
            }
        }
        Arrays.sort(next, BY_TARGET);
        return new SlaClocks(calendars, t, next.length == 0 ? NO_SLOTS : next, past, pauses, awaitingSince);
    }

    /**
     * A reopening at {@code at} ending cycle {@code cycle}: every clock is read out into the past
     * (active ones cancelled), except a resolution clock that continues under
     * {@link ReopenMode#CONTINUE} — with the warnings and the breach recorded for it, which are
     * not recorded again; the new cycle's first-response clock starts, and the resolution clock
     * restarts or continues.
     */
    SlaClocks reopen(Instant at, int cycle) {
        boolean continueResolution = targets != null && targets.reopenMode() == ReopenMode.CONTINUE;
        Slot resolution = null;
        List<SlaResult> archived = past;
        for (Slot s : slots) {
            SlaClock c = s.active() ? s.clock.cancel(at) : s.clock;
            if (continueResolution && c.target().equals(SlaTarget.RESOLUTION) && c.stoppedAt().isPresent()) {
                resolution = s;
            } else {
                archived = append(archived, c.result(s.calendar, at, cycle));
            }
        }
        SlaClocks r = new SlaClocks(calendars, targets, NO_SLOTS, archived, List.of(), null)
                .startIfTargeted(SlaTarget.FIRST_RESPONSE, at);
        if (resolution != null) {
            BusinessCalendar calendar = r.calendarFor(SlaTarget.RESOLUTION);
            return r.replace(new Slot(resolution.clock.reopen(at, ReopenMode.CONTINUE, calendar), calendar,
                    resolution.warnings, resolution.breachRecorded));
        }
        return r.startIfTargeted(SlaTarget.RESOLUTION, at);
    }

    /** Closing at {@code at}: every active clock is cancelled (a breach before it stays a breach). */
    SlaClocks cancelActive(Instant at) {
        Slot[] closed = null;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].active()) {
                if (closed == null) {
                    closed = slots.clone();
                }
                closed[i] = slots[i].with(slots[i].clock.cancel(at));
            }
        }
        SlaClocks r = closed == null ? this : with(closed);
        return r.awaitingSince == null ? r : new SlaClocks(r.calendars, r.targets, r.slots, r.past, r.pauses, null);
    }

    // ------------------------------------------------------------------ Object

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaClocks c && calendars == c.calendars && java.util.Objects.equals(targets, c.targets)
                && Arrays.equals(slots, c.slots) && past.equals(c.past) && pauses.equals(c.pauses)
                && java.util.Objects.equals(awaitingSince, c.awaitingSince);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots);
    }

    @Override
    public String toString() {
        return "SlaClocks" + Arrays.toString(slots);
    }
}
