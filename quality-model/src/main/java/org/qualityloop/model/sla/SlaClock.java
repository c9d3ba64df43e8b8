package org.qualityloop.model.sla;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.internal.Checks;

/**
 * An SLA clock: an immutable value measuring one target (e.g. resolution) in working time from a
 * start instant, with pauses (e.g. waiting for the customer), an optional stop (target met or
 * missed) or cancellation.
 *
 * <p>The clock does not hold its {@link BusinessCalendar}: every question that needs working time
 * takes the calendar, so a changed calendar is re-applied simply by passing it. The only derived
 * value it keeps is {@link #deadline()}, the deadline computed at the last state change (used for
 * ordering); {@link #deadline(BusinessCalendar, Instant)} gives the exact deadline at an instant,
 * which moves while the clock is paused.
 *
 * <p>Breach rule: the clock is breached at {@code t} when {@code t} is strictly after its
 * {@linkplain #breachInstant(BusinessCalendar) breach instant} — the instant at which the elapsed
 * working time (pauses excluded) reaches the target, i.e. the deadline — unless it was stopped or
 * cancelled at or before that instant. Working time elapsed beyond the target therefore always
 * means breached, and so does a deadline that falls on a closing time and passes outside working
 * hours: an 8-hour target started Friday 09:00 on a 09–17 calendar has its deadline at Friday 17:00
 * and is breached on Saturday, and a clock stopped on Saturday has missed it, although no working
 * time elapsed after 17:00. A clock stopped exactly at its deadline has met it; a clock paused
 * before reaching its deadline is not breached while paused (its deadline moves). Elapsed time and
 * the consumed share are exact (nanoseconds); nothing is rounded before the breach check.
 * Re-targeting a breached clock keeps it breached with its original breach instant.
 *
 * <p>Transitions: {@link #pause}, {@link #resume}, {@link #stop}, {@link #cancel},
 * {@link #retarget}, {@link #recomputed}, {@link #reopen}; each returns a new clock and rejects an
 * illegal transition (e.g. pausing a paused clock) with {@link IllegalStateException}.
 * Comparable by stored deadline, then start and target. Thread-safe.
 */
public final class SlaClock implements Comparable<SlaClock> {

    private static final Comparator<SlaClock> ORDER = Comparator.comparing((SlaClock c) -> c.deadline)
            .thenComparing(c -> c.start).thenComparing(c -> c.target);
    private final SlaTarget target;
    private final Duration targetDuration;
    private final Instant start;
    private final List<SlaPause> pauses;
    private final Instant pausedSince;
    private final Instant stoppedAt;
    private final Instant cancelledAt;
    private final Instant breachedAt;
    private final Instant deadline;
    private SlaClock(SlaTarget target,
            Duration targetDuration,
            Instant start,
            List<SlaPause> pauses,
            Instant pausedSince,
            Instant stoppedAt,
            Instant cancelledAt,
            Instant breachedAt,
            Instant deadline) {
        this.target = Checks.notNull(target, "target");
        this.targetDuration = SlaTarget.checkDuration(targetDuration, "targetDuration");
        this.start = Checks.notNull(start, "start");
        this.pauses = Checks.listCopy(pauses, "pauses");
        Instant last = start;
        for (SlaPause p : this.pauses) {
            if (p.from().isBefore(last)) {
                throw new IllegalArgumentException("pauses must be ordered, disjoint and not before start, but "
                        + p + " starts before " + last);
            }
            last = p.to();
        }
        check(pausedSince, last, "pausedSince");
        check(stoppedAt, last, "stoppedAt");
        check(cancelledAt, last, "cancelledAt");
        if (stoppedAt != null && cancelledAt != null) {
            throw new IllegalArgumentException("cancelledAt must be absent on a stopped clock (stopped at " + stoppedAt
                    + "), but was " + cancelledAt);
        }
        if (breachedAt != null && breachedAt.isBefore(start)) {
            throw new IllegalArgumentException("breachedAt must not be before start " + start + ", but was "
                    + breachedAt);
        }
        if (pausedSince != null && (stoppedAt != null || cancelledAt != null)) {
            throw new IllegalArgumentException("pausedSince must be absent on a stopped or cancelled clock, but was "
                    + pausedSince);
        }
        this.pausedSince = pausedSince;
        this.stoppedAt = stoppedAt;
        this.cancelledAt = cancelledAt;
        this.breachedAt = breachedAt;
        this.deadline = Checks.notNull(deadline, "deadline");
    }

