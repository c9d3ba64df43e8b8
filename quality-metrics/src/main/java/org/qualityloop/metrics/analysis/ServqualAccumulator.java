package org.qualityloop.metrics.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.ServqualDimension;
import org.qualityloop.model.survey.ServqualResponse;

/**
 * Accumulates SERVQUAL responses for one {@link ServqualInstrument} and computes gap scores
 * (Parasuraman, Zeithaml and Berry 1988): {@code gap = perception − expectation}, negative when
 * the service falls short.
 *
 * <ul>
 *   <li>Item gap: mean perception minus mean expectation of the item, over all respondents.
 *   <li>Dimension gap: mean of the dimension's item gaps.
 *   <li>Overall (unweighted) gap: mean of the dimension gaps, each dimension counting equally
 *       whatever its number of items.
 *   <li>Weighted gap, two explicit variants using the 100-point importance allocations:
 *       <ul>
 *         <li>{@linkplain ServqualResult#weightedPerRespondent() per respondent}: each respondent's
 *             score {@code Σ_d (w_{d,r} / 100) · gap_{d,r}} from their own weights and their own
 *             dimension gaps, averaged over the respondents who allocated points;
 *         <li>{@linkplain ServqualResult#weightedAveraged() averaged}: the allocations are
 *             averaged first, {@code w̄_d}, and applied to the dimension gaps of all
 *             respondents, {@code Σ_d (w̄_d / 100) · gap_d}.
 *       </ul>
 *       They differ whenever weights and gaps are correlated across respondents; a dimension a
 *       respondent gave no points to has weight 0.
 * </ul>
 *
 * <p>Merging adds sums (rating sums exactly; weighted sums up to floating-point rounding) and
 * requires the same instrument. Memory is bounded by the instrument's size, and adding a response
 * allocates nothing. JSON form, for shipping partial aggregates:
 * {@code {"instrument":{...},"respondents":n,"expectationSums":[...],"perceptionSums":[...],
 * "weightedRespondents":w,"weightSums":[...],"weightedScoreSum":s}} — rating sums per item,
 * importance points summed per dimension (in the instrument's dimension order) and the sum of the
 * per-respondent weighted scores. Mutable and not thread-safe.
 */
public final class ServqualAccumulator implements Mergeable<ServqualAccumulator> {

    private final ServqualInstrument instrument;
    private final List<String> dimensions;
    private final int[] dimensionOfItem;
    private final int[] itemsPerDimension;
    private final ServqualDimension[] standardDimensionOfItem;
    private final long[] expectationSums;
    private final long[] perceptionSums;
    private final double[] weightSums;
    private final int[] scoredExpectations;
    private final int[] scoredPerceptions;
    private final long[] dimensionGapSums;
    private long respondents;
    private long weightedRespondents;
    private double weightedScoreSum;

