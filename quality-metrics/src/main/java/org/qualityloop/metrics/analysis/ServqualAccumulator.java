package org.qualityloop.metrics.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qualityloop.model.internal.Checks;

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
@JsonPropertyOrder({"instrument", "respondents", "expectationSums", "perceptionSums",
    "weightedRespondents", "weightSums", "weightedScoreSum"})
public final class ServqualAccumulator {

    private final ServqualInstrument instrument;
    private final List<String> dimensions;
    private final int[] dimensionOfItem;
    private final int[] itemsPerDimension;
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
        this.expectationSums = new long[instrument.items()];
        this.perceptionSums = new long[instrument.items()];
        this.weightSums = new double[dimensions.size()];
        this.scoredExpectations = new int[instrument.items()];
        this.scoredPerceptions = new int[instrument.items()];
        this.dimensionGapSums = new long[dimensions.size()];
    }

    /**
     * Rebuilds an accumulator from its JSON form.
     *
     * @return the accumulator
     * @throws IllegalArgumentException if a part does not fit the instrument or the counts
     */
    @JsonCreator
    static ServqualAccumulator fromJson(
            @JsonProperty(value = "instrument", required = true) ServqualInstrument instrument,
            @JsonProperty(value = "respondents", required = true) long respondents,
            @JsonProperty(value = "expectationSums", required = true) List<Long> expectationSums,
            @JsonProperty(value = "perceptionSums", required = true) List<Long> perceptionSums,
            @JsonProperty(value = "weightedRespondents", required = true) long weightedRespondents,
            @JsonProperty(value = "weightSums", required = true) List<Double> weightSums,
            @JsonProperty(value = "weightedScoreSum", required = true) double weightedScoreSum) {
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
        for (int d = 0; d < weights.size(); d++) {
            a.weightSums[d] = Checks.between(weights.get(d), 0.0, 100.0 * weightedRespondents,
                    "weightSums[" + d + "]");
        }
        a.weightedScoreSum = Checks.finite(weightedScoreSum, "weightedScoreSum");
        return a;
    }

    private void readSums(List<Long> from, long[] into, String field) {
        if (from.size() != into.length) {
            throw new IllegalArgumentException(field + " must have " + into.length
                    + " entries, one per item, but had " + from.size());
        }
        long min = (long) instrument.scaleMin() * respondents;
        long max = (long) instrument.scaleMax() * respondents;
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
     * Adds one respondent.
     *
     * @param response the answers, one pair per item of the instrument; not null
     * @throws IllegalArgumentException if the number of items differs from the instrument's, a
     *     rating is outside the scale, or an allocation names an unknown dimension
     */
    public void add(ServqualResponse response) {
        Objects.requireNonNull(response, "response");
        int items = instrument.items();
        if (response.expectations().size() != items) {
            throw new IllegalArgumentException("expectations must have " + items
                    + " ratings for this instrument, but had " + response.expectations().size());
        }
        for (String dimension : response.importancePoints().keySet()) {
            if (!dimensions.contains(dimension)) {
                throw new IllegalArgumentException("importancePoints must name dimensions of "
                        + dimensions + ", but named '" + dimension + "'");
            }
        }
        // Validate every rating before changing any sum, so a rejected response leaves no trace.
        int[] e = scoredExpectations;
        int[] p = scoredPerceptions;
        for (int i = 0; i < items; i++) {
            e[i] = instrument.scored(i + 1, response.expectations().get(i), "expectations", i + 1);
            p[i] = instrument.scored(i + 1, response.perceptions().get(i), "perceptions", i + 1);
        }
        long[] gapSums = dimensionGapSums;
        Arrays.fill(gapSums, 0L);
        for (int i = 0; i < items; i++) {
            expectationSums[i] += e[i];
            perceptionSums[i] += p[i];
            gapSums[dimensionOfItem[i]] += p[i] - e[i];
        }
        respondents++;
        if (!response.importancePoints().isEmpty()) {
            double score = 0;
            for (int d = 0; d < dimensions.size(); d++) {
                Double points = response.importancePoints().get(dimensions.get(d));
                double weight = points == null ? 0.0 : points;
                weightSums[d] += weight;
                score += weight / 100.0 * gapSums[d] / itemsPerDimension[d];
            }
            weightedScoreSum += score;
            weightedRespondents++;
        }
    }

    /**
     * Adds everything accumulated in {@code other}, which must use an equal instrument.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the instruments differ
     */
    public ServqualAccumulator merge(ServqualAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!instrument.equals(other.instrument)) {
            throw new IllegalArgumentException(
                    "other instrument must equal this accumulator's instrument");
        }
        for (int i = 0; i < expectationSums.length; i++) {
            expectationSums[i] += other.expectationSums[i];
            perceptionSums[i] += other.perceptionSums[i];
        }
        for (int d = 0; d < weightSums.length; d++) {
            weightSums[d] += other.weightSums[d];
        }
        respondents += other.respondents;
        weightedRespondents += other.weightedRespondents;
        weightedScoreSum += other.weightedScoreSum;
        return this;
    }

    /**
     * Returns the number of respondents added.
     *
     * @return the count
     */
    @JsonProperty("respondents")
    public long respondents() {
        return respondents;
    }

    /**
     * Returns the instrument the responses answer.
     *
     * @return the instrument
     */
    @JsonProperty("instrument")
    public ServqualInstrument instrument() {
        return instrument;
    }

    @JsonProperty("expectationSums")
    List<Long> jsonExpectationSums() {
        return Arrays.stream(expectationSums).boxed().toList();
    }

    @JsonProperty("perceptionSums")
    List<Long> jsonPerceptionSums() {
        return Arrays.stream(perceptionSums).boxed().toList();
    }

    @JsonProperty("weightedRespondents")
    long jsonWeightedRespondents() {
        return weightedRespondents;
    }

    @JsonProperty("weightSums")
    List<Double> jsonWeightSums() {
        return Arrays.stream(weightSums).boxed().toList();
    }

    @JsonProperty("weightedScoreSum")
    double jsonWeightedScoreSum() {
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
