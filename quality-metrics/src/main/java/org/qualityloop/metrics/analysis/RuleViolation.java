package org.qualityloop.metrics.analysis;

import java.util.Objects;
import org.qualityloop.model.internal.Checks;

/**
 * A point at which a run rule is broken.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the index of the point that completes the pattern, from 0
 * @param rule the rule broken
 */
public record RuleViolation(int index, ControlRule rule) {

    /**
     * Validates the fields.
     *
     * @param index the index of the point that completes the pattern, from 0
     * @param rule the rule broken
     * @throws IllegalArgumentException if the index is negative
     */
    public RuleViolation {
        Checks.nonNegative(index, "index");
        Objects.requireNonNull(rule, "rule");
    }
}