    private static void check(Instant t, Instant notBefore, String field) {
        if (t != null && t.isBefore(notBefore)) {
            throw new IllegalArgumentException(field + " must not be before " + notBefore + ", but was " + t);
        }
    }

    /**
     * Starts a clock.
     *
     * @param target the target measured, not null
     * @param targetDuration the working time allowed, positive and at most {@link SlaTarget#MAX_DURATION}
     * @param start the start instant, not null
     * @param calendar the calendar, not null
     * @return a running clock
     */
    public static SlaClock start(SlaTarget target, Duration targetDuration, Instant start, BusinessCalendar calendar) {
        SlaTarget.checkDuration(targetDuration, "targetDuration");
        Checks.notNull(start, "start");
        Instant dl = Checks.notNull(calendar, "calendar").plus(start, targetDuration);
        return new SlaClock(target, targetDuration, start, List.of(), null, null, null, null, dl);
    }

    /**
     * Restores a clock from its recorded state, the form in which a clock is stored (see
     * {@code docs/json.md}); every rule of a clock is checked.
     *
     * @param target the target measured, not null
     * @param targetDuration the working time allowed, positive and at most {@link SlaTarget#MAX_DURATION}
     * @param start the start instant, not null
     * @param pauses the completed pauses, ordered, disjoint and not before the start; not null
     * @param pausedSince when the current pause began, or empty; not before the last pause ended,
     *     and empty on a stopped or cancelled clock
     * @param stoppedAt when the clock was stopped, or empty; not before the last pause ended
     * @param cancelledAt when the clock was cancelled, or empty; not before the last pause ended
     * @param breachedAt the breach recorded before a re-target ({@link #recordedBreach()}), or empty
     * @param deadline the deadline computed at the last change ({@link #deadline()}), not null
     * @return the clock
     * @throws NullPointerException naming the argument when one is null
     * @throws IllegalArgumentException naming the field when the state breaks a rule of the clock
     */
    public static SlaClock of(SlaTarget target, Duration targetDuration, Instant start, List<SlaPause> pauses,
            Optional<Instant> pausedSince, Optional<Instant> stoppedAt, Optional<Instant> cancelledAt,
            Optional<Instant> breachedAt, Instant deadline) {
        return new SlaClock(target, targetDuration, start, pauses,
                Checks.notNull(pausedSince, "pausedSince").orElse(null),
                Checks.notNull(stoppedAt, "stoppedAt").orElse(null),
                Checks.notNull(cancelledAt, "cancelledAt").orElse(null),
                Checks.notNull(breachedAt, "breachedAt").orElse(null), deadline);
    }

    // ------------------------------------------------------------------ transitions

    /**
     * Pauses the clock.
     *
     * @param at the instant, not before the last change
     * @return the paused clock
     * @throws IllegalStateException when the clock is not running
     */
    public SlaClock pause(Instant at) {
        requireRunning("pause");
        return new SlaClock(target, targetDuration, start, pauses, Checks.notNull(at, "at"), null, null,
                breachedAt, deadline);
    }

    /**
     * Resumes a paused clock.
     *
     * @param at the instant, not before the pause started
     * @param calendar the calendar, not null
     * @return the running clock with its new deadline
     * @throws IllegalStateException when the clock is not paused
     */
    public SlaClock resume(Instant at, BusinessCalendar calendar) {
        Checks.notNull(at, "at");
        Checks.notNull(calendar, "calendar");
        if (pausedSince == null) {
            throw new IllegalStateException("cannot resume a clock that is not paused");
        }
        List<SlaPause> p = new ArrayList<>(pauses);
        if (at.isAfter(pausedSince)) {
            p.add(new SlaPause(pausedSince, at));
        } else if (at.isBefore(pausedSince)) {
            throw new IllegalArgumentException("at must not be before pausedSince " + pausedSince + ", but was " + at);
        }
        return rebuild(targetDuration, p, null, null, null, breachedAt, calendar);
    }

