package org.qualityloop.workflow.cases;

import java.util.List;
import java.util.Objects;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaWarning;

/**
 * One SLA clock of a case's current cycle with what the SLA monitor recorded about it: which
 * warning thresholds were reached (a bit per threshold index) and whether its breach was
 * recorded. Immutable; package-private.
 */
final class Slot {
    final SlaClock clock;
    final int warnings;
    final boolean breachRecorded;
    /** The elapsed working time (ns) at which each warning of {@link #thresholdsOf} fires; a cache. */
    private long[] thresholds;
    private List<SlaWarning> thresholdsOf;

    Slot(SlaClock clock, int warnings, boolean breachRecorded) {
        this.clock = clock;
        this.warnings = warnings;
        this.breachRecorded = breachRecorded;
    }

    Slot with(SlaClock c) {
        Slot s = new Slot(c, warnings, breachRecorded);
        if (c.targetDuration().equals(clock.targetDuration())) {
            s.thresholds = thresholds;
            s.thresholdsOf = thresholdsOf;
        }
        return s;
    }

    /**
     * The elapsed working time, in nanoseconds, at which each warning fires for this clock's
     * target. Computed once per warning list and target; the cache is a benign race, the array
     * never being changed once published.
     */
    long[] thresholds(List<SlaWarning> list) {
        long[] t = thresholds;
        if (t == null || thresholdsOf != list) {
            t = new long[list.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = list.get(i).elapsedAt(clock.targetDuration()).toNanos();
            }
            thresholds = t;
            thresholdsOf = list;
        }
        return t;
    }

    boolean active() {
        return clock.isActive();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slot s && clock.equals(s.clock) && warnings == s.warnings
                && breachRecorded == s.breachRecorded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(clock, warnings, breachRecorded);
    }

    @Override
    public String toString() {
        return clock + (warnings != 0 ? ", warnings=" + Integer.toBinaryString(warnings) : "")
                + (breachRecorded ? ", breach recorded" : "");
    }
}
