package org.qualityloop.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * One accumulator per slice, for computing a metric grouped by any key in a single pass: a
 * stage, touchpoint, channel, segment or team, a {@link CalendarPeriod}, or a record combining
 * several (e.g. {@code record ChannelWeek(Channel channel, CalendarPeriod week)}).
 *
 * <pre>{@code
 * Slices<CalendarPeriod, NpsAccumulator> byWeek =
 *         Slices.of(NpsAccumulator::new, NpsAccumulator::merge);
 * for (var response : responses) {
 *     byWeek.slice(CalendarPeriod.of(PeriodUnit.ISO_WEEK, response.at(), zone))
 *           .add(response.score());
 * }
 * }</pre>
 *
 * <p>{@link #merge(Slices)} merges slice by slice, so per-partition slicings combine into the
 * same result as one slicing of all data. Keys must have value semantics ({@code equals} and
 * {@code hashCode}). The accumulators handed out are live: adding to them updates the slice.
 * Slices is a container, not a {@link Mergeable} accumulator itself: its merge applies the
 * accumulators' own merge slice by slice, so if one of those throws (an overflow, say), the
 * slices merged before it stay merged.
 *
 * <p>Mutable and not thread-safe: confine an instance to one thread and merge partial results.
 *
 * @param <K> the slice key
 * @param <A> the accumulator type
 */
public final class Slices<K, A> {

    private final Supplier<A> factory;
    private final BinaryOperator<A> merger;
    private final Map<K, A> slices = new LinkedHashMap<>();

    private Slices(Supplier<A> factory, BinaryOperator<A> merger) {
        this.factory = factory;
        this.merger = merger;
    }

    /**
     * Creates an empty slicing.
     *
     * @param factory creates an empty accumulator for a new slice, not null
     * @param merger merges its second argument into its first and returns the first, such as
     *     {@code NpsAccumulator::merge}; not null
     * @param <K> the slice key
     * @param <A> the accumulator type
     * @return a new slicing with no slices
     */
    public static <K, A> Slices<K, A> of(Supplier<A> factory, BinaryOperator<A> merger) {
        return new Slices<>(Objects.requireNonNull(factory, "factory"),
                Objects.requireNonNull(merger, "merger"));
    }

    /**
     * Returns the accumulator of the slice {@code key}, creating an empty one on first use.
     *
     * @param key the slice key, not null
     * @return the slice's live accumulator
     */
    public A slice(K key) {
        Objects.requireNonNull(key, "key");
        A accumulator = slices.get(key);
        if (accumulator == null) {
            accumulator = Objects.requireNonNull(factory.get(), "factory result");
            slices.put(key, accumulator);
        }
        return accumulator;
    }

    /**
     * Returns the accumulator of the slice {@code key} if anything was added to it.
     *
     * @param key the slice key, not null
     * @return the slice's live accumulator, empty if the slice was never used
     */
    public Optional<A> find(K key) {
        return Optional.ofNullable(slices.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Merges every slice of {@code other} into the slice with the same key here, creating it if
     * needed; {@code other}'s accumulators are not changed.
     *
     * @param other another slicing of the same metric, not null
     * @return this slicing
     */
    public Slices<K, A> merge(Slices<K, A> other) {
        Objects.requireNonNull(other, "other");
        for (Map.Entry<K, A> entry : other.slices.entrySet()) {
            A target = slice(entry.getKey());
            merger.apply(target, entry.getValue());
        }
        return this;
    }

    /**
     * Returns the slices in first-use order, as an unmodifiable view of live accumulators.
     *
     * @return the slices by key
     */
    public Map<K, A> asMap() {
        return Collections.unmodifiableMap(slices);
    }
}
