package org.qualityloop.metrics;

import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;

/**
 * Counts SLA outcomes for one target: met, breached, and still running (the clock has not yet
 * stopped and the target has not yet passed).
 *
 * <p>Definition: {@code compliance = met / (met + breached)}. Running items have no outcome
 * yet and are excluded from both numerator and denominator; they are reported through
 * {@link #running()} so that a backlog of open items is visible. A running item that has already
 * passed its target is a breach and must be added with {@link #addBreached()}.
 *
 * <p>JSON form: {@code {"met":m,"breached":b,"running":r}}. Merging adds counts. Mutable and not
 * thread-safe.
 */
public final class SlaCompliance implements Mergeable<SlaCompliance> {

    private long met;
    private long breached;
    private long running;

    /** Creates an accumulator with no outcomes. */
    public SlaCompliance() {
    }

    /**
     * Creates an accumulator holding the given counts, e.g. read from JSON.
     *
     * @param met items that met the target, not negative
     * @param breached items that breached it, not negative
     * @param running items still running, not negative
     * @return a new accumulator
     * @throws IllegalArgumentException if a count is negative
     */
    public static SlaCompliance of(
            long met,
            long breached,
            long running) {
        SlaCompliance sla = new SlaCompliance();
        sla.met = Checks.nonNegative(met, "met");
        sla.breached = Checks.nonNegative(breached, "breached");
        sla.running = Checks.nonNegative(running, "running");
        return sla;
    }

    /** Records an item whose clock stopped within the target. */
    public void addMet() {
        met = Counters.plus(met, 1, "met");
    }

    /** Records an item that passed its target, whether or not it is closed yet. */
    public void addBreached() {
        breached = Counters.plus(breached, 1, "breached");
    }

    /** Records an item whose clock is still running within the target. */
    public void addRunning() {
        running = Counters.plus(running, 1, "running");
    }

    /**
     * Records the status of an SLA clock at the moment the compliance is measured, e.g.
     * {@code clock.status(calendar, now)}: {@link SlaStatus#MET} counts as met,
     * {@link SlaStatus#BREACHED} as breached, {@link SlaStatus#RUNNING} and
     * {@link SlaStatus#PAUSED} as still running; a {@link SlaStatus#CANCELLED} clock is no longer
     * measured and is not counted at all.
     *
     * @param status the clock's status, not null
     */
    public void add(SlaStatus status) {
        switch (Objects.requireNonNull(status, "status")) {
            case MET -> met = Counters.plus(met, 1, "met");
            case BREACHED -> breached = Counters.plus(breached, 1, "breached");
            case RUNNING, PAUSED -> running = Counters.plus(running, 1, "running");
            case CANCELLED -> {
                // not measured
            }
        }
    }

    /**
     * Records one SLA clock's read-out, as {@link #add(SlaStatus)} does with its status.
     *
     * @param result the clock's result, not null
     */
    public void add(SlaResult result) {
        add(Checks.notNull(result, "result").status());
    }

    /**
     * Records a closed case's verdict for this accumulator's target over all its cycles (see
     * {@link CaseOutcome#slaVerdict(SlaTarget)}): breached when any of its clocks for the target
     * was breached, else met when one was met; a case that never measured the target is not
     * counted.
     *
     * @param outcome the closed case, not null
     * @param target the target this accumulator counts, not null
     */
    public void add(CaseOutcome outcome, SlaTarget target) {
        Checks.notNull(outcome, "outcome").slaVerdict(target).ifPresent(v -> {
            if (v == SlaStatus.BREACHED) {
                breached = Counters.plus(breached, 1, "breached");
            } else {
                met = Counters.plus(met, 1, "met");
            }
        });
    }

    /**
     * Adds the counts of {@code other}; {@code other} is not changed.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     */
    @Override
    public SlaCompliance merge(SlaCompliance other) {
        Objects.requireNonNull(other, "other");
        long metSum = Counters.plus(met, other.met, "met");
        long breachedSum = Counters.plus(breached, other.breached, "breached");
        long runningSum = Counters.plus(running, other.running, "running");
        met = metSum;
        breached = breachedSum;
        running = runningSum;
        return this;
    }

    /**
     * Returns the number of items that met the target.
     *
     * @return the count
     */
    public long met() {
        return met;
    }

    /**
     * Returns the number of items that breached the target.
     *
     * @return the count
     */
    public long breached() {
        return breached;
    }

    /**
     * Returns the number of items still running within the target.
     *
     * @return the count
     */
    public long running() {
        return running;
    }

    /**
     * Returns {@code met / (met + breached)}, or empty if no item has an outcome yet.
     *
     * @return the compliance rate, empty on no decided items
     */
    public Optional<Proportion> compliance() {
        long decided = met + breached;
        return decided == 0 ? Optional.empty() : Optional.of(Proportion.of(met, decided));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaCompliance other && met == other.met && breached == other.breached
                && running == other.running;
    }

    @Override
    public int hashCode() {
        return Objects.hash(met, breached, running);
    }

    @Override
    public String toString() {
        return "SlaCompliance[met=" + met + ", breached=" + breached + ", running=" + running + "]";
    }
}