    /**
     * Stops the clock: the target was achieved (met if not breached by then). A paused clock is
     * resumed at the same instant first.
     *
     * @param at the instant, not null
     * @param calendar the calendar, not null
     * @return the stopped clock
     * @throws IllegalStateException when already stopped or cancelled
     */
    public SlaClock stop(Instant at, BusinessCalendar calendar) {
        Checks.notNull(at, "at");
        Checks.notNull(calendar, "calendar");
        SlaClock c = pausedSince != null ? resume(at, calendar) : this;
        c.requireRunning("stop");
        return new SlaClock(target, targetDuration, start, c.pauses, null, Checks.notNull(at, "at"), null,
                c.breachedAt, c.deadline);
    }

    /**
     * Cancels the clock; it is no longer measured.
     *
     * @param at the instant, not null; not before the start of an open pause
     * @return the cancelled clock
     * @throws IllegalStateException when already stopped or cancelled
     * @throws IllegalArgumentException when {@code at} is before the last change
     */
    public SlaClock cancel(Instant at) {
        Checks.notNull(at, "at");
        if (stoppedAt != null || cancelledAt != null) {
            throw new IllegalStateException("cannot cancel a clock that is stopped or cancelled");
        }
        List<SlaPause> p = new ArrayList<>(pauses);
        if (pausedSince != null && at.isBefore(pausedSince)) {
            throw new IllegalArgumentException("at must not be before pausedSince " + pausedSince + ", but was " + at);
        }
        if (pausedSince != null && at.isAfter(pausedSince)) {
            p.add(new SlaPause(pausedSince, at));
        }
        return new SlaClock(target, targetDuration, start, p, null, null, Checks.notNull(at, "at"), breachedAt,
                deadline);
    }

    /**
     * Re-targets the clock from its original start, e.g. after a priority change. If the clock is
     * breached at {@code at}, it stays breached with its breach instant, whatever the new target.
     *
     * @param newTarget the new working time, positive
     * @param calendar the calendar, not null
     * @param at the instant of the change, not null
     * @return the re-targeted clock
     */
    public SlaClock retarget(Duration newTarget, BusinessCalendar calendar, Instant at) {
        SlaTarget.checkDuration(newTarget, "newTarget");
        Instant latched = breachedAt;
        if (latched == null && status(calendar, at) == SlaStatus.BREACHED) {
            latched = breachInstant(calendar).orElseThrow();
        }
        return rebuild(newTarget, pauses, pausedSince, stoppedAt, cancelledAt, latched, calendar);
    }

    /**
     * Recomputes the clock from its start and pauses with a target (e.g. from a changed policy) and
     * a calendar (e.g. a changed one); a recorded breach instant is kept.
     *
     * @param newTarget the working time, positive
     * @param calendar the calendar, not null
     * @return the recomputed clock
     */
    public SlaClock recomputed(Duration newTarget, BusinessCalendar calendar) {
        return rebuild(SlaTarget.checkDuration(newTarget, "newTarget"), pauses, pausedSince, stoppedAt, cancelledAt,
                breachedAt,
                calendar);
    }

    /**
     * Recomputes the clock from its start and pauses with the target the current policy gives the
     * case, on the current calendar — how a changed policy or calendar is re-applied to running
     * clocks. A recorded breach instant is kept.
     *
     * @param policy the current policy, not null
     * @param context the case's attributes, not null
     * @param calendar the current calendar, not null
     * @return the recomputed clock
     * @throws IllegalArgumentException when the policy no longer defines this clock's target for the
     *         case
     */
    public SlaClock recomputed(SlaPolicy policy, SlaContext context, BusinessCalendar calendar) {
        Checks.notNull(policy, "policy");
        Duration d = policy.target(target, Checks.notNull(context, "context")).orElseThrow(
                () -> new IllegalArgumentException("policy '" + policy.name() + "' must define target " + target
                        + " for the case, but does not"));
        return recomputed(d, calendar);
    }

