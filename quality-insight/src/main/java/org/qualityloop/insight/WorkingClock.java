package org.qualityloop.insight;

import java.time.Instant;
import java.util.Arrays;
import org.qualityloop.model.calendar.BusinessCalendar;

/**
 * The working time of a business calendar read off a cumulative clock: the working seconds from a
 * fixed origin up to an instant, so the working time between two instants is the difference of two
 * look-ups instead of a walk of the calendar. The same value as
 * {@link BusinessCalendar#workingTimeBetween} to the nanosecond, in whole milliseconds as
 * {@link java.time.Duration#toMillis()} gives it (a property test compares the two on random
 * calendars and instants).
 *
 * <p>Time is cut into blocks of 2<sup>20</sup> seconds (about 12 days). A block, read from the
 * calendar the first time an instant falls in it, holds the working intervals inside it (as
 * {@link BusinessCalendar#nextWorkingTime} and {@link BusinessCalendar#currentOrNextClosing} give
 * them, clipped to the block) with their running totals, and the working seconds from the origin
 * (the first block read) to its start. An instant then costs a shift, an array read and a search
 * among the block's few intervals. Instants outside 1900–2299, where blocks are not kept, are
 * measured by the calendar itself.
 *
 * <p>Mutable (its cache) and not thread-safe: one per accumulator.
 */
final class WorkingClock {

    private static final int SHIFT = 20;
    private static final long BLOCK = 1L << SHIFT;
    /** 1900-01-01T00:00:00Z, rounded down to a block. */
    private static final long FIRST_BLOCK = Math.floorDiv(-2_208_988_800L, BLOCK);
    /** 2300-01-01T00:00:00Z, rounded up to a block (exclusive). */
    private static final long END_BLOCK = Math.floorDiv(10_413_792_000L, BLOCK) + 1;

    private final BusinessCalendar calendar;
    private Block[] blocks;
    private long originSecond;
    private Block last;

    WorkingClock(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The working time between two instants in whole milliseconds.
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @return {@code calendar.workingTimeBetween(from, to).toMillis()}
     */
    long millisBetween(Instant from, Instant to) {
        long sa = from.getEpochSecond();
        long sb = to.getEpochSecond();
        long ka = sa >> SHIFT;
        long kb = sb >> SHIFT;
        if (ka < FIRST_BLOCK || kb >= END_BLOCK || kb < ka) {
            return calendar.workingTimeBetween(from, to).toMillis();
        }
        Block a = block(ka);
        Block b = ka == kb ? a : block(kb);
        long pa = a.position(sa);
        long pb = b.position(sb);
        int na = (pa & 1) == 0 ? 0 : from.getNano();
        int nb = (pb & 1) == 0 ? 0 : to.getNano();
        long seconds = (b.cumulative + (pb >> 1)) - (a.cumulative + (pa >> 1));
        return seconds * 1000 + Math.floorDiv(nb - na, 1_000_000);
    }

    /**
     * The wall-clock time between two instants in whole milliseconds, as
     * {@code Duration.between(from, to).toMillis()} gives it for {@code from} not after {@code to}.
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @return the milliseconds
     */
    static long wallMillis(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) * 1000
                + Math.floorDiv(to.getNano() - from.getNano(), 1_000_000);
    }

    private Block block(long k) {
        Block l = last;
        if (l != null && l.index == k) {
            return l;
        }
        if (blocks == null) {
            blocks = new Block[(int) (END_BLOCK - FIRST_BLOCK)];
            originSecond = k << SHIFT;
        }
        int i = (int) (k - FIRST_BLOCK);
        Block b = blocks[i];
        if (b == null) {
            b = read(k);
            blocks[i] = b;
        }
        last = b;
        return b;
    }

    private Block read(long k) {
        long start = k << SHIFT;
        long end = start + BLOCK;
        long cumulative = start >= originSecond
                ? calendar.workingTimeBetween(Instant.ofEpochSecond(originSecond), Instant.ofEpochSecond(start)).getSeconds()
                : -calendar.workingTimeBetween(Instant.ofEpochSecond(start), Instant.ofEpochSecond(originSecond)).getSeconds();
        long[] starts = new long[8];
        long[] ends = new long[8];
        int n = 0;
        long t = start;
        while (t < end) {
            long open;
            try {
                open = calendar.nextWorkingTime(Instant.ofEpochSecond(t)).getEpochSecond();
            } catch (IllegalStateException noMoreWork) {
                break;
            }
            if (open >= end) {
                break;
            }
            long close;
            try {
                close = Math.min(end, calendar.currentOrNextClosing(Instant.ofEpochSecond(open)).getEpochSecond());
            } catch (IllegalStateException noClosing) {
                close = end;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = open;
            ends[n] = close;
            n++;
            t = close;
        }
        long[] before = new long[n + 1];
        for (int i = 0; i < n; i++) {
            before[i + 1] = before[i] + (ends[i] - starts[i]);
        }
        return new Block(k, cumulative, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), before);
    }

    /** The working intervals of one block, in epoch seconds, with the working seconds before each. */
    private static final class Block {
        final long index;
        /** Working seconds from the clock's origin to the block's start (negative before it). */
        final long cumulative;
        final long[] starts;
        final long[] ends;
        /** Working seconds in the block before interval {@code i}; the last entry is the block's total. */
        final long[] before;

        Block(long index, long cumulative, long[] starts, long[] ends, long[] before) {
            this.index = index;
            this.cumulative = cumulative;
            this.starts = starts;
            this.ends = ends;
            this.before = before;
        }

        /**
         * The working seconds from the block's start to a second of it, times two, plus one when the
         * second is inside a working interval (so its fraction of a second is working time too).
         */
        long position(long second) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) { // first interval ending after the second
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= second) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == ends.length || second < starts[lo]) {
                return before[lo] << 1;
            }
            return ((before[lo] + second - starts[lo]) << 1) | 1;
        }
    }
}
