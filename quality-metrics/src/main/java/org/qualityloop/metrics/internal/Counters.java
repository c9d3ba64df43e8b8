package org.qualityloop.metrics.internal;

/**
 * Exact counter arithmetic for the accumulators: a sum that does not fit in a {@code long} is an
 * {@link ArithmeticException} naming the counter, never a silent wrap.
 *
 * <p>Stateless and thread-safe.
 */
public final class Counters {

    private Counters() {
    }

    /**
     * Returns {@code value + increment}, or throws if the sum overflows a {@code long}.
     *
     * @param value the counter's current value
     * @param increment the amount to add
     * @param field the counter's name, for the message
     * @return the sum
     * @throws ArithmeticException if the sum overflows, e.g.
     *     {@code "promoters overflows a long: 9223372036854775807 + 1"}
     */
    public static long plus(long value, long increment, String field) {
        long sum = value + increment;
        if (((value ^ sum) & (increment ^ sum)) < 0) {
            throw new ArithmeticException(field + " overflows a long: " + value + " + " + increment);
        }
        return sum;
    }

    /**
     * Returns the total of non-negative counters, or throws if it overflows a {@code long}.
     *
     * @param counts the counters, none negative
     * @param field the total's name, for the message
     * @return the total
     * @throws ArithmeticException if the total overflows
     */
    public static long total(long[] counts, String field) {
        long total = 0;
        for (long count : counts) {
            total = plus(total, count, field);
        }
        return total;
    }

    /**
     * Returns the total of counters given to a factory, or throws if it overflows a {@code long}.
     *
     * @param field the total's name, for the message
     * @param counts the counters, none negative
     * @return the total
     * @throws IllegalArgumentException if the total overflows, e.g.
     *     {@code "count must fit in a long, but the counts sum to more than 9223372036854775807"}
     */
    public static long argumentTotal(String field, long... counts) {
        try {
            return total(counts, field);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must fit in a long, but the counts sum to more than "
                    + Long.MAX_VALUE, e);
        }
    }

    /**
     * Adds one to {@code counts[index]}, or throws, changing nothing, if that counter or the
     * total of all counters would overflow a {@code long}. Allocates nothing.
     *
     * @param counts the counters, none negative
     * @param index the counter to increment
     * @param field the array's name; the element is named {@code field[index]}
     * @param totalField the total's name
     * @throws ArithmeticException on overflow
     */
    public static void increment(long[] counts, int index, String field, String totalField) {
        if (counts[index] == Long.MAX_VALUE) {
            throw new ArithmeticException(field + "[" + index + "] overflows a long: " + counts[index] + " + 1");
        }
        plus(total(counts, totalField), 1, totalField);
        counts[index]++;
    }

    /**
     * Adds {@code from} element by element into {@code into}, or throws, changing nothing, if an
     * element or the total of all elements would overflow a {@code long}. {@code from} may be
     * {@code into} itself.
     *
     * @param into the counters to add to, none negative
     * @param from the counters to add, same length, none negative
     * @param field the arrays' name; an element is named {@code field[i]}
     * @param totalField the total's name
     * @throws ArithmeticException on overflow
     */
    public static void addInto(long[] into, long[] from, String field, String totalField) {
        long[] sums = new long[into.length];
        for (int i = 0; i < into.length; i++) {
            sums[i] = plus(into[i], from[i], field + "[" + i + "]");
        }
        total(sums, totalField);
        System.arraycopy(sums, 0, into, 0, into.length);
    }
}
