package org.qualityloop.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;

/**
 * Average handling time (AHT) of contacts: {@code AHT = (Σ talk + Σ hold + Σ wrap-up) / contacts},
 * the usual contact-centre definition, which averages over contacts, not agents or days. Durations
 * are summed in whole milliseconds.
 *
 * <p>JSON form: {@code {"contacts","talkMillis","holdMillis","wrapUpMillis"}}. Merging adds
 * sums, so it is exact and order-independent ({@link Mergeable}); the three sums and their total
 * ({@code handlingMillis}) always fit in a {@code long}. Mutable and not thread-safe.
 */
public final class HandlingTime implements Mergeable<HandlingTime> {

    private long contacts;
    private long talkMillis;
    private long holdMillis;
    private long wrapUpMillis;

    /** Creates an accumulator with no contacts. */
    public HandlingTime() {
    }

    /**
     * Creates an accumulator holding the given sums, e.g. read from JSON.
     *
     * @param contacts number of contacts, not negative
     * @param talkMillis total talk time, not negative
     * @param holdMillis total hold time, not negative
     * @param wrapUpMillis total after-contact work, not negative
     * @return a new accumulator
     * @throws IllegalArgumentException if a value is negative, or a time is not 0 while
     *     {@code contacts} is 0
     */
    public static HandlingTime of(
            long contacts,
            long talkMillis,
            long holdMillis,
            long wrapUpMillis) {
        HandlingTime h = new HandlingTime();
        h.contacts = Checks.nonNegative(contacts, "contacts");
        h.talkMillis = Checks.nonNegative(talkMillis, "talkMillis");
        h.holdMillis = Checks.nonNegative(holdMillis, "holdMillis");
        h.wrapUpMillis = Checks.nonNegative(wrapUpMillis, "wrapUpMillis");
        Counters.argumentTotal("talkMillis + holdMillis + wrapUpMillis", talkMillis, holdMillis, wrapUpMillis);
        if (contacts == 0) {
            requireZeroWithoutContacts(talkMillis, "talkMillis");
            requireZeroWithoutContacts(holdMillis, "holdMillis");
            requireZeroWithoutContacts(wrapUpMillis, "wrapUpMillis");
        }
        return h;
    }

    private static void requireZeroWithoutContacts(long millis, String field) {
        if (millis != 0) {
            throw new IllegalArgumentException(field + " must be 0 when contacts is 0, but was " + millis);
        }
    }

    /**
     * Records one contact.
     *
     * @param talk talk time, not negative
     * @param hold hold time, not negative
     * @param wrapUp after-contact work, not negative
     * @throws IllegalArgumentException if a duration is negative
     */
    public void add(Duration talk, Duration hold, Duration wrapUp) {
        long t = Checks.nonNegative(talk, "talk").toMillis();
        long h = Checks.nonNegative(hold, "hold").toMillis();
        long w = Checks.nonNegative(wrapUp, "wrapUp").toMillis();
        long talkSum = Counters.plus(talkMillis, t, "talkMillis");
        long holdSum = Counters.plus(holdMillis, h, "holdMillis");
        long wrapUpSum = Counters.plus(wrapUpMillis, w, "wrapUpMillis");
        long contactsSum = Counters.plus(contacts, 1, "contacts");
        Counters.plus(Counters.plus(talkSum, holdSum, "handlingMillis"), wrapUpSum, "handlingMillis");
        talkMillis = talkSum;
        holdMillis = holdSum;
        wrapUpMillis = wrapUpSum;
        contacts = contactsSum;
    }

    /**
     * Adds the sums of {@code other}; {@code other} is not changed.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     */
    @Override
    public HandlingTime merge(HandlingTime other) {
        Objects.requireNonNull(other, "other");
        long contactsSum = Counters.plus(contacts, other.contacts, "contacts");
        long talkMillisSum = Counters.plus(talkMillis, other.talkMillis, "talkMillis");
        long holdMillisSum = Counters.plus(holdMillis, other.holdMillis, "holdMillis");
        long wrapUpMillisSum = Counters.plus(wrapUpMillis, other.wrapUpMillis, "wrapUpMillis");
        Counters.plus(Counters.plus(talkMillisSum, holdMillisSum, "handlingMillis"), wrapUpMillisSum,
                "handlingMillis");
        contacts = contactsSum;
        talkMillis = talkMillisSum;
        holdMillis = holdMillisSum;
        wrapUpMillis = wrapUpMillisSum;
        return this;
    }

    /**
     * Returns the number of contacts.
     *
     * @return the count
     */
    public long contacts() {
        return contacts;
    }

    /**
     * Returns the total talk time of all contacts, in milliseconds.
     *
     * @return the sum
     */
    public long talkMillis() {
        return talkMillis;
    }

    /**
     * Returns the total hold time of all contacts, in milliseconds.
     *
     * @return the sum
     */
    public long holdMillis() {
        return holdMillis;
    }

    /**
     * Returns the total after-contact work of all contacts, in milliseconds.
     *
     * @return the sum
     */
    public long wrapUpMillis() {
        return wrapUpMillis;
    }

    /**
     * Returns the average handling time, or empty if there are no contacts.
     *
     * @return the AHT, rounded to the nanosecond; empty on no data
     */
    public Optional<Duration> average() {
        if (contacts == 0) {
            return Optional.empty();
        }
        long total = Math.addExact(Math.addExact(talkMillis, holdMillis), wrapUpMillis);
        return Optional.of(Duration.ofMillis(total / contacts)
                .plusNanos(Math.round((total % contacts) * 1_000_000.0 / contacts)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HandlingTime other && contacts == other.contacts
                && talkMillis == other.talkMillis && holdMillis == other.holdMillis
                && wrapUpMillis == other.wrapUpMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contacts, talkMillis, holdMillis, wrapUpMillis);
    }

    @Override
    public String toString() {
        return "HandlingTime[contacts=" + contacts + "]";
    }
}
