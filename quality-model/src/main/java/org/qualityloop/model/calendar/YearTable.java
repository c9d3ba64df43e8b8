package org.qualityloop.model.calendar;

/**
 * The working intervals that start in one calendar year of a {@link BusinessCalendar}, as epoch
 * seconds, sorted and disjoint, with their cumulative working total and the count of working days
 * before each day of the year. Immutable; package-private.
 */
final class YearTable {
    final int year;
    final int n;
    final long[] start;
    final long[] end;
    /** {@code cumBefore[i]}: working seconds of the intervals before interval {@code i}; {@code n + 1} entries. */
    final long[] cumBefore;
    final long total;
    /** {@code workingDaysBefore[d]}: working days among the first {@code d} days of the year. */
    final int[] workingDaysBefore;

    YearTable(int year, int n, long[] start, long[] end, long[] cumBefore, int[] workingDaysBefore) {
        this.year = year;
        this.n = n;
        this.start = start;
        this.end = end;
        this.cumBefore = cumBefore;
        this.total = cumBefore[n];
        this.workingDaysBefore = workingDaysBefore;
    }

    int workingDays() {
        return workingDaysBefore[workingDaysBefore.length - 1];
    }

    /** Index of the first interval ending after the second {@code sec} (or after any instant in it). */
    int firstEndAfter(long sec) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] > sec) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
