package org.qualityloop.metrics.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.qualityloop.model.internal.Checks;

/**
 * SERVQUAL gap scores of a non-empty sample (definitions at {@link ServqualAccumulator}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param respondents number of respondents, positive
 * @param itemGaps gap per item, item 1 first
 * @param dimensionGaps gap per dimension, in the instrument's order
 * @param overallGap the unweighted overall gap, the mean of the dimension gaps
 * @param weightedPerRespondent the importance-weighted gap with each respondent's own weights;
 *     empty if nobody allocated importance points
 * @param weightedAveraged the importance-weighted gap with averaged weights; empty if nobody
 *     allocated importance points
 */
public record ServqualResult(
        long respondents,
        List<Double> itemGaps,
        Map<String, Double> dimensionGaps,
        double overallGap,
        OptionalDouble weightedPerRespondent,
        OptionalDouble weightedAveraged) {

    /**
     * Validates and copies the fields.
     *
     * @param respondents number of respondents, positive
     * @param itemGaps gap per item, item 1 first
     * @param dimensionGaps gap per dimension, in the instrument's order
     * @param overallGap the unweighted overall gap, the mean of the dimension gaps
     * @param weightedPerRespondent the importance-weighted gap with each respondent's own weights;
     *     empty if nobody allocated importance points
     * @param weightedAveraged the importance-weighted gap with averaged weights; empty if nobody
     *     allocated importance points
     * @throws IllegalArgumentException if {@code respondents} is not positive or a gap is not
     *     finite
     */
    public ServqualResult {
        Checks.positive(respondents, "respondents");
        itemGaps = Checks.listCopy(itemGaps, "itemGaps");
        Objects.requireNonNull(dimensionGaps, "dimensionGaps");
        dimensionGaps = Collections.unmodifiableMap(new LinkedHashMap<>(dimensionGaps));
        Checks.finite(overallGap, "overallGap");
        Objects.requireNonNull(weightedPerRespondent, "weightedPerRespondent");
        Objects.requireNonNull(weightedAveraged, "weightedAveraged");
    }

    /**
     * Builds a result from dimension gaps an analyst already has (e.g. from a published study or
     * another tool) and, optionally, the mean importance allocation: the overall gap is the mean
     * of the dimension gaps, and the weighted gap is {@code Σ_d (w_d / 100) · gap_d}, the
     * {@linkplain #weightedAveraged() averaged-weights} variant of {@link ServqualAccumulator}.
     * Without per-item or per-respondent data, {@link #itemGaps()} is empty and
     * {@link #weightedPerRespondent()} is empty.
     *
     * @param respondents the number of respondents behind the gaps, positive
     * @param dimensionGaps the gap (perception − expectation) per dimension name, at least one,
     *     each finite; the result keeps the map's iteration order, so pass an ordered map (e.g. a
     *     {@link java.util.LinkedHashMap}) to fix it; not null
     * @param importancePoints the mean importance points per dimension, each between 0 and 100
     *     and together 100 (within 1e-9), naming only dimensions of {@code dimensionGaps} (a
     *     dimension left out weighs 0); an empty map when there are no weights; not null
     * @return the result
     * @throws IllegalArgumentException if {@code respondents} is not positive, there are no
     *     dimensions, a name is blank, a gap is not finite, or the importance points name an
     *     unknown dimension, are out of range or do not sum to 100
     */
    public static ServqualResult ofDimensionGaps(long respondents, Map<String, Double> dimensionGaps,
            Map<String, Double> importancePoints) {
        Checks.mapCopy(dimensionGaps, "dimensionGaps");
        Map<String, Double> weights = Checks.mapCopy(importancePoints, "importancePoints");
        Checks.positive(dimensionGaps.size(), "dimensionGaps.size");
        Map<String, Double> gaps = new LinkedHashMap<>();
        double overall = 0;
        for (Map.Entry<String, Double> entry : dimensionGaps.entrySet()) {
            Checks.notBlank(entry.getKey(), "dimension");
            double gap = Checks.finite(entry.getValue(), "dimensionGaps[" + entry.getKey() + "]");
            gaps.put(entry.getKey(), gap);
            overall += gap;
        }
        overall /= gaps.size();
        if (weights.isEmpty()) {
            return new ServqualResult(respondents, List.of(), gaps, overall, OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        double pointSum = 0;
        double weighted = 0;
        for (Map.Entry<String, Double> entry : new TreeMap<>(weights).entrySet()) {
            String field = "importancePoints[" + entry.getKey() + "]";
            if (!gaps.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("importancePoints must name dimensions of "
                        + gaps.keySet() + ", but named '" + entry.getKey() + "'");
            }
            double points = Checks.between(entry.getValue(), 0.0, 100.0, field);
            pointSum += points;
            weighted += points / 100.0 * gaps.get(entry.getKey());
        }
        if (Math.abs(pointSum - 100.0) > 1e-9) {
            throw new IllegalArgumentException(
                    "importancePoints must sum to 100, but summed to " + pointSum);
        }
        return new ServqualResult(respondents, List.of(), gaps, overall, OptionalDouble.empty(),
                OptionalDouble.of(weighted));
    }
}
