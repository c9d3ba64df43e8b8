package org.qualityloop.metrics;

import org.qualityloop.model.internal.Checks;

/**
 * Customer satisfaction of a non-empty sample: mean rating and top-2-box share (see
 * {@link CsatAccumulator} for the formulas).
 *
 * <p>Immutable and thread-safe.
 *
 * @param responses number of ratings, positive
 * @param scaleMin the lowest rating of the scale
 * @param scaleMax the highest rating of the scale
 * @param mean the mean rating, within the scale
 * @param topTwoBoxShare the share of ratings in the two highest scale points, between 0 and 1
 */
public record CsatResult(
        long responses, int scaleMin, int scaleMax, double mean, double topTwoBoxShare) {

    /**
     * Validates the fields.
     *
     * @param responses number of ratings, positive
     * @param scaleMin the lowest rating of the scale
     * @param scaleMax the highest rating of the scale
     * @param mean the mean rating, within the scale
     * @param topTwoBoxShare the share of ratings in the two highest scale points, between 0 and 1
     * @throws IllegalArgumentException if a value is outside its range
     */
    public CsatResult {
        Checks.positive(responses, "responses");
        Checks.between(scaleMax, scaleMin + 1, Integer.MAX_VALUE, "scaleMax");
        Checks.between(mean, scaleMin, scaleMax, "mean");
        Checks.between(topTwoBoxShare, 0.0, 1.0, "topTwoBoxShare");
    }
}
