package org.qualityloop.metrics;

import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.outcome.CaseOutcome;

/**
 * Resolution and reopen rates over closed cases.
 *
 * <p>Definitions: {@code resolutionRate = resolved / closed}, where a closed case is resolved
 * if the customer's issue was fixed (as opposed to closed unresolved, withdrawn or rejected);
 * {@code reopenRate = reopened / resolved}, where a resolved case counts as reopened if it was
 * reopened at least once after being resolved. Only resolved cases can be reopened.
 *
 * <p>JSON form: {@code {"closed":c,"resolved":r,"reopened":o}}. Merging adds counts. Mutable and
 * not thread-safe.
 */
public final class CaseOutcomeRates implements Mergeable<CaseOutcomeRates> {

    private long closed;
    private long resolved;
    private long reopened;

    /** Creates an accumulator with no cases. */
    public CaseOutcomeRates() {
    }

    /**
     * Creates an accumulator holding the given counts, e.g. read from JSON.
     *
     * @param closed closed cases, not negative
     * @param resolved resolved cases, at most {@code closed}
     * @param reopened reopened cases, at most {@code resolved}
     * @return a new accumulator
     * @throws IllegalArgumentException if a count is out of range
     */
    public static CaseOutcomeRates of(
            long closed,
            long resolved,
            long reopened) {
        CaseOutcomeRates rates = new CaseOutcomeRates();
        rates.closed = Checks.nonNegative(closed, "closed");
        if (resolved < 0 || resolved > closed) {
            throw new IllegalArgumentException(
                    "resolved must be between 0 and " + closed + ", but was " + resolved);
        }
        if (reopened < 0 || reopened > resolved) {
            throw new IllegalArgumentException(
                    "reopened must be between 0 and " + resolved + ", but was " + reopened);
        }
        rates.resolved = resolved;
        rates.reopened = reopened;
        return rates;
    }

    /**
     * Records one closed case.
     *
     * @param wasResolved whether the issue was fixed
     * @param wasReopened whether the case was reopened after being resolved
     * @throws IllegalArgumentException if a case is reported reopened but not resolved
     */
    public void add(boolean wasResolved, boolean wasReopened) {
        if (wasReopened && !wasResolved) {
            throw new IllegalArgumentException(
                    "wasReopened must be false for an unresolved case, but was true");
        }
        closed = Counters.plus(closed, 1, "closed");
        if (wasResolved) {
            resolved = Counters.plus(resolved, 1, "resolved");
        }
        if (wasReopened) {
            reopened = Counters.plus(reopened, 1, "reopened");
        }
    }

    /**
     * Records one closed case from its outcome: resolved unless it was rejected as invalid,
     * reopened when it was reopened at least once.
     *
     * @param outcome the closed case, not null
     */
    public void add(CaseOutcome outcome) {
        CaseOutcome o = Objects.requireNonNull(outcome, "outcome");
        add(o.isResolved(), o.wasReopened());
    }

    /**
     * Adds the counts of {@code other}; {@code other} is not changed.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     */
    @Override
    public CaseOutcomeRates merge(CaseOutcomeRates other) {
        Objects.requireNonNull(other, "other");
        long closedSum = Counters.plus(closed, other.closed, "closed");
        long resolvedSum = Counters.plus(resolved, other.resolved, "resolved");
        long reopenedSum = Counters.plus(reopened, other.reopened, "reopened");
        closed = closedSum;
        resolved = resolvedSum;
        reopened = reopenedSum;
        return this;
    }

    /**
     * Returns the number of closed cases.
     *
     * @return the count
     */
    public long closed() {
        return closed;
    }

    /**
     * Returns the number of resolved cases.
     *
     * @return the count
     */
    public long resolved() {
        return resolved;
    }

    /**
     * Returns the number of resolved cases that were reopened.
     *
     * @return the count
     */
    public long reopened() {
        return reopened;
    }

    /**
     * Returns {@code resolved / closed}, or empty if no case was closed.
     *
     * @return the resolution rate, empty on no data
     */
    public Optional<Proportion> resolutionRate() {
        return closed == 0 ? Optional.empty() : Optional.of(Proportion.of(resolved, closed));
    }

    /**
     * Returns {@code reopened / resolved}, or empty if no case was resolved.
     *
     * @return the reopen rate, empty on no resolved case
     */
    public Optional<Proportion> reopenRate() {
        return resolved == 0 ? Optional.empty() : Optional.of(Proportion.of(reopened, resolved));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseOutcomeRates other && closed == other.closed
                && resolved == other.resolved && reopened == other.reopened;
    }

    @Override
    public int hashCode() {
        return Objects.hash(closed, resolved, reopened);
    }

    @Override
    public String toString() {
        return "CaseOutcomeRates[closed=" + closed + ", resolved=" + resolved + ", reopened="
                + reopened + "]";
    }
}
