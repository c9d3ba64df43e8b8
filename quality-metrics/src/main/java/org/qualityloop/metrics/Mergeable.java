package org.qualityloop.metrics;

/**
 * A streaming accumulator whose partial aggregates merge exactly: accumulate per partition
 * (thread, shard, day, process), then merge the partials into the total.
 *
 * <p><b>What {@link #merge} does.</b> {@code a.merge(b)} adds everything accumulated in {@code b}
 * to {@code a} and returns {@code a} itself (not a copy), so merges chain:
 * {@code total.merge(monday).merge(tuesday)}. {@code b} is never changed. Merging is associative
 * and commutative on the accumulated state: any split of the same observations, accumulated per
 * part and merged in any order and grouping, equals the accumulator of all observations at once
 * ({@code equals} holds; floating-point sums such as SERVQUAL's importance weights agree up to
 * rounding). Merging an accumulator into itself, {@code a.merge(a)}, is allowed and behaves like
 * merging an equal copy: every count doubles.
 *
 * <p><b>Compatibility.</b> Accumulators that carry a configuration (a rating scale, a SERVQUAL
 * instrument, a repeat-contact window) merge only with an accumulator of the same configuration;
 * otherwise {@code merge} throws {@link IllegalArgumentException} and changes nothing.
 *
 * <p><b>Exact counters.</b> Counts and sums of whole units (milliseconds, ratings) are exact:
 * an {@code add} or {@code merge} whose result would overflow a {@code long} throws
 * {@link ArithmeticException} naming the counter (for example
 * {@code "promoters overflows a long: 9223372036854775807 + 1"}) and leaves the receiver
 * unchanged — every check is made before any counter is written.
 *
 * <p><b>Thread-safety.</b> Implementations are mutable and not thread-safe. Confine each instance
 * to one thread, or accumulate per partition and merge the partials once their threads are done
 * (a happens-before edge, such as joining a future, must separate the last {@code add} from the
 * merge).
 *
 * @param <A> the accumulator type itself
 */
public interface Mergeable<A extends Mergeable<A>> {

    /**
     * Adds everything accumulated in {@code other} to this accumulator; {@code other} is not
     * changed. When an exception is thrown, this accumulator is unchanged.
     *
     * @param other an accumulator of the same type and configuration, not null; may be
     *     {@code this}, which doubles every count
     * @return this accumulator
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code other} has a different configuration
     * @throws ArithmeticException if a counter would overflow a {@code long}
     */
    A merge(A other);
}