    /**
     * Records that the clock breached at {@code breachInstant}: the breach is kept through every
     * later change — a re-target, a changed calendar, a cancellation — so that a breach once
     * recorded (e.g. by an SLA monitor) is never lost. A breach already recorded wins.
     *
     * @param breachInstant the breach instant, not before the start
     * @return the clock with the breach recorded; this clock when a breach was already recorded
     * @throws IllegalArgumentException when {@code breachInstant} is before the start
     */
    public SlaClock withBreach(Instant breachInstant) {
        Checks.notNull(breachInstant, "breachInstant");
        if (breachedAt != null) {
            return this;
        }
        return new SlaClock(target, targetDuration, start, pauses, pausedSince, stoppedAt, cancelledAt, breachInstant,
                deadline);
    }

    /**
     * Reopens a stopped clock: {@link ReopenMode#RESTART} starts a new cycle at {@code at} with the
     * full target; {@link ReopenMode#CONTINUE} continues this clock, the time from stop to
     * reopening counting as a pause, and a breach that happened before the stop is kept as its
     * {@linkplain #recordedBreach() recorded breach}.
     *
     * @param at the reopening instant, not before the stop
     * @param mode the policy's reopen mode, not null
     * @param calendar the calendar, not null
     * @return the running clock
     * @throws IllegalStateException when the clock is not stopped
     */
    public SlaClock reopen(Instant at, ReopenMode mode, BusinessCalendar calendar) {
        Checks.notNull(at, "at");
        Checks.notNull(mode, "mode");
        Checks.notNull(calendar, "calendar");
        if (stoppedAt == null) {
            throw new IllegalStateException("cannot reopen a clock that is not stopped");
        }
        if (mode == ReopenMode.RESTART) {
            return start(target, targetDuration, at, calendar);
        }
        if (at.isBefore(stoppedAt)) {
            throw new IllegalArgumentException("at must not be before stoppedAt " + stoppedAt + ", but was " + at);
        }
        List<SlaPause> p = new ArrayList<>(pauses);
        if (at.isAfter(stoppedAt)) {
            p.add(new SlaPause(stoppedAt, at));
        }
        // a breach before the stop stays the breach of the continued clock
        Instant latched = breachedAt != null ? breachedAt : breachInstant(calendar).orElse(null);
        return rebuild(targetDuration, p, null, null, null, latched, calendar);
    }

    private SlaClock rebuild(Duration dur, List<SlaPause> p, Instant paused, Instant stop, Instant cancel,
            Instant latched, BusinessCalendar calendar) {
        Checks.notNull(calendar, "calendar");
        SlaClock tmp = new SlaClock(target, dur, start, p, paused, stop, cancel, latched, deadline);
        Instant dl = tmp.instantWhenElapsed(dur, calendar, paused).orElse(deadline);
        return new SlaClock(target, dur, start, p, paused, stop, cancel, latched, dl);
    }

    private void requireRunning(String action) {
        if (pausedSince != null || stoppedAt != null || cancelledAt != null) {
            throw new IllegalStateException("cannot " + action + " a clock that is not running");
        }
    }

    // ------------------------------------------------------------------ questions

