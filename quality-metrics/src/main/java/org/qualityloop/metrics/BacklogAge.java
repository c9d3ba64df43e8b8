package org.qualityloop.metrics;

import java.time.Duration;
import java.util.Objects;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;

/**
 * Size and age profile of an open-case backlog at one moment: open cases counted in the bands
 * under 10 days, 10 to 30 days, and over 30 days, where age is the time from opening to the
 * moment of the snapshot (the caller computes it with its own clock).
 *
 * <p>Band edges: an age of exactly 10 days is in the 10–30 band; exactly 30 days is in the
 * 10–30 band; only ages strictly above 30 days are "over 30".
 *
 * <p>JSON form: {@code {"under10Days","from10To30Days","over30Days"}}. Merging adds counts
 * (snapshots of disjoint partitions at the same moment). Mutable and not thread-safe.
 */
public final class BacklogAge implements Mergeable<BacklogAge> {

    private static final Duration TEN_DAYS = Duration.ofDays(10);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    private long under10Days;
    private long from10To30Days;
    private long over30Days;

    /** Creates an empty backlog profile. */
    public BacklogAge() {
    }

    /**
     * Creates a profile holding the given counts, e.g. read from JSON.
     *
     * @param under10Days cases younger than 10 days, not negative
     * @param from10To30Days cases aged 10 to 30 days inclusive, not negative
     * @param over30Days cases older than 30 days, not negative
     * @return a new profile
     * @throws IllegalArgumentException if a count is negative
     */
    public static BacklogAge of(
            long under10Days,
            long from10To30Days,
            long over30Days) {
        BacklogAge b = new BacklogAge();
        b.under10Days = Checks.nonNegative(under10Days, "under10Days");
        b.from10To30Days = Checks.nonNegative(from10To30Days, "from10To30Days");
        b.over30Days = Checks.nonNegative(over30Days, "over30Days");
        return b;
    }

    /**
     * Records one open case of the given age.
     *
     * @param age the time since the case was opened, not negative
     * @throws IllegalArgumentException if the age is negative
     */
    public void add(Duration age) {
        Checks.nonNegative(age, "age");
        if (age.compareTo(TEN_DAYS) < 0) {
            under10Days = Counters.plus(under10Days, 1, "under10Days");
        } else if (age.compareTo(THIRTY_DAYS) <= 0) {
            from10To30Days = Counters.plus(from10To30Days, 1, "from10To30Days");
        } else {
            over30Days = Counters.plus(over30Days, 1, "over30Days");
        }
    }

    /**
     * Adds the counts of {@code other}; {@code other} is not changed.
     *
     * @param other another profile, not null
     * @return this profile
     */
    @Override
    public BacklogAge merge(BacklogAge other) {
        Objects.requireNonNull(other, "other");
        long under10DaysSum = Counters.plus(under10Days, other.under10Days, "under10Days");
        long from10To30DaysSum = Counters.plus(from10To30Days, other.from10To30Days, "from10To30Days");
        long over30DaysSum = Counters.plus(over30Days, other.over30Days, "over30Days");
        under10Days = under10DaysSum;
        from10To30Days = from10To30DaysSum;
        over30Days = over30DaysSum;
        return this;
    }

    /**
     * Returns the number of open cases (the backlog size); 0 for an empty backlog.
     *
     * @return the count
     */
    public long size() {
        return under10Days + from10To30Days + over30Days;
    }

    /**
     * Returns the number of cases younger than 10 days.
     *
     * @return the count
     */
    public long under10Days() {
        return under10Days;
    }

    /**
     * Returns the number of cases aged 10 to 30 days inclusive.
     *
     * @return the count
     */
    public long from10To30Days() {
        return from10To30Days;
    }

    /**
     * Returns the number of cases older than 30 days.
     *
     * @return the count
     */
    public long over30Days() {
        return over30Days;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BacklogAge other && under10Days == other.under10Days
                && from10To30Days == other.from10To30Days && over30Days == other.over30Days;
    }

    @Override
    public int hashCode() {
        return Objects.hash(under10Days, from10To30Days, over30Days);
    }

    @Override
    public String toString() {
        return "BacklogAge[under10Days=" + under10Days + ", from10To30Days=" + from10To30Days
                + ", over30Days=" + over30Days + "]";
    }
}
