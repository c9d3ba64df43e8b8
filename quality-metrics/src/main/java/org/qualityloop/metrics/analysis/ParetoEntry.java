package org.qualityloop.metrics.analysis;

import java.util.Objects;
import org.qualityloop.model.internal.Checks;

/**
 * One category's row in a Pareto analysis.
 *
 * <p>Immutable and thread-safe if the category is.
 *
 * @param category the category, e.g. a complaint category or root cause
 * @param count the category's count, not negative
 * @param share {@code count / total}, between 0 and 1
 * @param cumulativeShare the share of this category and all ranked before it, between 0 and 1
 * @param vitalFew whether the category belongs to the "vital few" (see {@link Pareto})
 * @param <C> the category type
 */
public record ParetoEntry<C>(
        C category, long count, double share, double cumulativeShare, boolean vitalFew) {

    /**
     * Validates the fields.
     *
     * @param category the category, e.g. a complaint category or root cause
     * @param count the category's count, not negative
     * @param share {@code count / total}, between 0 and 1
     * @param cumulativeShare the share of this category and all ranked before it, between 0 and 1
     * @param vitalFew whether the category belongs to the "vital few" (see {@link Pareto})
     * @throws IllegalArgumentException if a value is outside its range
     */
    public ParetoEntry {
        Objects.requireNonNull(category, "category");
        Checks.nonNegative(count, "count");
        Checks.between(share, 0.0, 1.0, "share");
        Checks.between(cumulativeShare, share, 1.0, "cumulativeShare");
    }
}
