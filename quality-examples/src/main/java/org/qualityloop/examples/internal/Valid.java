package org.qualityloop.examples.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

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
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
        }
        return value;
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

    /**
     * Checks that a value is present.
     *
     * @param value the value
     * @param field the field's name
     * @param <T> the value's type
     * @return the value
     * @throws NullPointerException naming the field when the value is null
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /**
     * Checks a text that is not blank. The message does not repeat the text.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the text is blank
     */
    public static String notBlank(String value, String field) {
        if (notNull(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /**
     * Checks a code: 1 to 64 lower-case ASCII letters, digits, {@code '-'} and {@code '_'},
     * starting with a letter, as the model's codes are.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is not a code
     */
    public static String code(String value, String field) {
        if (!CODE.matcher(notNull(value, field)).matches()) {
            throw new IllegalArgumentException(field
                    + " must be 1 to 64 lower-case letters, digits, '-' or '_' starting with a letter, but was '"
                    + shown(value) + "'");
        }
        return value;
    }

    /**
     * Checks an identifier: not blank, no surrounding whitespace, no control characters, at most
     * 128 characters.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is not an identifier
     */
    public static String id(String value, String field) {
        notBlank(value, field);
        if (value.length() > 128) {
            throw new IllegalArgumentException(field + " must be at most 128 characters, but was "
                    + value.length() + " characters");
        }
        if (!value.strip().equals(value) || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field
                    + " must have no surrounding whitespace and no control characters, but was '"
                    + shown(value) + "'");
        }
        return value;
    }

    /**
     * Checks a count that is not negative.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is negative
     */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, but was " + value);
        }
        return value;
    }

    /**
     * Checks a positive count.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     * @throws IllegalArgumentException when the value is zero or negative
     */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, but was " + value);
        }
        return value;
    }

    /**
     * Copies a list whose elements are all present.
     *
     * @param values the list
     * @param field the field's name
     * @param <T> the element type
     * @return an unmodifiable copy
     * @throws NullPointerException naming the field and index of a missing element
     */
    public static <T> List<T> listCopy(Collection<? extends T> values, String field) {
        int i = 0;
        for (T value : notNull(values, field)) {
            if (value == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /**
     * Copies a map whose keys and values are all present.
     *
     * @param values the map
     * @param field the field's name
     * @param <K> the key type
     * @param <V> the value type
     * @return an unmodifiable copy
     * @throws NullPointerException naming the field when a key or value is missing
     */
    public static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> values, String field) {
        notNull(values, field).forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(field + " must not contain null keys or values");
            }
        });
        return Map.copyOf(values);
    }

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 39) + "…";
    }
}