    /**
     * Creates an empty accumulator.
     *
     * @param instrument the instrument the responses answer, not null
     */
    public ServqualAccumulator(ServqualInstrument instrument) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.dimensions = instrument.dimensions();
        this.dimensionOfItem = new int[instrument.items()];
        this.itemsPerDimension = new int[dimensions.size()];
        for (int i = 0; i < dimensionOfItem.length; i++) {
            dimensionOfItem[i] = dimensions.indexOf(instrument.itemDimensions().get(i));
            itemsPerDimension[dimensionOfItem[i]]++;
        }
        this.standardDimensionOfItem = new ServqualDimension[instrument.items()];
        for (int i = 0; i < standardDimensionOfItem.length; i++) {
            String name = instrument.itemDimensions().get(i);
            for (ServqualDimension dimension : ServqualDimension.values()) {
                if (dimension.name().equalsIgnoreCase(name)) {
                    standardDimensionOfItem[i] = dimension;
                }
            }
        }
        this.expectationSums = new long[instrument.items()];
        this.perceptionSums = new long[instrument.items()];
        this.weightSums = new double[dimensions.size()];
        this.scoredExpectations = new int[instrument.items()];
        this.scoredPerceptions = new int[instrument.items()];
        this.dimensionGapSums = new long[dimensions.size()];
    }

    /**
     * Rebuilds an accumulator from its parts (see the accessors of the same names), e.g. a
     * partial aggregate read back from storage.
     *
     * @param instrument the instrument, not null
     * @param respondents the number of respondents, not negative
     * @param expectationSums the expectation rating sums per item, each within the scale times
     *     {@code respondents}; not null
     * @param perceptionSums the perception rating sums per item, likewise; not null
     * @param weightedRespondents the respondents who allocated importance points, between 0 and
     *     {@code respondents}
     * @param weightSums the importance points summed per dimension in the instrument's dimension
     *     order, each between 0 and 100 × {@code weightedRespondents}, together 100 ×
     *     {@code weightedRespondents} (within 1e-9 relative); not null
     * @param weightedScoreSum the sum of the per-respondent weighted scores, finite and at most
     *     the scale's width times {@code weightedRespondents} in magnitude
     * @return the accumulator
     * @throws IllegalArgumentException naming the first part that does not fit the instrument or
     *     the other parts
     */
    public static ServqualAccumulator of(ServqualInstrument instrument, long respondents, List<Long> expectationSums,
            List<Long> perceptionSums, long weightedRespondents, List<Double> weightSums, double weightedScoreSum) {
        Checks.notNull(expectationSums, "expectationSums");
        Checks.notNull(perceptionSums, "perceptionSums");
        Checks.notNull(weightSums, "weightSums");
        ServqualAccumulator a = new ServqualAccumulator(instrument);
        a.respondents = Checks.nonNegative(respondents, "respondents");
        if (weightedRespondents < 0 || weightedRespondents > respondents) {
            throw new IllegalArgumentException("weightedRespondents must be between 0 and " + respondents
                    + ", but was " + weightedRespondents);
        }
        a.weightedRespondents = weightedRespondents;
        a.readSums(Checks.listCopy(expectationSums, "expectationSums"), a.expectationSums, "expectationSums");
        a.readSums(Checks.listCopy(perceptionSums, "perceptionSums"), a.perceptionSums, "perceptionSums");
        List<Double> weights = Checks.listCopy(weightSums, "weightSums");
        if (weights.size() != a.weightSums.length) {
            throw new IllegalArgumentException("weightSums must have " + a.weightSums.length
                    + " entries, one per dimension, but had " + weights.size());
        }
        double total = 0;
        for (int d = 0; d < weights.size(); d++) {
            a.weightSums[d] = Checks.between(weights.get(d), 0.0, 100.0 * weightedRespondents,
                    "weightSums[" + d + "]");
            total += a.weightSums[d];
        }
        double expected = 100.0 * weightedRespondents;
        if (Math.abs(total - expected) > 1e-9 * Math.max(1.0, expected)) {
            throw new IllegalArgumentException("weightSums must sum to 100 × weightedRespondents (" + expected
                    + "), but summed to " + total);
        }
        a.weightedScoreSum = Checks.finite(weightedScoreSum, "weightedScoreSum");
        double bound = (double) (instrument.scaleMax() - instrument.scaleMin()) * weightedRespondents;
        if (Math.abs(weightedScoreSum) > bound * (1 + 1e-9)) {
            throw new IllegalArgumentException("weightedScoreSum must be between " + -bound + " and " + bound
                    + " for " + weightedRespondents + " weighted respondents, but was " + weightedScoreSum);
        }
        return a;
    }

    /** The product, or the long bound on its side when it overflows (the sum itself is a long). */
    private static long saturatedTimes(long rating, long respondents) {
        try {
            return Math.multiplyExact(rating, respondents);
        } catch (ArithmeticException e) {
            return rating < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private void readSums(List<Long> from, long[] into, String field) {
        if (from.size() != into.length) {
            throw new IllegalArgumentException(field + " must have " + into.length
                    + " entries, one per item, but had " + from.size());
        }
        long min = saturatedTimes(instrument.scaleMin(), respondents);
        long max = saturatedTimes(instrument.scaleMax(), respondents);
        for (int i = 0; i < into.length; i++) {
            long sum = from.get(i);
            if (sum < min || sum > max) {
                throw new IllegalArgumentException(field + "[" + i + "] must be between " + min + " and " + max
                        + " for " + respondents + " respondents, but was " + sum);
            }
            into[i] = sum;
        }
    }

    /**
     * Adds one respondent who allocated no importance points.
     *
     * @param answers the respondent's answers, one per item of the instrument in item order
     *     (item 1 first); not null
     * @throws IllegalArgumentException as {@link #add(List, Map)} does
     * @throws ArithmeticException if a rating sum or the respondent count would overflow
     */
    public void add(List<ServqualResponse> answers) {
        add(answers, Map.of());
    }

    /**
     * Adds one respondent: an expectation and a perception per item, and the 100 importance
     * points the respondent allocated across the instrument's dimensions.
     *
     * <p>The instrument decides each item's dimension. Where the instrument names an item's
     * dimension as a {@link ServqualDimension} (ignoring case, as {@link
     * ServqualInstrument#standard22()} does), the answer's {@link ServqualResponse#dimension()}
     * must be that one, which catches answers given out of order. Every check is made before any
     * sum changes, so a rejected respondent leaves no trace.
     *
     * @param answers the respondent's answers, one per item of the instrument in item order
     *     (item 1 first); not null
     * @param importancePoints points per dimension name of the instrument, each between 0 and 100
     *     and together 100 (within 1e-9); an empty map when the respondent allocated none; not null
     * @throws IllegalArgumentException if the number of answers differs from the instrument's
     *     items, an answer's dimension contradicts the instrument, a rating is outside the scale,
     *     or the allocation names an unknown dimension or does not sum to 100
     * @throws ArithmeticException if a rating sum or the respondent count would overflow
     */
    public void add(List<ServqualResponse> answers, Map<String, Double> importancePoints) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(importancePoints, "importancePoints");
        int items = instrument.items();
        if (answers.size() != items) {
            throw new IllegalArgumentException("answers must have " + items
                    + " items for this instrument, but had " + answers.size());
        }
        double pointSum = 0;
        for (Map.Entry<String, Double> entry : importancePoints.entrySet()) {
            String field = "importancePoints[" + entry.getKey() + "]";
            if (!dimensions.contains(entry.getKey())) {
                throw new IllegalArgumentException("importancePoints must name dimensions of "
                        + dimensions + ", but named '" + entry.getKey() + "'");
            }
            pointSum += Checks.between(Checks.notNull(entry.getValue(), field), 0.0, 100.0, field);
        }
        if (!importancePoints.isEmpty() && Math.abs(pointSum - 100.0) > 1e-9) {
            throw new IllegalArgumentException("importancePoints must sum to 100, but summed to " + pointSum);
        }
        // Validate every rating and every sum before changing any, so a rejected respondent leaves no trace.
        int[] e = scoredExpectations;
        int[] p = scoredPerceptions;
        for (int i = 0; i < items; i++) {
            ServqualResponse answer = Checks.notNull(answers.get(i), "answers[" + i + "]");
            ServqualDimension expected = standardDimensionOfItem[i];
            if (expected != null && answer.dimension() != expected) {
                throw new IllegalArgumentException("answers[" + i + "].dimension must be " + expected
                        + " for item " + (i + 1) + " of the instrument, but was " + answer.dimension());
            }
            e[i] = instrument.scored(i + 1, answer.expectation(), "expectations", i + 1);
            p[i] = instrument.scored(i + 1, answer.perception(), "perceptions", i + 1);
            Counters.plus(expectationSums[i], e[i], "expectationSums[" + i + "]");
            Counters.plus(perceptionSums[i], p[i], "perceptionSums[" + i + "]");
        }
        long newRespondents = Counters.plus(respondents, 1, "respondents");
        long[] gapSums = dimensionGapSums;
        Arrays.fill(gapSums, 0L);
        for (int i = 0; i < items; i++) {
            expectationSums[i] = expectationSums[i] + e[i];
            perceptionSums[i] = perceptionSums[i] + p[i];
            gapSums[dimensionOfItem[i]] = gapSums[dimensionOfItem[i]] + p[i] - e[i];
        }
        respondents = newRespondents;
        if (!importancePoints.isEmpty()) {
            double score = 0;
            for (int d = 0; d < dimensions.size(); d++) {
                Double points = importancePoints.get(dimensions.get(d));
                double weight = points == null ? 0.0 : points;
                weightSums[d] = weightSums[d] + weight;
                score += weight / 100.0 * gapSums[d] / itemsPerDimension[d];
            }
            weightedScoreSum = weightedScoreSum + score;
            weightedRespondents = weightedRespondents + 1; // at most respondents
        }
    }

    /**
     * Adds everything accumulated in {@code other}, which must use an equal instrument.
     *
     * @param other another accumulator, not null; may be this one
     * @return this accumulator
     * @throws IllegalArgumentException if the instruments differ
     * @throws ArithmeticException if a rating sum or the respondent count would overflow; nothing
     *     is changed then
     */
    @Override
    public ServqualAccumulator merge(ServqualAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!instrument.equals(other.instrument)) {
            throw new IllegalArgumentException(
                    "other instrument must equal this accumulator's instrument");
        }
        long newRespondents = Counters.plus(respondents, other.respondents, "respondents");
        long newWeighted = weightedRespondents + other.weightedRespondents; // at most newRespondents
        long[] newExpectations = new long[expectationSums.length];
        long[] newPerceptions = new long[perceptionSums.length];
        for (int i = 0; i < expectationSums.length; i++) {
            newExpectations[i] = Counters.plus(expectationSums[i], other.expectationSums[i],
                    "expectationSums[" + i + "]");
            newPerceptions[i] = Counters.plus(perceptionSums[i], other.perceptionSums[i],
                    "perceptionSums[" + i + "]");
        }
        for (int d = 0; d < weightSums.length; d++) {
            weightSums[d] = weightSums[d] + other.weightSums[d];
        }
        System.arraycopy(newExpectations, 0, expectationSums, 0, expectationSums.length);
        System.arraycopy(newPerceptions, 0, perceptionSums, 0, perceptionSums.length);
        respondents = newRespondents;
        weightedRespondents = newWeighted;
        weightedScoreSum = weightedScoreSum + other.weightedScoreSum;
        return this;
    }

    /**
     * Returns the number of respondents added.
     *
     * @return the count
     */
    public long respondents() {
        return respondents;
    }

    /**
     * Returns the instrument the responses answer.
     *
     * @return the instrument
     */
    public ServqualInstrument instrument() {
        return instrument;
    }

    /**
     * Returns the expectation rating sums per item (after reverse scoring), item 1 first.
     *
     * @return a new list of sums
     */
    public List<Long> expectationSums() {
        return Arrays.stream(expectationSums).boxed().toList();
    }

    /**
     * Returns the perception rating sums per item (after reverse scoring), item 1 first.
     *
     * @return a new list of sums
     */
    public List<Long> perceptionSums() {
        return Arrays.stream(perceptionSums).boxed().toList();
    }

    /**
     * Returns the number of respondents who allocated importance points.
     *
     * @return the count
     */
    public long weightedRespondents() {
        return weightedRespondents;
    }

    /**
     * Returns the importance points summed per dimension, in the instrument's dimension order.
     *
     * @return a new list of sums
     */
    public List<Double> weightSums() {
        return Arrays.stream(weightSums).boxed().toList();
    }

    /**
     * Returns the sum of the per-respondent weighted scores.
     *
     * @return the sum
     */
    public double weightedScoreSum() {
        return weightedScoreSum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServqualAccumulator other && instrument.equals(other.instrument)
                && respondents == other.respondents && weightedRespondents == other.weightedRespondents
                && Arrays.equals(expectationSums, other.expectationSums)
                && Arrays.equals(perceptionSums, other.perceptionSums)
                && Arrays.equals(weightSums, other.weightSums)
                && Double.compare(weightedScoreSum, other.weightedScoreSum) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, respondents, weightedRespondents, Arrays.hashCode(expectationSums),
                Arrays.hashCode(perceptionSums), Arrays.hashCode(weightSums), weightedScoreSum);
    }

    @Override
    public String toString() {
        return "ServqualAccumulator[items=" + instrument.items() + ", respondents=" + respondents + "]";
    }

    /**
     * Returns the gap scores, or empty if no respondent was added.
     *
     * @return the result, empty on no data
     */
    public Optional<ServqualResult> result() {
        if (respondents == 0) {
            return Optional.empty();
        }
        List<Double> itemGaps = new ArrayList<>(expectationSums.length);
        double[] dimensionSums = new double[dimensions.size()];
        for (int i = 0; i < expectationSums.length; i++) {
            double gap = (double) (perceptionSums[i] - expectationSums[i]) / respondents;
            itemGaps.add(gap);
            dimensionSums[dimensionOfItem[i]] += gap;
        }
        Map<String, Double> dimensionGaps = new LinkedHashMap<>();
        double overall = 0;
        double averaged = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            double gap = dimensionSums[d] / itemsPerDimension[d];
            dimensionGaps.put(dimensions.get(d), gap);
            overall += gap;
            if (weightedRespondents > 0) {
                averaged += weightSums[d] / weightedRespondents / 100.0 * gap;
            }
        }
        overall /= dimensions.size();
        OptionalDouble perRespondent = weightedRespondents == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(weightedScoreSum / weightedRespondents);
        OptionalDouble averagedWeights = weightedRespondents == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(averaged);
        return Optional.of(new ServqualResult(respondents, itemGaps, dimensionGaps, overall,
                perRespondent, averagedWeights));
    }
}
