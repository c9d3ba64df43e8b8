package org.qualityloop.metrics.analysis;

import org.qualityloop.model.internal.Checks;

/**
 * Kano customer-satisfaction coefficients of one attribute (see {@link KanoTally}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param better how much presence raises satisfaction, {@code (A + O) / (A + O + M + I)}, in [0, 1]
 * @param worse how much absence lowers it, {@code −(O + M) / (A + O + M + I)}, in [−1, 0]
 */
public record KanoCoefficients(double better, double worse) {

    /**
     * Validates the ranges.
     *
     * @param better how much presence raises satisfaction, {@code (A + O) / (A + O + M + I)}, in
     *     [0, 1]
     * @param worse how much absence lowers it, {@code −(O + M) / (A + O + M + I)}, in [−1, 0]
     * @throws IllegalArgumentException if a coefficient is out of range
     */
    public KanoCoefficients {
        Checks.between(better, 0.0, 1.0, "better");
        Checks.between(worse, -1.0, 0.0, "worse");
    }
}
