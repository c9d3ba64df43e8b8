package org.qualityloop.metrics;

import java.util.Objects;
import java.util.OptionalDouble;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;

/**
 * Complaints per volume of business, e.g. complaints per 1,000 orders, bookings or stays.
 *
 * <p>Definition: {@code perThousand = 1000 · complaints / volume}. The volume unit (orders,
 * bookings, contacts) is the caller's; one customer can complain more than once, so the rate can
 * exceed 1,000.
 *
 * <p>JSON form: {@code {"complaints":c,"volume":v}}. Merging adds counts. Mutable and not
 * thread-safe.
 */
public final class ComplaintRate implements Mergeable<ComplaintRate> {

    private long complaints;
    private long volume;

    /** Creates an accumulator with no complaints and no volume. */
    public ComplaintRate() {
    }

    /**
     * Creates an accumulator holding the given counts, e.g. read from JSON.
     *
     * @param complaints complaints received, not negative
     * @param volume units of business, not negative
     * @return a new accumulator
     * @throws IllegalArgumentException if a count is negative
     */
    public static ComplaintRate of(
            long complaints,
            long volume) {
        ComplaintRate rate = new ComplaintRate();
        rate.complaints = Checks.nonNegative(complaints, "complaints");
        rate.volume = Checks.nonNegative(volume, "volume");
        return rate;
    }

    /** Records one complaint. */
    public void addComplaint() {
        complaints = Counters.plus(complaints, 1, "complaints");
    }

    /**
     * Records units of business (orders, bookings) in which complaints could arise.
     *
     * @param units the number of units, not negative
     * @throws IllegalArgumentException if {@code units} is negative
     */
    public void addVolume(long units) {
        volume = Counters.plus(volume, Checks.nonNegative(units, "units"), "volume");
    }

    /**
     * Adds the counts of {@code other}; {@code other} is not changed.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     */
    @Override
    public ComplaintRate merge(ComplaintRate other) {
        Objects.requireNonNull(other, "other");
        long complaintsSum = Counters.plus(complaints, other.complaints, "complaints");
        long volumeSum = Counters.plus(volume, other.volume, "volume");
        complaints = complaintsSum;
        volume = volumeSum;
        return this;
    }

    /**
     * Returns the number of complaints.
     *
     * @return the count
     */
    public long complaints() {
        return complaints;
    }

    /**
     * Returns the volume of business.
     *
     * @return the count
     */
    public long volume() {
        return volume;
    }

    /**
     * Returns complaints per {@code per} units of volume, or empty if there is no volume.
     *
     * @param per the base, e.g. 1,000 or 10,000; positive
     * @return {@code per · complaints / volume}, empty on no volume
     * @throws IllegalArgumentException if {@code per} is not positive
     */
    public OptionalDouble per(long per) {
        Checks.positive(per, "per");
        return volume == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) per * complaints / volume);
    }

    /**
     * Returns complaints per 1,000 units of volume, or empty if there is no volume.
     *
     * @return the rate, empty on no volume
     */
    public OptionalDouble perThousand() {
        return per(1_000);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComplaintRate other && complaints == other.complaints
                && volume == other.volume;
    }

    @Override
    public int hashCode() {
        return Objects.hash(complaints, volume);
    }

    @Override
    public String toString() {
        return "ComplaintRate[complaints=" + complaints + ", volume=" + volume + "]";
    }
}
