package org.qualityloop.metrics.analysis;

import java.util.List;
import java.util.Map;
import org.qualityloop.model.internal.Checks;

/**
 * One respondent's SERVQUAL answers: an expectation and a perception rating per item, and
 * optionally the 100 importance points the respondent allocated across the dimensions.
 *
 * <p>Immutable and thread-safe. The ratings are checked against an instrument when the response
 * is added to a {@link ServqualAccumulator}.
 *
 * @param expectations expectation rating per item, item 1 first
 * @param perceptions perception rating per item, same length
 * @param importancePoints points per dimension summing to 100, or an empty map if the
 *     respondent gave no allocation
 */
public record ServqualResponse(
        List<Integer> expectations, List<Integer> perceptions, Map<String, Double> importancePoints) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if the lists differ in length, a point value is negative
     *     or not finite, or a non-empty allocation does not sum to 100 (within 1e-9)
     */
    public ServqualResponse {
        expectations = Checks.listCopy(expectations, "expectations");
        perceptions = Checks.listCopy(perceptions, "perceptions");
        if (expectations.size() != perceptions.size()) {
            throw new IllegalArgumentException("perceptions must have " + expectations.size()
                    + " ratings, one per expectation, but had " + perceptions.size());
        }
        importancePoints = Checks.mapCopy(importancePoints, "importancePoints");
        double sum = 0;
        for (Map.Entry<String, Double> entry : importancePoints.entrySet()) {
            sum += Checks.between(entry.getValue(), 0.0, 100.0,
                    "importancePoints[" + entry.getKey() + "]");
        }
        if (!importancePoints.isEmpty() && Math.abs(sum - 100.0) > 1e-9) {
            throw new IllegalArgumentException(
                    "importancePoints must sum to 100, but summed to " + sum);
        }
    }
}
