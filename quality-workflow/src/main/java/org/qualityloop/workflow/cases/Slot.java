package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaWarning;

/**
 * One SLA clock of a case's current cycle with the calendar it is measured on and what the SLA
 * monitor recorded about it: which warning thresholds were reached (a bit per threshold index)
 * and whether its breach was recorded. An active clock is measured on the calendar its target
 * uses now (the lifecycle's main calendar, or the named one the recorded targets give it); a
 * finished one keeps the calendar it finished on, so its read-out does not change when the
 * calendar does. Immutable and thread-safe; package-private.
 */
final class Slot {
    final SlaClock clock;
    final BusinessCalendar calendar;
    final int warnings;
    final boolean breachRecorded;
    /**
     * The thresholds last used, with the warning list they were computed for: one immutable
     * holder in one field, so a reader on any thread sees a matching pair (the final fields of
     * {@link Thresholds} guarantee it); a race only ever reads the same value twice.
     */
    private Thresholds thresholds;

    /**
     * Threshold instants in elapsed working time (ns), for one warning list and target duration.
     * Immutable (callers must not change {@link #nanos}), so that one is shared by every slot of
     * that list and duration ({@link SlaCalendars#thresholds}).
     */
    static final class Thresholds {
        final List<SlaWarning> of;
        final Duration target;
        final long[] nanos;
        /** The same as durations, for the clock's questions that take one. */
        final Duration[] durations;

        Thresholds(List<SlaWarning> of, Duration target) {
            this.of = of;
            this.target = target;
            long[] n = new long[of.size()];
            Duration[] d = new Duration[n.length];
            for (int i = 0; i < n.length; i++) {
                n[i] = of.get(i).elapsedAt(target).toNanos();
                d[i] = Duration.ofNanos(n[i]);
            }
            this.nanos = n;
            this.durations = d;
        }
    }

    Slot(SlaClock clock, BusinessCalendar calendar, int warnings, boolean breachRecorded) {
        this.clock = clock;
        this.calendar = calendar;
        this.warnings = warnings;
        this.breachRecorded = breachRecorded;
    }

    /** This slot with another clock of the same target; the cached thresholds survive when they still apply. */
    Slot with(SlaClock c) {
        return with(c, calendar);
    }

    /**
     * This slot with another clock of the same target measured on {@code cal}. A finished clock
     * has no alert ahead, so it keeps no thresholds (they are computed again should it ever need
     * them): a closed case keeps none.
     */
    Slot with(SlaClock c, BusinessCalendar cal) {
        Slot s = new Slot(c, cal, warnings, breachRecorded);
        if (c.isActive() && c.targetDuration().equals(clock.targetDuration())) {
            s.thresholds = thresholds;
        }
        return s;
    }

    /** This slot with warning {@code index} recorded. */
    Slot withWarningRecorded(int index) {
        Slot s = new Slot(clock, calendar, warnings | (1 << index), breachRecorded);
        s.thresholds = thresholds;
        return s;
    }

    /** This slot with its breach, at {@code breachInstant}, recorded and kept in the clock. */
    Slot withBreachRecorded(java.time.Instant breachInstant) {
        Slot s = new Slot(clock.withBreach(breachInstant), calendar, warnings, true);
        s.thresholds = thresholds;
        return s;
    }

    boolean warningRecorded(int index) {
        return (warnings & (1 << index)) != 0;
    }

    /**
     * The elapsed working time, in nanoseconds, at which each warning of {@code list} fires for
     * this clock's target. Taken from {@code memo}, which computes it once per warning list and
     * target duration; callers must not change the array.
     */
    long[] thresholds(List<SlaWarning> list, SlaCalendars memo) {
        return thresholdsOf(list, memo).nanos;
    }

    /** The thresholds of {@link #thresholds}, with their durations. */
    Thresholds thresholdsOf(List<SlaWarning> list, SlaCalendars memo) {
        Thresholds t = thresholds;
        if (t == null || t.of != list) {
            t = memo.thresholds(list, clock.targetDuration());
            thresholds = t;
        }
        return t;
    }

    boolean active() {
        return clock.isActive();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slot s && clock.equals(s.clock) && calendar == s.calendar && warnings == s.warnings
                && breachRecorded == s.breachRecorded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock, warnings, breachRecorded);
    }

    @Override
    public String toString() {
        return clock + " on " + calendar.name() + (warnings != 0 ? ", warnings=" + Integer.toBinaryString(warnings) : "")
                + (breachRecorded ? ", breach recorded" : "");
    }
}
