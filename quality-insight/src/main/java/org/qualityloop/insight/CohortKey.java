package org.qualityloop.insight;

import org.qualityloop.model.internal.Checks;

/**
 * One cohort of {@link Cohorts}: a dimension and the value of it the cohort's cases share, such as
 * {@code WEEK 2026-W10} or {@code CHANNEL app}. Ordered by dimension, then value (for weeks, that is
 * the order of time). Immutable and thread-safe.
 *
 * @param dimension what the cases are grouped by, not null
 * @param value the value they share, not blank
 */
public record CohortKey(CohortDimension dimension, String value) implements Comparable<CohortKey> {

    /**
     * Validates the key.
     *
     * @param dimension what the cases are grouped by, not null
     * @param value the value they share, not blank
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public CohortKey {
        Checks.notNull(dimension, "dimension");
        Checks.notNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank, but was '" + value + "'");
        }
    }

    /**
     * Returns the key of a dimension and value.
     *
     * @param dimension what the cases are grouped by, not null
     * @param value the value they share, not blank
     * @return the key
     */
    public static CohortKey of(CohortDimension dimension, String value) {
        return new CohortKey(dimension, value);
    }

    @Override
    public int compareTo(CohortKey other) {
        int c = dimension.compareTo(other.dimension);
        return c != 0 ? c : value.compareTo(other.value);
    }
}
