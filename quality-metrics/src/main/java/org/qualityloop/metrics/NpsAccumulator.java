package org.qualityloop.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.NpsResponse;

/**
 * Counts likelihood-to-recommend answers (0–10) into promoters (9–10), passives (7–8) and
 * detractors (0–6), from which the Net Promoter Score is computed (Reichheld, "The One Number
 * You Need to Grow", Harvard Business Review, 2003).
 *
 * <p>The score is counted, never averaged: averaging daily NPS values weights days equally and
 * gives a different, wrong answer; merge the daily accumulators instead. {@link #add(int)}
 * allocates nothing; {@link #merge(NpsAccumulator)} adds the counts, so merging is associative
 * and commutative and any split of the data merges into exactly the same counts.
 *
 * <p>JSON form: {@code {"promoters":p,"passives":q,"detractors":d}}.
 *
 * <p>Mutable and not thread-safe: confine an instance to one thread and merge partial aggregates.
 */
@JsonPropertyOrder({"promoters", "passives", "detractors"})
public final class NpsAccumulator {

    private long promoters;
    private long passives;
    private long detractors;

    /** Creates an accumulator with no responses. */
    public NpsAccumulator() {
    }

    /**
     * Creates an accumulator holding the given counts, e.g. a partial aggregate read back from
     * JSON.
     *
     * @param promoters number of 9–10 answers, not negative
     * @param passives number of 7–8 answers, not negative
     * @param detractors number of 0–6 answers, not negative
     * @return a new accumulator
     * @throws IllegalArgumentException if a count is negative
     */
    @JsonCreator
    public static NpsAccumulator of(
            @JsonProperty(value = "promoters", required = true) long promoters,
            @JsonProperty(value = "passives", required = true) long passives,
            @JsonProperty(value = "detractors", required = true) long detractors) {
        NpsAccumulator accumulator = new NpsAccumulator();
        accumulator.promoters = Checks.nonNegative(promoters, "promoters");
        accumulator.passives = Checks.nonNegative(passives, "passives");
        accumulator.detractors = Checks.nonNegative(detractors, "detractors");
        Math.addExact(Math.addExact(promoters, passives), detractors);
        return accumulator;
    }

    /**
     * Adds one likelihood-to-recommend answer.
     *
     * @param score the answer, between 0 and 10
     * @throws IllegalArgumentException if the score is outside 0–10
     */
    public void add(int score) {
        if (score >= 9) {
            if (score > 10) {
                throw outOfScale(score);
            }
            promoters++;
        } else if (score >= 7) {
            passives++;
        } else {
            if (score < 0) {
                throw outOfScale(score);
            }
            detractors++;
        }
    }

    /**
     * Adds the score of one survey response; the response is already validated to 0–10, and its
     * context (respondent, time, stage) is not kept. Allocates nothing.
     *
     * @param response the response, not null
     * @throws NullPointerException if the response is null
     */
    public void add(NpsResponse response) {
        Objects.requireNonNull(response, "response must not be null");
        add(response.score());
    }

    private static IllegalArgumentException outOfScale(int score) {
        return new IllegalArgumentException("score must be between 0 and 10, but was " + score);
    }

    /**
     * Adds the counts of {@code other} to this accumulator; {@code other} is not changed.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     */
    public NpsAccumulator merge(NpsAccumulator other) {
        Objects.requireNonNull(other, "other");
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        return this;
    }

    /**
     * Returns the number of promoters (answers 9 and 10).
     *
     * @return the count
     */
    @JsonProperty("promoters")
    public long promoters() {
        return promoters;
    }

    /**
     * Returns the number of passives (answers 7 and 8).
     *
     * @return the count
     */
    @JsonProperty("passives")
    public long passives() {
        return passives;
    }

    /**
     * Returns the number of detractors (answers 0 to 6).
     *
     * @return the count
     */
    @JsonProperty("detractors")
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
