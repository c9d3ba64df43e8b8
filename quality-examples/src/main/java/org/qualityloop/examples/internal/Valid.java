package org.qualityloop.examples.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks of the examples module. Every message names the field, the rule and the value.
 * Not exported.
 */
public final class Valid {

    private Valid() {
    }

    /**
     * Checks a probability.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is not between 0 and 1
     */
    public static double probability(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, but was " + value);
        }
        return value;
    }

    /**
     * Checks a positive finite number.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is not positive and finite
     */
    public static double positive(double value, String field) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, but was " + value);
        }
        return value;
    }

    /**
     * Checks a non-negative finite number.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is negative or not finite
     */
    public static double nonNegative(double value, String field) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be zero or a positive number, but was " + value);
        }
        return value;
    }

    /**
     * Checks a finite number within a range.
     *
     * @param value the value
     * @param min the lowest value allowed
     * @param max the highest value allowed
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is outside the range
     */
    public static double between(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be between " + plain(min) + " and " + plain(max)
                    + ", but was " + value);
        }
        return value;
    }

    /**
     * Checks a finite number.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is NaN or infinite
     */
    public static double finite(double value, String field) {
        return org.qualityloop.model.internal.Checks.finite(value, field);
    }

    /**
     * Checks a positive duration.
     *
     * @param value the value, not null
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the duration is zero or negative
     */
    public static Duration positive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be a positive duration, but was " + value);
        }
        return value;
    }

    /**
     * Checks a map of weights and copies it, keeping its order.
     *
     * @param weights the weights, not null, none null
     * @param field the field's name
     * @param allowEmpty whether an empty map is allowed
     * @param <K> the key type
     * @return an unmodifiable copy in the same order
     * @throws IllegalArgumentException when a weight is negative or not finite, or all are zero
     */
    public static <K> Map<K, Double> weights(Map<K, Double> weights, String field, boolean allowEmpty) {
        Objects.requireNonNull(weights, field);
        Map<K, Double> copy = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<K, Double> e : weights.entrySet()) {
            Objects.requireNonNull(e.getKey(), field + " key");
            double w = nonNegative(Objects.requireNonNull(e.getValue(), field + "[" + e.getKey() + "]"),
                    field + "[" + e.getKey() + "]");
            sum += w;
            copy.put(e.getKey(), w);
        }
        if (copy.isEmpty() && !allowEmpty) {
            throw new IllegalArgumentException(field + " must name at least one entry, but was empty");
        }
        if (!copy.isEmpty() && !(sum > 0)) {
            throw new IllegalArgumentException(field + " must have a positive weight, but all were 0");
        }
        return Collections.unmodifiableMap(copy);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
