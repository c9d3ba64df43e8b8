package org.qualityloop.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.CsatResponse;

/**
 * Counts customer-satisfaction (CSAT) ratings on an integer scale such as 1–5, from which the
 * mean rating and the top-2-box share are computed.
 *
 * <p>Formulas: {@code mean = Σ score / n}; {@code topTwoBox = (count(max) + count(max − 1)) / n},
 * the share of the two highest scale points (e.g. 4 and 5 on a 1–5 scale), the usual reading of
 * "satisfied" in CSAT reporting. The mean treats the scale as interval data; report the
 * top-2-box share alongside it when that assumption is in doubt.
 *
 * <p>One counter per scale point: {@link #add(int)} allocates nothing, memory is bounded by the
 * scale, and {@link #merge(CsatAccumulator)} adds counts, so any split merges into exactly the
 * same totals. JSON form: {@code {"scaleMin":1,"counts":[c1,c2,c3,c4,c5]}}.
 *
 * <p>Mutable and not thread-safe: confine an instance to one thread and merge partial aggregates.
 */
public final class CsatAccumulator implements Mergeable<CsatAccumulator> {

    private final int scaleMin;
    private final long[] counts;

    private CsatAccumulator(int scaleMin, long[] counts) {
        this.scaleMin = scaleMin;
        this.counts = counts;
    }

    /**
     * Creates an empty accumulator for ratings from {@code scaleMin} to {@code scaleMax}.
     *
     * @param scaleMin the lowest rating, between −100 and 100
     * @param scaleMax the highest rating, at least {@code scaleMin + 1} and at most 100
     * @return a new accumulator
     * @throws IllegalArgumentException if the scale is invalid
     */
    public static CsatAccumulator ofScale(int scaleMin, int scaleMax) {
        Checks.between(scaleMin, -100, 99, "scaleMin");
        Checks.between(scaleMax, scaleMin + 1, 100, "scaleMax");
        return new CsatAccumulator(scaleMin, new long[scaleMax - scaleMin + 1]);
    }

    /**
     * Creates an empty accumulator for the common 1–5 scale.
     *
     * @return a new accumulator
     */
    public static CsatAccumulator oneToFive() {
        return ofScale(1, 5);
    }

    /**
     * Creates an accumulator from per-scale-point counts, e.g. a partial aggregate read back from
     * storage.
     *
     * @param scaleMin the lowest rating
     * @param counts the number of ratings per scale point, lowest first; at least two, none
     *     negative
     * @return a new accumulator
     * @throws NullPointerException if the counts or one of them is null
     * @throws IllegalArgumentException if a count is negative, the total overflows a
     *     {@code long}, or the scale is invalid
     */
    public static CsatAccumulator of(
            int scaleMin,
            List<Long> counts) {
        List<Long> copy = Checks.listCopy(counts, "counts");
        if (scaleMin <= 99 && (copy.size() < 2 || copy.size() > 101 - scaleMin)) {
            // the scale is given by its length: name the list, not the scaleMax it implies
            throw new IllegalArgumentException("counts must have between 2 and " + (101 - scaleMin)
                    + " entries (one per rating from scaleMin to at most 100), but had " + copy.size());
        }
        CsatAccumulator accumulator = ofScale(scaleMin, scaleMin + copy.size() - 1);
        for (int i = 0; i < copy.size(); i++) {
            accumulator.counts[i] = Checks.nonNegative(
                    Checks.notNull(copy.get(i), "counts[" + i + "]"), "counts[" + i + "]");
        }
        Counters.argumentTotal("counts", accumulator.counts);
        return accumulator;
    }

