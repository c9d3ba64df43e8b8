package org.qualityloop.workflow.cases;

import java.util.Objects;
import org.qualityloop.model.sla.SlaClock;

/**
 * One SLA clock of a case's current cycle with what the SLA monitor recorded about it: which
 * warning thresholds were reached (a bit per threshold index) and whether its breach was
 * recorded. Immutable; package-private.
 */
final class Slot {
    final SlaClock clock;
    final int warnings;
    final boolean breachRecorded;

    Slot(SlaClock clock, int warnings, boolean breachRecorded) {
        this.clock = clock;
        this.warnings = warnings;
        this.breachRecorded = breachRecorded;
    }

    Slot with(SlaClock c) {
        return new Slot(c, warnings, breachRecorded);
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
