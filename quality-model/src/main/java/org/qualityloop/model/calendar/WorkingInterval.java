package org.qualityloop.model.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One working interval of a day in local time, half-open {@code [start, end)}, to the second.
 *
 * <p>The interval belongs to the day it starts on. An interval may end at {@code 24:00} (the
 * midnight that ends its day) and may run past midnight ({@link #overnight(LocalTime, LocalTime)},
 * e.g. 22:00–06:00), in which case the part after midnight still belongs to the starting day.
 * Times are stored as seconds after the starting day's local midnight: {@code startSecond} in
 * {@code [0, 86400)} and {@code endSecond} in {@code (startSecond, startSecond + 86400]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startSecond seconds after local midnight of the starting day at which work starts
 * @param endSecond seconds after local midnight of the starting day at which work ends
 */
public record WorkingInterval(int startSecond, int endSecond) implements Comparable<WorkingInterval> {

    static final int DAY = 86_400;

    /**
     * Validates the interval.
     *
     * @param startSecond seconds after local midnight of the starting day at which work starts
     * @param endSecond seconds after local midnight of the starting day at which work ends
     * @throws IllegalArgumentException when start is outside the day, when the interval ends at or
     *         before its start, or when it lasts more than 24 hours
     */
    public WorkingInterval {
        if (startSecond < 0 || startSecond >= DAY) {
            throw new IllegalArgumentException("startSecond must be between 0 and 86399, but was " + startSecond);
        }
        if (endSecond <= startSecond) {
            throw new IllegalArgumentException("interval " + format(startSecond) + "-" + format(endSecond)
                    + " ends before it starts; use overnight(start, end) for an interval past midnight");
        }
        if (endSecond > startSecond + DAY) {
            throw new IllegalArgumentException("interval must last at most 24 hours, but "
                    + format(startSecond) + "-" + format(endSecond) + " lasts longer");
        }
    }

    /**
     * A same-day interval. An end of {@code 00:00} means {@code 24:00}, the midnight ending the day,
     * so {@code of(00:00, 00:00)} is the whole day with no gap at midnight.
     *
     * @param start start, whole seconds, not null
     * @param end end, whole seconds, not null; after start unless {@code 00:00}
     * @return the interval
     * @throws IllegalArgumentException when end is before start (use {@link #overnight}) or a time
     *         has a fraction of a second
     */
    public static WorkingInterval of(LocalTime start, LocalTime end) {
        int s = seconds(start, "start");
        int e = seconds(end, "end");
        return new WorkingInterval(s, e == 0 ? DAY : e);
    }

    /**
     * An interval that starts on one day and ends the next, e.g. 22:00–06:00.
     *
     * @param start start on the starting day, not null
     * @param endNextDay end on the next day, not null, not after {@code start}
     * @return the interval
     */
    public static WorkingInterval overnight(LocalTime start, LocalTime endNextDay) {
        return new WorkingInterval(seconds(start, "start"), DAY + seconds(endNextDay, "endNextDay"));
    }

    /**
     * The whole day, 00:00–24:00 (used for 24×7 calendars).
     *
     * @return the interval
     */
    public static WorkingInterval wholeDay() {
        return new WorkingInterval(0, DAY);
    }

    /**
     * Parses {@code "09:00-17:00"}, {@code "22:00-24:00"} or an overnight {@code "22:00-06:00+1"}.
     * As in {@link #of(LocalTime, LocalTime)}, an end of {@code 00:00} without {@code +1} is the
     * midnight ending the day: {@code "22:00-00:00"} is {@code "22:00-24:00"} and
     * {@code "00:00-00:00"} the whole day.
     *
     * @param text the text, not null
     * @return the interval
     * @throws IllegalArgumentException when the text is malformed
     */
    public static WorkingInterval parse(String text) {
        java.util.Objects.requireNonNull(text, "text");
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("interval must look like 09:00-17:00, but was '" + text + "'");
        }
        String a = text.substring(0, dash).strip();
        String b = text.substring(dash + 1).strip();
        boolean next = b.endsWith("+1");
        if (next) {
            b = b.substring(0, b.length() - 2);
        }
        try {
            int s = seconds(LocalTime.parse(a), "start");
            int e = "24:00".equals(b) ? DAY : seconds(LocalTime.parse(b), "end");
            if (next) {
                return new WorkingInterval(s, DAY + e);
            }
            return new WorkingInterval(s, e == 0 ? DAY : e);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("interval must look like 09:00-17:00, but was '" + text + "'", ex);
        }
    }

    /**
     * Working length of the interval in local (wall-clock) seconds.
     *
     * @return {@code endSecond - startSecond}
     */
    public int localSeconds() {
        return endSecond - startSecond;
    }

    /**
     * Whether the interval runs past the midnight that ends its starting day.
     *
     * @return true for intervals such as 22:00–06:00
     */
    public boolean isOvernight() {
        return endSecond > DAY;
    }

    @Override
    public int compareTo(WorkingInterval o) {
        int c = Integer.compare(startSecond, o.startSecond);
        return c != 0 ? c : Integer.compare(endSecond, o.endSecond);
    }

    @Override
    public String toString() {
        return format(startSecond) + "-" + format(endSecond);
    }

    private static int seconds(LocalTime t, String field) {
        java.util.Objects.requireNonNull(t, () -> field + " must not be null");
        if (t.getNano() != 0) {
            throw new IllegalArgumentException(field + " must be whole seconds, but was " + t);
        }
        return t.toSecondOfDay();
    }

    private static String format(int seconds) {
        boolean next = seconds > DAY;
        int s = next ? seconds - DAY : seconds;
        String text = String.format(java.util.Locale.ROOT, "%02d:%02d", s / 3600, (s / 60) % 60);
        if (s % 60 != 0) {
            text += String.format(java.util.Locale.ROOT, ":%02d", s % 60);
        }
        return next ? text + "+1" : text;
    }
}