    /**
     * Working time counted up to {@code t}: working time from start to {@code t} (or to the stop or
     * cancellation if earlier), minus working time inside pauses.
     *
     * @param calendar the calendar, not null
     * @param t the instant, not null
     * @return the elapsed working time; zero before the start
     */
    public Duration elapsed(BusinessCalendar calendar, Instant t) {
        Checks.notNull(calendar, "calendar");
        Instant end = Checks.notNull(t, "t");
        if (stoppedAt != null && stoppedAt.isBefore(end)) {
            end = stoppedAt;
        }
        if (cancelledAt != null && cancelledAt.isBefore(end)) {
            end = cancelledAt;
        }
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        Duration r = Duration.ZERO;
        Instant cur = start;
        for (SlaPause p : pauses) {
            if (!p.from().isBefore(end)) {
                break;
            }
            r = r.plus(calendar.workingTimeBetween(cur, p.from()));
            cur = p.to().isBefore(end) ? p.to() : end;
        }
        Instant until = pausedSince != null && pausedSince.isBefore(end) ? pausedSince : end;
        if (until.isAfter(cur)) {
            r = r.plus(calendar.workingTimeBetween(cur, until));
        }
        return r;
    }

    /**
     * Working time left at {@code t}: target minus elapsed; negative once breached.
     *
     * @param calendar the calendar, not null
     * @param t the instant, not null
     * @return the remaining working time
     */
    public Duration remaining(BusinessCalendar calendar, Instant t) {
        return targetDuration.minus(elapsed(calendar, t));
    }

    /**
     * The share of the target consumed at {@code t}, exact to 34 significant digits (elapsed
     * nanoseconds over target nanoseconds); 1 at the deadline, above 1 once breached.
     *
     * @param calendar the calendar, not null
     * @param t the instant, not null
     * @return the consumed share
     */
    public BigDecimal consumedShare(BusinessCalendar calendar, Instant t) {
        return new BigDecimal(elapsed(calendar, t).toNanos())
                .divide(new BigDecimal(targetDuration.toNanos()), MathContext.DECIMAL128);
    }

    /**
     * The deadline as seen at {@code t}: the instant the elapsed working time reaches the target.
     * While paused (and not yet past the deadline) it moves: it is the deadline if the clock
     * resumed at {@code t} (or at the pause start, if later).
     *
     * @param calendar the calendar, not null
     * @param t the instant, not null
     * @return the deadline
     */
    public Instant deadline(BusinessCalendar calendar, Instant t) {
        return instantWhenElapsed(targetDuration, calendar, Checks.notNull(t, "t")).orElseThrow();
    }

    /**
     * The instant the clock is (or will be, if it keeps running) breached: its deadline, strictly
     * after which it is breached; a breach recorded before a re-target wins.
     *
     * @param calendar the calendar, not null
     * @return the breach instant; empty when the clock was stopped or cancelled by the deadline,
     *         or is paused before reaching it (the deadline is then still moving)
     */
    public Optional<Instant> breachInstant(BusinessCalendar calendar) {
        if (breachedAt != null) {
            return Optional.of(breachedAt);
        }
        Optional<Instant> d = instantWhenElapsed(targetDuration, calendar, null);
        if (d.isEmpty()) {
            return d;
        }
        Instant end = stoppedAt != null ? stoppedAt : cancelledAt;
        return end != null && !end.isAfter(d.get()) ? Optional.empty() : d;
    }

    /**
     * The status at {@code t}: breached ({@code t} after the
     * {@linkplain #breachInstant(BusinessCalendar) breach instant}, see the breach rule above), else
     * cancelled, else met (stopped), paused or running. A clock cancelled after it breached stays
     * breached: cancelling (a rejected case, a removed target, a reopening) never hides a breach.
     *
     * @param calendar the calendar, not null
     * @param t the instant, not null
     * @return the status
     */
    public SlaStatus status(BusinessCalendar calendar, Instant t) {
        Checks.notNull(calendar, "calendar");
        Checks.notNull(t, "t");
        Optional<Instant> breach = breachInstant(calendar);
        if (breach.isPresent() && t.isAfter(breach.get())) {
            return SlaStatus.BREACHED;
        }
        if (cancelledAt != null && !t.isBefore(cancelledAt)) {
            return SlaStatus.CANCELLED;
        }
        if (stoppedAt != null && !t.isBefore(stoppedAt)) {
            return SlaStatus.MET;
        }
        if (pausedSince != null && !t.isBefore(pausedSince)) {
            return SlaStatus.PAUSED;
        }
        return SlaStatus.RUNNING;
    }

