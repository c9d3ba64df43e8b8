package org.qualityloop.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * Average handling time (AHT) of contacts: {@code AHT = (Σ talk + Σ hold + Σ wrap-up) / contacts},
 * the usual contact-centre definition, which averages over contacts, not agents or days. Durations
 * are summed in whole milliseconds.
 *
 * <p>JSON form: {@code {"contacts","talkMillis","holdMillis","wrapUpMillis"}}. Merging adds
 * sums, so it is exact and order-independent. Mutable and not thread-safe.
 */
@JsonPropertyOrder({"contacts", "talkMillis", "holdMillis", "wrapUpMillis"})
public final class HandlingTime {

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
     * @throws IllegalArgumentException if a value is negative
     */
    @JsonCreator
    public static HandlingTime of(
            @JsonProperty(value = "contacts", required = true) long contacts,
            @JsonProperty(value = "talkMillis", required = true) long talkMillis,
            @JsonProperty(value = "holdMillis", required = true) long holdMillis,
            @JsonProperty(value = "wrapUpMillis", required = true) long wrapUpMillis) {
        HandlingTime h = new HandlingTime();
        h.contacts = Checks.nonNegative(contacts, "contacts");
        h.talkMillis = Checks.nonNegative(talkMillis, "talkMillis");
        h.holdMillis = Checks.nonNegative(holdMillis, "holdMillis");
        h.wrapUpMillis = Checks.nonNegative(wrapUpMillis, "wrapUpMillis");
        return h;
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
        talkMillis = Math.addExact(talkMillis, t);
        holdMillis = Math.addExact(holdMillis, h);
        wrapUpMillis = Math.addExact(wrapUpMillis, w);
        contacts++;
    }

    /**
     * Adds the sums of {@code other}; {@code other} is not changed.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     */
    public HandlingTime merge(HandlingTime other) {
        Objects.requireNonNull(other, "other");
        contacts += other.contacts;
        talkMillis = Math.addExact(talkMillis, other.talkMillis);
        holdMillis = Math.addExact(holdMillis, other.holdMillis);
        wrapUpMillis = Math.addExact(wrapUpMillis, other.wrapUpMillis);
        return this;
    }

    /**
     * Returns the number of contacts.
     *
     * @return the count
     */
    @JsonProperty("contacts")
    public long contacts() {
        return contacts;
    }

    @JsonProperty("talkMillis")
    long talkMillis() {
        return talkMillis;
    }

    @JsonProperty("holdMillis")
    long holdMillis() {
        return holdMillis;
    }

    @JsonProperty("wrapUpMillis")
    long wrapUpMillis() {
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
