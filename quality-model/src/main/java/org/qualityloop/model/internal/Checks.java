package org.qualityloop.model.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Argument checks shared by Quality Loop's value types. Every failure message names the field,
 * the rule and the offending value, for example {@code "score must be between 0 and 10, but was 11"}.
 *
 * <p>Not part of the public API: exported only to Quality Loop's own modules.
 */
public final class Checks {

    /** The class of {@code List.of(a)} and {@code List.of(a, b)}, which never holds null. */
    private static final Class<?> LIST_OF_ONE_OR_TWO = List.of(1).getClass();

    /** Longest identifier or code accepted anywhere in the model. */
    public static final int MAX_ID_LENGTH = 128;

    private Checks() {
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value
     * @param field the field's name, used in the message
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

    /** The most characters of a rejected value a message repeats. */
    public static final int MAX_SHOWN = 40;

    /** The most digits a decimal may have before, and after, its decimal point. */
    public static final int MAX_DECIMAL_DIGITS = 30;

    /**
     * Shortens a rejected value for a message: at most {@link #MAX_SHOWN} characters, a longer value
     * cut and marked with {@code "…"}. Only for values that are not personal data.
     *
     * @param value the value, not null
     * @return the value or its shortened form
     */
    public static String shown(String value) {
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN - 1) + "…";
    }

    /**
     * A decimal for a message, bounded: plain notation when short, else scientific notation,
     * shortened; never the plain text of a huge exponent.
     *
     * @param value the value, not null
     * @return at most {@link #MAX_SHOWN} characters
     */
    public static String shown(BigDecimal value) {
        boolean small = value.precision() <= MAX_SHOWN && Math.abs((long) value.scale()) <= MAX_SHOWN;
        return shown(small ? value.toPlainString() : value.toString());
    }

    /**
     * Requires a decimal of bounded size: at most {@link #MAX_DECIMAL_DIGITS} digits before and after
     * the decimal point, trailing zeros not counted, so arithmetic on it stays cheap (no
     * {@code 1E+999999999}).
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static BigDecimal boundedDecimal(BigDecimal value, String field) {
        notNull(value, field);
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        long decimals = stripped.scale();
        long integers = (long) stripped.precision() - stripped.scale();
        if (decimals > MAX_DECIMAL_DIGITS || integers > MAX_DECIMAL_DIGITS) {
            throw new IllegalArgumentException(field + " must have at most " + MAX_DECIMAL_DIGITS
                    + " digits before and after the decimal point, but was " + shown(value));
        }
        return value;
    }

    /**
     * Requires an identifier-like string: not blank, no leading or trailing whitespace, no control
     * characters, at most {@link #MAX_ID_LENGTH} characters.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static String id(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was '" + shown(value) + "'");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_ID_LENGTH
                    + " characters, but was " + value.length() + " characters");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(field
                    + " must not start or end with whitespace, but was '" + shown(value) + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(field
                        + " must not contain control characters, but had one at index " + i);
            }
        }
        return value;
    }

    /**
     * Requires a code: lower-case ASCII letters, digits, {@code '-'} and {@code '_'}, starting with
     * a letter, at most 64 characters (for example {@code "mini-program"}).
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static String code(String value, String field) {
        notNull(value, field);
        boolean ok = !value.isEmpty() && value.length() <= 64 && value.charAt(0) >= 'a' && value.charAt(0) <= 'z';
        for (int i = 1; ok && i < value.length(); i++) {
            char c = value.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }
        if (!ok) {
            throw new IllegalArgumentException(field
                    + " must be 1 to 64 lower-case letters, digits, '-' or '_' starting with a letter, but was '"
                    + shown(value) + "'");
        }
        return value;
    }

    /**
     * Requires a non-blank text (free text may contain any characters). The message does not echo
     * the text, which may hold personal data.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /**
     * Requires {@code min <= value <= max}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the field's name
     * @return the value
     */
    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max
                    + ", but was " + value);
        }
        return value;
    }

    /**
     * Requires a finite {@code min <= value <= max}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the field's name
     * @return the value
     */
    public static double between(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max
                    + ", but was " + value);
        }
        return value;
    }

    /**
     * Requires a finite number.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
        }
        return value;
    }

    /**
     * Requires {@code value >= 0}.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, but was " + value);
        }
        return value;
    }

    /**
     * Requires {@code value > 0}.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, but was " + value);
        }
        return value;
    }

    /**
     * Requires a non-null, non-negative duration.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static Duration nonNegative(Duration value, String field) {
        notNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative, but was " + value);
        }
        return value;
    }

    /**
     * Requires a non-null, strictly positive duration.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static Duration positive(Duration value, String field) {
        notNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, but was " + value);
        }
        return value;
    }

    /**
     * Requires a non-null, non-negative amount.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public static BigDecimal nonNegative(BigDecimal value, String field) {
        notNull(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, but was "
                    + shown(value));
        }
        return value;
    }

    /**
     * Copies a list, rejecting null elements with a message naming the field and index.
     *
     * @param values the list
     * @param field the field's name
     * @param <T> the element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> listCopy(Collection<? extends T> values, String field) {
        notNull(values, field);
        if (values.getClass() == LIST_OF_ONE_OR_TWO) {
            // List.of with one or two elements: unmodifiable and null-free by construction, and
            // the most common list copied (the events of one command), so taken as it is
            @SuppressWarnings("unchecked")
            List<T> same = (List<T>) values;
            return same;
        }
        if (values instanceof List<? extends T> list && values instanceof java.util.RandomAccess) {
            // indexed, so that checking a list allocates no iterator
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new NullPointerException(field + "[" + i + "] must not be null");
                }
            }
            return List.copyOf(values);
        }
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /**
     * Copies a set, rejecting null elements.
     *
     * @param values the set
     * @param field the field's name
     * @param <T> the element type
     * @return an unmodifiable copy
     */
    public static <T> Set<T> setCopy(Collection<? extends T> values, String field) {
        notNull(values, field);
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(field + " must not contain null");
            }
        }
        return Set.copyOf(values);
    }

    /**
     * Copies a map, rejecting null keys and values.
     *
     * @param values the map
     * @param field the field's name
     * @param <K> the key type
     * @param <V> the value type
     * @return an unmodifiable copy
     */
    public static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> values, String field) {
        notNull(values, field);
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(field + " must not contain null keys or values");
            }
        });
        return Map.copyOf(values);
    }
}