    /**
     * Reads the clock out at {@code t} as a calendar-free {@link SlaResult}, for metrics.
     *
     * @param calendar the calendar, not null
     * @param t the instant, not null
     * @param cycle the case's cycle this clock belongs to, at least 1
     * @return the result: status, elapsed working time and, when breached, the breach instant
     */
    public SlaResult result(BusinessCalendar calendar, Instant t, int cycle) {
        SlaStatus status = status(calendar, t);
        Optional<Instant> breach = status == SlaStatus.BREACHED
                ? Optional.of(breachInstant(calendar).orElseThrow(
                        () -> new IllegalStateException("a breached clock must have a breach instant")))
                : Optional.empty();
        return new SlaResult(target, cycle, targetDuration, elapsed(calendar, t), status, breach);
    }

    /**
     * The instant at which the elapsed working time reaches {@code amount}, computed on the
     * calendar; while the clock is paused and has not reached it, the instant it would reach it
     * if it resumed at {@code t} (or at the pause start, if later).
     *
     * @param amount the elapsed working time, not negative
     * @param calendar the calendar, not null
     * @param t the instant at which the question is asked (matters only while paused), not null
     * @return the instant
     */
    public Instant elapsedReachedAt(Duration amount, BusinessCalendar calendar, Instant t) {
        Checks.nonNegative(amount, "amount");
        return instantWhenElapsed(amount, calendar, Checks.notNull(t, "t")).orElseThrow();
    }

    /**
     * The instant a warning fires, computed in working time on the calendar (a one-working-hour
     * warning before a Tuesday 11:00 deadline on office hours fires Tuesday 10:00); see
     * {@link #warningInstant(Duration, BusinessCalendar, Instant)}: always a working instant.
     *
     * @param warning the threshold, not null
     * @param calendar the calendar, not null
     * @param t the instant at which the question is asked (matters only while paused), not null
     * @return the warning instant
     */
    public Instant warningAt(SlaWarning warning, BusinessCalendar calendar, Instant t) {
        Duration at = Checks.notNull(warning, "warning").elapsedAt(targetDuration);
        return warningInstant(at, calendar, t);
    }

    /**
     * The instant a warning at {@code amount} of elapsed working time goes out: the first instant
     * at which the clock is counting — working time, outside every pause — and has counted at
     * least {@code amount}. It is therefore always working time, when someone is there to act: a
     * threshold reached exactly at a closing time goes out at the next opening, and a threshold
     * of zero (a "one hour before" warning on a 30-minute target) at the first working instant
     * from the start. A threshold below the target always goes out before the deadline.
     *
     * @param amount the elapsed working time, not negative
     * @param calendar the calendar, not null
     * @param t the instant at which the question is asked (matters only while paused), not null
     * @return the warning instant
     */
    public Instant warningInstant(Duration amount, BusinessCalendar calendar, Instant t) {
        Checks.nonNegative(amount, "amount");
        Checks.notNull(t, "t");
        Checks.notNull(calendar, "calendar");
        Duration rem = amount;
        Instant cur = start;
        for (SlaPause p : pauses) {
            Duration avail = calendar.workingTimeBetween(cur, p.from());
            if (avail.compareTo(rem) > 0) {
                return calendar.nextWorkingTime(calendar.plus(cur, rem));
            }
            rem = rem.minus(avail);
            cur = p.to();
        }
        if (pausedSince != null) {
            Duration avail = calendar.workingTimeBetween(cur, pausedSince);
            if (avail.compareTo(rem) > 0) {
                return calendar.nextWorkingTime(calendar.plus(cur, rem));
            }
            Instant resume = t.isAfter(pausedSince) ? t : pausedSince;
            return calendar.nextWorkingTime(calendar.plus(resume, rem.minus(avail)));
        }
        return calendar.nextWorkingTime(calendar.plus(cur, rem));
    }