    /**
     * Creates an accumulator from a score-to-count map, as survey tools export their tallies
     * (e.g. {@code {5: 120, 4: 60, 2: 5}} on a 1–5 scale); scale points missing from the map
     * count 0.
     *
     * @param scaleMin the lowest rating, between −100 and 99
     * @param scaleMax the highest rating, above {@code scaleMin} and at most 100
     * @param countsByScore the number of ratings per score, each score within the scale and each
     *     count not negative; not null
     * @return a new accumulator
     * @throws IllegalArgumentException if the scale is invalid, a score is outside it, a count is
     *     negative or the total overflows a {@code long}
     */
    public static CsatAccumulator of(int scaleMin, int scaleMax, Map<Integer, Long> countsByScore) {
        Map<Integer, Long> copy = Checks.mapCopy(countsByScore, "countsByScore");
        CsatAccumulator accumulator = ofScale(scaleMin, scaleMax);
        for (Map.Entry<Integer, Long> entry : new TreeMap<>(copy).entrySet()) {
            int score = entry.getKey();
            String field = "countsByScore[" + score + "]";
            if (score < scaleMin || score > scaleMax) {
                throw new IllegalArgumentException("countsByScore keys must be between " + scaleMin
                        + " and " + scaleMax + ", but included " + score);
            }
            accumulator.counts[score - scaleMin] = Checks.nonNegative(entry.getValue(), field);
        }
        Counters.argumentTotal("countsByScore", accumulator.counts);
        return accumulator;
    }

    /**
     * Adds one rating.
     *
     * @param score the rating, within the scale
     * @throws IllegalArgumentException if the rating is outside the scale
     */
    public void add(int score) {
        int index = score - scaleMin;
        if (index < 0 || index >= counts.length) {
            throw new IllegalArgumentException("score must be between " + scaleMin + " and "
                    + scaleMax() + ", but was " + score);
        }
        Counters.increment(counts, index, "counts", "count");
    }

    /**
     * Adds the score of one survey response. A {@link CsatResponse} is on the 1–5 scale, so this
     * accumulator must be on that scale too (see {@link #oneToFive()}); the response's context
     * (respondent, time, stage) is not kept. Allocates nothing.
     *
     * @param response the response, not null
     * @throws NullPointerException if the response is null
     * @throws IllegalArgumentException if this accumulator's scale is not 1–5
     */
    public void add(CsatResponse response) {
        Objects.requireNonNull(response, "response must not be null");
        if (scaleMin != 1 || counts.length != 5) {
            throw new IllegalArgumentException("accumulator scale must be 1–5 to add a CsatResponse, but was "
                    + scaleMin + "–" + scaleMax());
        }
        Counters.increment(counts, response.score() - 1, "counts", "count");
    }

    /**
     * Adds the counts of {@code other}, which must use the same scale; {@code other} is not
     * changed.
     *
     * @param other another accumulator on the same scale, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the scales differ
     */
    @Override
    public CsatAccumulator merge(CsatAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (other.scaleMin != scaleMin || other.counts.length != counts.length) {
            throw new IllegalArgumentException("other scale must be " + scaleMin + "–" + scaleMax()
                    + ", but was " + other.scaleMin + "–" + other.scaleMax());
        }
        Counters.addInto(counts, other.counts, "counts", "count");
        return this;
    }

    /**
     * Returns the lowest rating of the scale.
     *
     * @return the scale minimum
     */
    public int scaleMin() {
        return scaleMin;
    }

    /**
     * Returns the highest rating of the scale.
     *
     * @return the scale maximum
     */
    public int scaleMax() {
        return scaleMin + counts.length - 1;
    }

    /**
     * Returns the number of ratings per scale point, lowest first.
     *
     * @return a new list of counts
     */
    public List<Long> counts() {
        return Arrays.stream(counts).boxed().toList();
    }

    /**
     * Returns the number of ratings added or merged.
     *
     * @return the count
     */
    public long count() {
        long n = 0; // the total always fits in a long: add, merge and of check it
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /**
     * Returns the mean rating and the top-2-box share, or empty if there are no ratings.
     *
     * @return the result, empty on no data
     */
    public Optional<CsatResult> result() {
        long n = count();
        if (n == 0) {
            return Optional.empty();
        }
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += (double) counts[i] * (scaleMin + i);
        }
        long topTwo = counts[counts.length - 1] + counts[counts.length - 2];
        return Optional.of(new CsatResult(n, scaleMin, scaleMax(), sum / n, (double) topTwo / n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsatAccumulator other && scaleMin == other.scaleMin
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * scaleMin + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CsatAccumulator[scaleMin=" + scaleMin + ", counts=" + Arrays.toString(counts) + "]";
    }
}
