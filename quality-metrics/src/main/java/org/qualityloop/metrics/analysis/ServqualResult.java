package org.qualityloop.metrics.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
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
}
