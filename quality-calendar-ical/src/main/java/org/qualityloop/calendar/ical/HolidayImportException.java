package org.qualityloop.calendar.ical;

import java.util.Optional;

/**
 * An iCalendar file that cannot be read as holidays: its message names the source, the line and,
 * where one is at fault, the property, and says what rule the input broke.
 */
public final class HolidayImportException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The source's name as the caller gave it. */
    private final String source;
    /** The 1-based line of the input at fault, or of the event at fault. */
    private final int line;
    /** The property at fault, empty when the fault is not in one property. */
    private final String property;

    HolidayImportException(String source, int line, String property, String message, Throwable cause) {
        super(source + ", line " + line + (property.isEmpty() ? "" : ", " + property) + ": " + message, cause);
        this.source = source;
        this.line = line;
        this.property = property;
    }

    /**
     * Returns the source's name, as passed to the reader (a file name, a URL, a label).
     *
     * @return the source's name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the 1-based line at fault: the line the parser stopped at for a syntax error, the
     * {@code BEGIN:VEVENT} line of the event for an event that is not a holiday.
     *
     * @return the line, at least 1
     */
    public int line() {
        return line;
    }

    /**
     * Returns the property at fault, such as {@code DTSTART} or {@code RRULE}, when there is one.
     *
     * @return the property's name, or empty
     */
    public Optional<String> property() {
        return property.isEmpty() ? Optional.empty() : Optional.of(property);
    }
}
