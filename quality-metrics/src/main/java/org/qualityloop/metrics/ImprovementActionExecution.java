package org.qualityloop.metrics;

import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;

/**
 * Improvement-action execution rate, which has no standard definition; this one is:
 *
 * <p>{@code executionRate = completedOnTime / (completedOnTime + completedLate + overdue)}
 *
 * <p>where the denominator is every action that was due in the period: completed by its due
 * date, completed after it, or still open past it (overdue). Cancelled actions are excluded
 * from both sides and only counted; actions not yet due are not added at all.
 *
 * <p>JSON form: {@code {"completedOnTime","completedLate","overdue","cancelled"}}. Merging adds
 * counts. Mutable and not thread-safe.
 */
public final class ImprovementActionExecution implements Mergeable<ImprovementActionExecution> {

    private long completedOnTime;
    private long completedLate;
    private long overdue;
    private long cancelled;

    /** Creates an accumulator with no actions. */
    public ImprovementActionExecution() {
    }

    /**
     * Creates an accumulator holding the given counts, e.g. read from JSON.
     *
     * @param completedOnTime actions completed by their due date, not negative
     * @param completedLate actions completed after their due date, not negative
     * @param overdue actions open past their due date, not negative
     * @param cancelled cancelled actions, not negative
     * @return a new accumulator
     * @throws IllegalArgumentException if a count is negative
     */
    public static ImprovementActionExecution of(
            long completedOnTime,
            long completedLate,
            long overdue,
            long cancelled) {
        ImprovementActionExecution a = new ImprovementActionExecution();
        a.completedOnTime = Checks.nonNegative(completedOnTime, "completedOnTime");
        a.completedLate = Checks.nonNegative(completedLate, "completedLate");
        a.overdue = Checks.nonNegative(overdue, "overdue");
        a.cancelled = Checks.nonNegative(cancelled, "cancelled");
        return a;
    }

    /** Records an action completed on or before its due date. */
    public void addCompletedOnTime() {
        completedOnTime = Counters.plus(completedOnTime, 1, "completedOnTime");
    }

    /** Records an action completed after its due date. */
    public void addCompletedLate() {
        completedLate = Counters.plus(completedLate, 1, "completedLate");
    }

    /** Records an action still open after its due date. */
    public void addOverdue() {
        overdue = Counters.plus(overdue, 1, "overdue");
    }

    /** Records a cancelled action (excluded from the rate). */
    public void addCancelled() {
        cancelled = Counters.plus(cancelled, 1, "cancelled");
    }

    /**
     * Adds the counts of {@code other}; {@code other} is not changed.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     */
    @Override
    public ImprovementActionExecution merge(ImprovementActionExecution other) {
        Objects.requireNonNull(other, "other");
        long completedOnTimeSum = Counters.plus(completedOnTime, other.completedOnTime, "completedOnTime");
        long completedLateSum = Counters.plus(completedLate, other.completedLate, "completedLate");
        long overdueSum = Counters.plus(overdue, other.overdue, "overdue");
        long cancelledSum = Counters.plus(cancelled, other.cancelled, "cancelled");
        completedOnTime = completedOnTimeSum;
        completedLate = completedLateSum;
        overdue = overdueSum;
        cancelled = cancelledSum;
        return this;
    }

    /**
     * Returns the number of actions completed on time.
     *
     * @return the count
     */
    public long completedOnTime() {
        return completedOnTime;
    }

    /**
     * Returns the number of actions completed late.
     *
     * @return the count
     */
    public long completedLate() {
        return completedLate;
    }

    /**
     * Returns the number of actions open past their due date.
     *
     * @return the count
     */
    public long overdue() {
        return overdue;
    }

    /**
     * Returns the number of cancelled actions.
     *
     * @return the count
     */
    public long cancelled() {
        return cancelled;
    }

    /**
     * Returns the execution rate as defined in the class documentation, or empty if no action
     * was due.
     *
     * @return the rate, empty when no action was due
     */
    public Optional<Proportion> executionRate() {
        long due = completedOnTime + completedLate + overdue;
        return due == 0 ? Optional.empty() : Optional.of(Proportion.of(completedOnTime, due));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImprovementActionExecution other
                && completedOnTime == other.completedOnTime
                && completedLate == other.completedLate
                && overdue == other.overdue
                && cancelled == other.cancelled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(completedOnTime, completedLate, overdue, cancelled);
    }

    @Override
    public String toString() {
        return "ImprovementActionExecution[completedOnTime=" + completedOnTime + ", completedLate="
                + completedLate + ", overdue=" + overdue + ", cancelled=" + cancelled + "]";
    }
}
