package org.qualityloop.model.calendar;

import java.time.LocalDate;
import org.qualityloop.model.internal.Checks;

/**
 * A named non-working date, as a holiday source such as an imported iCalendar file gives it. A
 * {@link BusinessCalendar.Builder#holidays(Iterable)} makes each date a holiday; the calendar keeps
 * the dates, not the names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the local date on which no working interval starts
 * @param name what the date is called, e.g. {@code "New Year's Day"}; not blank, at most
 *     {@value #MAX_NAME_LENGTH} characters, one line
 */
public record Holiday(LocalDate date, String name) implements Comparable<Holiday> {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Validates the holiday.
     *
     * @param date the local date on which no working interval starts, not null, within
     *     {@link BusinessCalendar#MIN_SUPPORTED_DATE} to {@link BusinessCalendar#MAX_SUPPORTED_DATE}
     * @param name what the date is called, not null, not blank, at most {@value #MAX_NAME_LENGTH}
     *     characters, without line breaks
     * @throws IllegalArgumentException when the date is outside the supported range or the name is
     *     blank, too long or spans lines
     */
    public Holiday {
        Checks.notNull(date, "date");
        Checks.notNull(name, "name");
        if (date.isBefore(BusinessCalendar.MIN_SUPPORTED_DATE) || date.isAfter(BusinessCalendar.MAX_SUPPORTED_DATE)) {
            throw new IllegalArgumentException("date must be between " + BusinessCalendar.MIN_SUPPORTED_DATE + " and "
                    + BusinessCalendar.MAX_SUPPORTED_DATE + ", but was " + date);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name of the holiday on " + date + " must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name of the holiday on " + date + " must be at most "
                    + MAX_NAME_LENGTH + " characters, but was " + name.length());
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("name of the holiday on " + date + " must be one line");
        }
    }

    /** Orders by date, then by name. */
    @Override
    public int compareTo(Holiday o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : name.compareTo(o.name);
    }
}
