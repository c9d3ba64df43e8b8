package org.qualityloop.metrics;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;

/**
 * A mergeable distribution of durations such as response or resolution times: count, mean,
 * exact minimum and maximum, and quantiles with a relative error of at most 1 %.
 *
 * <p><b>Resolution.</b> Durations are recorded in whole milliseconds ({@link Duration#toMillis()},
 * which drops the sub-millisecond part).
 *
 * <p><b>Quantile definition.</b> For {@code n} recorded values sorted ascending
 * {@code x(0) <= ... <= x(n−1)}, the {@code q}-quantile ({@code 0 <= q <= 1}) is
 * {@code x(floor(q (n − 1)))} — the lower of the two order statistics around the interpolated
 * position, with no interpolation, so it is always one of the recorded values. As long as at
 * most {@value #EXACT_LIMIT} values were recorded this value is returned exactly. Above that,
 * the answer comes from the sketch and lies within 1 % relative error of the exact value; the
 * 0- and 1-quantiles are always the exact minimum and maximum.
 *
 * <p><b>Sketch.</b> The algorithm is DDSketch (Masson, Rim and Lee, "DDSketch: A Fast and
 * Fully-Mergeable Quantile Sketch with Relative-Error Guarantees", PVLDB 12(12), 2019) with
 * relative accuracy {@code α = 0.01}: with {@code γ = (1 + α) / (1 − α)}, a value
 * {@code x >= 1 ms} is counted in bucket {@code i = ceil(log_γ x)}, so
 * {@code γ^(i−1) < x <= γ^i}; a bucket answers {@code 2 γ^i / (γ + 1)}, which is within
 * {@code (γ − 1) / (γ + 1) = α} of every value in the bucket. The quantile walks the buckets to
 * the one holding the rank-{@code floor(q (n − 1))} value, so its answer is within {@code α} of
 * that value (Masson et al., Proposition 4), and is then clamped into the exact
 * {@code [min, max]}, which can only bring it closer. Zero durations have their own exact
 * counter. All of {@code long} milliseconds fits in about 2,200 buckets, so no bucket is ever
 * collapsed: memory stays bounded (at most ~18 KB) and merging only adds counts, which makes
 * merged results identical whatever the order or grouping of the merges — unlike t-digest.
 * The sketch is implemented here rather than taken from {@code com.datadoghq:sketches-java}
 * because that jar has no stable module name and, for this one fixed configuration, a dense
 * bucket array is simpler and faster.
 *
 * <p><b>Cost.</b> {@link #add(Duration)} allocates nothing except when a value falls beyond
 * the bucket array allocated so far, which then grows (a handful of times over an
 * accumulator's life at most).
 *
 * <p><b>JSON form</b>: {@code {"count","sumMillis","minMillis","maxMillis","zeroCount",
 * "binOffset","bins","exactMillis"}}, where {@code bins} lists bucket counts from bucket
 * {@code binOffset} up to the last non-empty bucket and {@code exactMillis} holds the recorded
 * values while there are at most {@value #EXACT_LIMIT} of them (empty otherwise).
 *
 * <p>Mutable and not thread-safe: confine an instance to one thread and merge partial aggregates.
 */
public final class TimeDistribution implements Mergeable<TimeDistribution> {

    /** Relative accuracy of sketched quantiles. */
    public static final double RELATIVE_ACCURACY = 0.01;

    /** Number of recorded values up to which quantiles are exact. */
    public static final int EXACT_LIMIT = 64;

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double INV_LN_GAMMA = 1.0 / Math.log(GAMMA);
    private static final int MAX_BINS = index(Long.MAX_VALUE) + 1;
    private static final int MIN_GROWTH = 64;

    private long count;
    private long sumMillis;
    private long minMillis = Long.MAX_VALUE;
    private long maxMillis = Long.MIN_VALUE;
    private long zeroCount;
    private long[] bins = new long[0];
    private final long[] exact = new long[EXACT_LIMIT];