    /**
     * The instant the elapsed time reaches {@code amount}; {@code t} is the "now" of an open pause
     * (null: empty when the amount is not reached before the open pause).
     */
    private Optional<Instant> instantWhenElapsed(Duration amount, BusinessCalendar calendar, Instant t) {
        Checks.notNull(calendar, "calendar");
        Duration rem = amount;
        Instant cur = start;
        for (SlaPause p : pauses) {
            Duration avail = calendar.workingTimeBetween(cur, p.from());
            if (avail.compareTo(rem) >= 0) {
                return Optional.of(calendar.plus(cur, rem));
            }
            rem = rem.minus(avail);
            cur = p.to();
        }
        if (pausedSince != null) {
            Duration avail = calendar.workingTimeBetween(cur, pausedSince);
            if (avail.compareTo(rem) >= 0) {
                return Optional.of(calendar.plus(cur, rem));
            }
            if (t == null) {
                return Optional.empty();
            }
            Instant resume = t.isAfter(pausedSince) ? t : pausedSince;
            return Optional.of(calendar.plus(resume, rem.minus(avail)));
        }
        return Optional.of(calendar.plus(cur, rem));
    }

    // ------------------------------------------------------------------ accessors

    /**
     * Returns the target measured.
     *
     * @return the target measured
     */
    public SlaTarget target() {
        return target;
    }

    /**
     * Returns the working time allowed.
     *
     * @return the working time allowed
     */
    public Duration targetDuration() {
        return targetDuration;
    }

    /**
     * Returns the start instant.
     *
     * @return the start instant
     */
    public Instant start() {
        return start;
    }

    /**
     * Returns the finished pauses, in order; unmodifiable.
     *
     * @return the finished pauses, in order; unmodifiable
     */
    public List<SlaPause> pauses() {
        return pauses;
    }

    /**
     * Returns when the current pause started, if paused.
     *
     * @return when the current pause started, if paused
     */
    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    /**
     * Returns when the clock was stopped, if stopped.
     *
     * @return when the clock was stopped, if stopped
     */
    public Optional<Instant> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    /**
     * Returns when the clock was cancelled, if cancelled.
     *
     * @return when the clock was cancelled, if cancelled
     */
    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    /**
     * Returns the breach instant recorded when a breached clock was re-targeted.
     *
     * @return the breach instant recorded when a breached clock was re-targeted
     */
    public Optional<Instant> recordedBreach() {
        return Optional.ofNullable(breachedAt);
    }

    /**
     * Tells whether the clock is still measuring: neither stopped nor cancelled (it may be paused).
     *
     * @return true when running or paused
     */
    public boolean isActive() {
        return stoppedAt == null && cancelledAt == null;
    }

    /**
     * Tells whether the clock is paused now.
     *
     * @return true when a pause is open
     */
    public boolean isPaused() {
        return pausedSince != null;
    }

    /**
     * Returns the deadline computed at the last state change (for a paused clock, before the pause).
     *
     * @return the deadline computed at the last state change (for a paused clock, before the pause)
     */
    public Instant deadline() {
        return deadline;
    }

    @Override
    public int compareTo(SlaClock o) {
        return ORDER.compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaClock c && target.equals(c.target) && targetDuration.equals(c.targetDuration)
                && start.equals(c.start) && pauses.equals(c.pauses) && Objects.equals(pausedSince, c.pausedSince)
                && Objects.equals(stoppedAt, c.stoppedAt) && Objects.equals(cancelledAt, c.cancelledAt)
                && Objects.equals(breachedAt, c.breachedAt) && deadline.equals(c.deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, targetDuration, start, pauses, pausedSince, stoppedAt, cancelledAt, breachedAt,
                deadline);
    }

    @Override
    public String toString() {
        return "SlaClock[" + target + ", " + targetDuration + " from " + start + ", pauses=" + pauses
                + (pausedSince != null ? ", pausedSince=" + pausedSince : "")
                + (stoppedAt != null ? ", stoppedAt=" + stoppedAt : "")
                + (cancelledAt != null ? ", cancelledAt=" + cancelledAt : "")
                + (breachedAt != null ? ", breachedAt=" + breachedAt : "") + ", deadline=" + deadline + "]";
    }
}
