package org.qualityloop.metrics;

import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.NpsResponse;

/**
 * Counts likelihood-to-recommend answers (0–10) into promoters (9–10), passives (7–8) and
 * detractors (0–6), from which the Net Promoter Score is computed (Reichheld, "The One Number
 * You Need to Grow", Harvard Business Review, 2003).
 *
 * <p>The score is counted, never averaged: averaging daily NPS values weights days equally and
 * gives a different, wrong answer; merge the daily accumulators instead. {@link #add(int)}
 * allocates nothing; {@link #merge(NpsAccumulator)} adds the counts under the {@link Mergeable} contract, so any
 * split of the data merges into exactly the same counts, and counts never silently overflow.
 *
 * <p>JSON form (with {@code quality-jackson}): {@code {"promoters":p,"passives":q,"detractors":d}}.
 *
 * <p>Mutable and not thread-safe: confine an instance to one thread and merge partial aggregates.
 */
public final class NpsAccumulator implements Mergeable<NpsAccumulator> {

    private long promoters;
    private long passives;
    private long detractors;

    /** Creates an accumulator with no responses. */
    public NpsAccumulator() {
    }

    /**
     * Creates an accumulator holding the given counts, e.g. a partial aggregate read back from
     * storage or computed elsewhere.
     *
     * @param promoters number of 9–10 answers, not negative
     * @param passives number of 7–8 answers, not negative
     * @param detractors number of 0–6 answers, not negative
     * @return a new accumulator
     * @throws IllegalArgumentException if a count is negative or the total overflows a
     *     {@code long}
     */
    public static NpsAccumulator of(
            long promoters,
            long passives,
            long detractors) {
        NpsAccumulator accumulator = new NpsAccumulator();
        accumulator.promoters = Checks.nonNegative(promoters, "promoters");
        accumulator.passives = Checks.nonNegative(passives, "passives");
        accumulator.detractors = Checks.nonNegative(detractors, "detractors");
        Counters.argumentTotal("promoters + passives + detractors", promoters, passives, detractors);
        return accumulator;
    }

    /**
     * Adds one likelihood-to-recommend answer.
     *
     * @param score the answer, between 0 and 10
     * @throws IllegalArgumentException if the score is outside 0–10
     * @throws ArithmeticException if the number of responses would overflow a {@code long}
     */
    public void add(int score) {
        if (score < 0 || score > 10) {
            throw outOfScale(score);
        }
        Counters.plus(count(), 1, "count"); // each count is at most the total, so none overflows below
        if (score >= 9) {
            promoters++;
        } else if (score >= 7) {
            passives++;
        } else {
            detractors++;
        }
    }

    /**
     * Adds the score of one survey response; the response is already validated to 0–10, and its
     * context (respondent, time, stage) is not kept. Allocates nothing.
     *
     * @param response the response, not null
     * @throws NullPointerException if the response is null
     * @throws ArithmeticException if the number of responses would overflow a {@code long}
     */
    public void add(NpsResponse response) {
        Objects.requireNonNull(response, "response must not be null");
        add(response.score());
    }

    private static IllegalArgumentException outOfScale(int score) {
        return new IllegalArgumentException("score must be between 0 and 10, but was " + score);
    }

    /**
     * Adds the counts of {@code other} to this accumulator, under the {@link Mergeable} contract.
     *
     * @param other another accumulator, not null; may be this one
     * @return this accumulator
     * @throws ArithmeticException if a count would overflow a {@code long}; nothing is changed
     */
    @Override
    public NpsAccumulator merge(NpsAccumulator other) {
        Objects.requireNonNull(other, "other");
        long p = Counters.plus(promoters, other.promoters, "promoters");
        long q = Counters.plus(passives, other.passives, "passives");
        long d = Counters.plus(detractors, other.detractors, "detractors");
        Counters.plus(Counters.plus(p, q, "count"), d, "count");
        promoters = p;
        passives = q;
        detractors = d;
        return this;
    }

    /**
     * Returns the number of promoters (answers 9 and 10).
     *
     * @return the count
     */
    public long promoters() {
        return promoters;
    }

    /**
     * Returns the number of passives (answers 7 and 8).
     *
     * @return the count
     */
    public long passives() {
        return passives;
    }

    /**
     * Returns the number of detractors (answers 0 to 6).
     *
     * @return the count
     */
    public long detractors() {
        return detractors;
    }

    /**
     * Returns the number of responses added or merged.
     *
     * @return the count
     */
    public long count() {
        return promoters + passives + detractors;
    }

    /**
     * Returns the NPS with its standard error and intervals, or empty if there are no responses.
     *
     * @return the result, empty on no data
     */
    public Optional<NpsResult> result() {
        if (count() == 0) {
            return Optional.empty();
        }
        return Optional.of(NpsResult.of(promoters, passives, detractors));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpsAccumulator other
                && promoters == other.promoters
                && passives == other.passives
                && detractors == other.detractors;
    }

    @Override
    public int hashCode() {
        return Objects.hash(promoters, passives, detractors);
    }

    @Override
    public String toString() {
        return "NpsAccumulator[promoters=" + promoters + ", passives=" + passives
                + ", detractors=" + detractors + "]";
    }
}