    /** Creates an empty distribution. */
    public TimeDistribution() {
    }

    private static int index(long millis) {
        return (int) Math.ceil(Math.log(millis) * INV_LN_GAMMA);
    }

    private static double binValue(int index) {
        return 2.0 * Math.pow(GAMMA, index) / (GAMMA + 1.0);
    }

    /**
     * Records one duration.
     *
     * @param duration a non-negative duration, not null
     * @throws IllegalArgumentException if the duration is negative
     */
    public void add(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(
                    "duration must not be negative, but was " + duration);
        }
        addMillis(duration.toMillis());
    }

    /**
     * Records one duration given in milliseconds.
     *
     * @param millis a non-negative number of milliseconds
     * @throws IllegalArgumentException if {@code millis} is negative
     * @throws ArithmeticException if the count or the sum of all recorded milliseconds would
     *     overflow a {@code long} (about 292 million years); nothing is recorded then
     */
    public void addMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("millis must not be negative, but was " + millis);
        }
        long newSum = Counters.plus(sumMillis, millis, "sumMillis");
        long newCount = Counters.plus(count, 1, "count");
        sumMillis = newSum;
        if (count < EXACT_LIMIT) {
            exact[(int) count] = millis;
        }
        count = newCount;
        if (millis < minMillis) {
            minMillis = millis;
        }
        if (millis > maxMillis) {
            maxMillis = millis;
        }
        // zeroCount and every bucket are at most count, which did not overflow.
        if (millis == 0) {
            zeroCount++;
        } else {
            int i = index(millis);
            if (i >= bins.length) {
                grow(i);
            }
            bins[i]++;
        }
    }

    private void grow(int index) {
        int size = Math.min(MAX_BINS, Math.max(index + 1, Math.max(MIN_GROWTH, 2 * bins.length)));
        bins = Arrays.copyOf(bins, size);
    }

    /**
     * Adds everything recorded in {@code other} to this distribution; {@code other} is not
     * changed.
     *
     * @param other another distribution, not null; may be this one
     * @return this distribution
     * @throws ArithmeticException if the count or the sum of recorded milliseconds would overflow
     *     a {@code long}; nothing is changed then
     */
    @Override
    public TimeDistribution merge(TimeDistribution other) {
        Objects.requireNonNull(other, "other");
        if (other.count == 0) {
            return this;
        }
        long merged = Counters.plus(count, other.count, "count");
        long mergedSum = Counters.plus(sumMillis, other.sumMillis, "sumMillis");
        sumMillis = mergedSum;
        if (merged <= EXACT_LIMIT) {
            System.arraycopy(other.exact, 0, exact, (int) count, (int) other.count);
        }
        count = merged;
        minMillis = Math.min(minMillis, other.minMillis);
        maxMillis = Math.max(maxMillis, other.maxMillis);
        // zeroCount and every bin are at most count, which did not overflow.
        zeroCount = zeroCount + other.zeroCount;
        long[] from = other.bins;
        if (from.length > bins.length) {
            grow(from.length - 1);
        }
        for (int i = 0; i < from.length; i++) {
            bins[i] = bins[i] + from[i];
        }
        return this;
    }

    /**
     * Returns the number of recorded durations.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the {@code q}-quantile under the definition in the class documentation, or empty
     * if nothing was recorded.
     *
     * @param q the quantile, between 0 and 1
     * @return the quantile, empty on no data
     * @throws IllegalArgumentException if {@code q} is outside 0–1
     */
    public Optional<Duration> quantile(double q) {
        Checks.between(q, 0.0, 1.0, "q");
        if (count == 0) {
            return Optional.empty();
        }
        long[] sorted = count <= EXACT_LIMIT ? sortedExact() : null;
        return Optional.of(quantile(q, sorted));
    }

    private long[] sortedExact() {
        long[] sorted = Arrays.copyOf(exact, (int) count);
        Arrays.sort(sorted);
        return sorted;
    }

    private Duration quantile(double q, long[] sorted) {
        long rank = (long) Math.floor(q * (count - 1));
        if (sorted != null) {
            return Duration.ofMillis(sorted[(int) rank]);
        }
        if (rank == 0) {
            return Duration.ofMillis(minMillis);
        }
        if (rank == count - 1) {
            return Duration.ofMillis(maxMillis);
        }
        if (rank < zeroCount) {
            return Duration.ZERO;
        }
        long seen = zeroCount;
        for (int i = 0; i < bins.length; i++) {
            seen += bins[i];
            if (seen > rank) {
                // clamped after the conversion: above about 2^53 ns the product is not exact, and
                // above Long.MAX_VALUE ns (about 292 years) it no longer fits in nanoseconds, so
                // such a bucket answers in whole milliseconds (the double holds no finer digit there)
                double millis = binValue(i);
                double nanos = millis * 1_000_000.0;
                Duration estimate = nanos < Long.MAX_VALUE ? Duration.ofNanos(Math.round(nanos))
                        : Duration.ofMillis(Math.round(millis));
                Duration min = Duration.ofMillis(minMillis);
                Duration max = Duration.ofMillis(maxMillis);
                return estimate.compareTo(min) < 0 ? min : estimate.compareTo(max) > 0 ? max : estimate;
            }
        }
        throw new IllegalStateException("bucket counts do not add up to count " + count);
    }

    /**
     * Returns count, mean, minimum, maximum and the 50th, 90th, 95th and 99th percentiles, or
     * empty if nothing was recorded.
     *
     * @return the summary, empty on no data
     */
    public Optional<TimeDistributionResult> result() {
        if (count == 0) {
            return Optional.empty();
        }
        long[] sorted = count <= EXACT_LIMIT ? sortedExact() : null;
        Duration mean = Duration.ofMillis(sumMillis / count)
                .plusNanos(Math.round((sumMillis % count) * 1_000_000.0 / count));
        return Optional.of(new TimeDistributionResult(count, mean,
                Duration.ofMillis(minMillis), Duration.ofMillis(maxMillis),
                quantile(0.50, sorted), quantile(0.90, sorted), quantile(0.95, sorted),
                quantile(0.99, sorted), sorted != null));
    }

    /**
     * Returns the sum of all recorded milliseconds.
     *
     * @return the sum
     */
    public long sumMillis() {
        return sumMillis;
    }

    /**
     * Returns the smallest recorded value in milliseconds, or 0 if nothing was recorded.
     *
     * @return the minimum
     */
    public long minMillis() {
        return count == 0 ? 0 : minMillis;
    }

    /**
     * Returns the largest recorded value in milliseconds, or 0 if nothing was recorded.
     *
     * @return the maximum
     */
    public long maxMillis() {
        return count == 0 ? 0 : maxMillis;
    }

    /**
     * Returns the number of zero durations recorded.
     *
     * @return the count
     */
    public long zeroCount() {
        return zeroCount;
    }

    /**
     * Returns the sketch index of the first non-empty bucket, or 0 if every bucket is empty; the
     * index of {@link #bins()}' first element.
     *
     * @return the bucket offset
     */
    public int binOffset() {
        int first = 0;
        while (first < bins.length && bins[first] == 0) {
            first++;
        }
        return first == bins.length ? 0 : first;
    }

    /**
     * Returns the bucket counts from bucket {@link #binOffset()} up to the last non-empty bucket
     * (empty if every bucket is empty). Bucket {@code i} counts the values {@code x} with
     * {@code γ^(i−1) < x <= γ^i} (see the class documentation).
     *
     * @return a new list of counts
     */
    public List<Long> bins() {
        int last = bins.length - 1;
        while (last >= 0 && bins[last] == 0) {
            last--;
        }
        List<Long> list = new ArrayList<>();
        for (int i = binOffset(); i <= last; i++) {
            list.add(bins[i]);
        }
        return list;
    }

    /**
     * Returns the recorded values in ascending order while at most {@value #EXACT_LIMIT} were
     * recorded, else an empty list.
     *
     * @return a new list of milliseconds
     */
    public List<Long> exactMillis() {
        return count <= EXACT_LIMIT ? Arrays.stream(sortedExact()).boxed().toList() : List.of();
    }

    /**
     * Rebuilds a distribution from its parts (see the accessors of the same names), e.g. a
     * partial aggregate read back from storage. The parts must agree with each other exactly as
     * those of a distribution built by {@link #addMillis(long)}; when at most
     * {@value #EXACT_LIMIT} values were recorded, every other part is checked against the
     * recorded values.
     *
     * @param count the number of recorded values, not negative
     * @param sumMillis the sum of recorded milliseconds, not negative
     * @param minMillis the smallest recorded value (0 when {@code count} is 0)
     * @param maxMillis the largest recorded value (0 when {@code count} is 0)
     * @param zeroCount the number of zero durations
     * @param binOffset the bucket index of the first element of {@code bins}, which is not 0
     * @param bins bucket counts from {@code binOffset} on, the last one not 0; not null
     * @param exactMillis the recorded values in ascending order when
     *     {@code count <= EXACT_LIMIT}, else empty; not null
     * @return the distribution
     * @throws IllegalArgumentException naming the first part that disagrees with the others
     */
    public static TimeDistribution of(long count, long sumMillis, long minMillis, long maxMillis,
            long zeroCount, int binOffset, List<Long> bins, List<Long> exactMillis) {
        Checks.nonNegative(count, "count");
        Checks.nonNegative(sumMillis, "sumMillis");
        Checks.nonNegative(zeroCount, "zeroCount");
        Checks.nonNegative(minMillis, "minMillis");
        Checks.nonNegative(maxMillis, "maxMillis");
        List<Long> binList = Checks.listCopy(bins, "bins");
        List<Long> exactList = Checks.listCopy(exactMillis, "exactMillis");
        Checks.between(binOffset, 0, MAX_BINS - binList.size(), "binOffset");
        long total = zeroCount;
        for (int i = 0; i < binList.size(); i++) {
            total = Counters.argumentTotal("count", total, Checks.nonNegative(binList.get(i), "bins[" + i + "]"));
        }
        if (total != count) {
            throw new IllegalArgumentException(
                    "count must equal zeroCount plus the bucket counts (" + total + "), but was " + count);
        }
        if (count <= EXACT_LIMIT) {
            return fromExact(count, sumMillis, minMillis, maxMillis, zeroCount, binOffset, binList, exactList);
        }
        if (!exactList.isEmpty()) {
            throw new IllegalArgumentException("exactMillis must be empty when count is above "
                    + EXACT_LIMIT + ", but held " + exactList.size() + " values");
        }
        TimeDistribution d = new TimeDistribution();
        d.count = count;
        d.sumMillis = sumMillis;
        d.zeroCount = zeroCount;
        d.minMillis = minMillis;
        d.maxMillis = maxMillis;
        d.bins = new long[binOffset + binList.size()];
        for (int i = 0; i < binList.size(); i++) {
            d.bins[binOffset + i] = binList.get(i);
        }
        if (!binList.isEmpty() && (binList.get(0) == 0 || binList.get(binList.size() - 1) == 0)) {
            throw new IllegalArgumentException("bins must start and end with a non-empty bucket, but was " + binList);
        }
        if (binList.isEmpty() && binOffset != 0) {
            throw new IllegalArgumentException("binOffset must be 0 when bins is empty, but was " + binOffset);
        }
        Checks.between(maxMillis, minMillis, Long.MAX_VALUE, "maxMillis");
        long expectedMin = zeroCount > 0 ? 0 : -1;
        if (expectedMin == 0 ? minMillis != 0 : minMillis == 0 || index(minMillis) != binOffset) {
            throw new IllegalArgumentException("minMillis must lie in the first non-empty bucket"
                    + (zeroCount > 0 ? " (0, as zeroCount is " + zeroCount + ")" : " (" + binOffset + ")")
                    + ", but was " + minMillis);
        }
        int lastBin = binOffset + binList.size() - 1;
        if (binList.isEmpty() ? maxMillis != 0 : maxMillis == 0 || index(maxMillis) != lastBin) {
            throw new IllegalArgumentException("maxMillis must lie in the last non-empty bucket"
                    + (binList.isEmpty() ? " (0, as every value is 0)" : " (" + lastBin + ")") + ", but was "
                    + maxMillis);
        }
        // One value is the minimum, one the maximum, the others lie between them.
        BigInteger others = BigInteger.valueOf(count - 2);
        BigInteger low = others.multiply(BigInteger.valueOf(minMillis))
                .add(BigInteger.valueOf(minMillis)).add(BigInteger.valueOf(maxMillis));
        BigInteger high = others.multiply(BigInteger.valueOf(maxMillis))
                .add(BigInteger.valueOf(minMillis)).add(BigInteger.valueOf(maxMillis));
        BigInteger sum = BigInteger.valueOf(sumMillis);
        if (sum.compareTo(low) < 0 || sum.compareTo(high) > 0) {
            throw new IllegalArgumentException("sumMillis must be between " + low + " and " + high + " for "
                    + count + " values between minMillis and maxMillis, but was " + sumMillis);
        }
        return d;
    }

    /** Rebuilds a distribution of at most EXACT_LIMIT values from the values and checks every other part. */
    private static TimeDistribution fromExact(long count, long sumMillis, long minMillis, long maxMillis,
            long zeroCount, int binOffset, List<Long> bins, List<Long> exactMillis) {
        if (exactMillis.size() != count) {
            throw new IllegalArgumentException("exactMillis must hold count (" + count + ") values, but held "
                    + exactMillis.size());
        }
        TimeDistribution d = new TimeDistribution();
        long previous = 0;
        for (int i = 0; i < exactMillis.size(); i++) {
            long value = Checks.nonNegative(exactMillis.get(i), "exactMillis[" + i + "]");
            if (value < previous) {
                throw new IllegalArgumentException("exactMillis must be in ascending order, but exactMillis["
                        + i + "] was " + value + " after " + previous);
            }
            previous = value;
            try {
                d.addMillis(value);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("exactMillis must sum to at most " + Long.MAX_VALUE, e);
            }
        }
        requireSame("sumMillis", d.sumMillis, sumMillis);
        requireSame("minMillis", d.minMillis(), minMillis);
        requireSame("maxMillis", d.maxMillis(), maxMillis);
        requireSame("zeroCount", d.zeroCount, zeroCount);
        requireSame("binOffset", d.binOffset(), binOffset);
        if (!d.bins().equals(bins)) {
            throw new IllegalArgumentException("bins must be " + d.bins() + " for exactMillis " + exactMillis
                    + ", but was " + bins);
        }
        return d;
    }

    private static void requireSame(String field, long expected, long actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(field + " must be " + expected + " for the values in exactMillis, but was "
                    + actual);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeDistribution other
                && count == other.count
                && sumMillis == other.sumMillis
                && minMillis() == other.minMillis()
                && maxMillis() == other.maxMillis()
                && zeroCount == other.zeroCount
                && binOffset() == other.binOffset()
                && bins().equals(other.bins())
                && exactMillis().equals(other.exactMillis());
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, sumMillis, minMillis(), maxMillis(), zeroCount, bins());
    }

    @Override
    public String toString() {
        return "TimeDistribution[count=" + count + ", sumMillis=" + sumMillis + "]";
    }
}
