package org.qualityloop.metrics.analysis;

import org.qualityloop.model.internal.Checks;

/**
 * One attribute's mean importance and mean performance ratings, on the same scale.
 *
 * <p>Immutable and thread-safe.
 *
 * @param importance mean importance rating, finite
 * @param performance mean performance rating, finite
 */
public record IpaPoint(double importance, double performance) {

    /**
     * Validates the ratings.
     *
     * @param importance mean importance rating, finite
     * @param performance mean performance rating, finite
     * @throws IllegalArgumentException if a rating is not finite
     */
    public IpaPoint {
        Checks.finite(importance, "importance");
        Checks.finite(performance, "performance");
    }
}
