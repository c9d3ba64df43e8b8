package org.qualityloop.calendar.ical;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.Holiday;

/**
 * Reads holidays from an iCalendar (RFC 5545) file, such as the public-holiday calendars that
 * governments and calendar services publish, for
 * {@link BusinessCalendar.Builder#holidays(Iterable)}. Parsing and recurrence expansion are
 * ical4j's; this class decides what a holiday is.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>Every {@code VEVENT} is a holiday on each date it covers; other components (time zones,
 *       to-dos, alarms) are ignored, and so are events with {@code STATUS:CANCELLED}.</li>
 *   <li>Events must be all-day: {@code DTSTART;VALUE=DATE:20261225}. {@code DTEND} is exclusive,
 *       as RFC 5545 defines it, so {@code DTEND;VALUE=DATE:20261227} ends a two-day holiday on
 *       26 December; {@code DURATION:P2D} says the same; with neither the event lasts one day.</li>
 *   <li>Recurring events ({@code RRULE}, with {@code RDATE} and {@code EXDATE}) are expanded over the
 *       requested years: a yearly rule such as {@code FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO} gives one
 *       date a year; any other frequency RFC 5545 allows is expanded the same way. An event with the
 *       same {@code UID} and a {@code RECURRENCE-ID} replaces that one occurrence.</li>
 *   <li>A holiday's name is the event's {@code SUMMARY}, else its {@code UID}, else
 *       {@code "holiday"}; line breaks become spaces, and a name longer than
 *       {@value Holiday#MAX_NAME_LENGTH} characters is cut to that length.</li>
 *   <li>Only dates in the requested years are returned: a multi-day event that starts in the
 *       year before gives its days inside the range.</li>
 * </ul>
 *
 * <h2>What is refused</h2>
 * A syntax error, an event without {@code DTSTART}, an event with a date-time rather than a date,
 * a {@code DTEND} not after {@code DTSTART}, a {@code DURATION} that is not whole days, a recurrence
 * ical4j cannot expand, a file over {@value #MAX_CHARS} characters, a range of more than
 * {@value #MAX_YEARS} years or more than {@value #MAX_HOLIDAYS} holidays in it: each is a
 * {@link HolidayImportException} naming the source, the line (of the error, or of the event's
 * {@code BEGIN:VEVENT}) and the property.
 *
 * <p>Stateless and thread-safe.
 */
public final class ICalendarHolidays {

    /** The longest input read, in characters. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    /** The most years one read may span. */
    public static final int MAX_YEARS = 200;

    /** The most holidays one read may return. */
    public static final int MAX_HOLIDAYS = 100_000;

    private ICalendarHolidays() {
    }

    /**
     * Reads the holidays of an iCalendar file, as UTF-8, in the years {@code fromYear} to
     * {@code toYear} inclusive.
     *
     * @param file the file, not null
     * @param fromYear the first year, within the calendar's supported years
     * @param toYear the last year, not before {@code fromYear}, at most {@value #MAX_YEARS} years on
     * @return the holidays sorted by date then name, without duplicates
     * @throws HolidayImportException when the file is not a holiday calendar (see the class description)
     * @throws IllegalArgumentException when the years are out of range
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<Holiday> read(Path file, int fromYear, int toYear) {
        Objects.requireNonNull(file, "file must not be null");
        checkYears(fromYear, toYear);
        String text;
        try {
            if (Files.size(file) > 4L * MAX_CHARS) {
                throw new HolidayImportException(file.toString(), 1, "", "the input must be at most " + MAX_CHARS
                        + " characters, but the file has " + Files.size(file) + " bytes", null);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return parse(text, file.toString(), fromYear, toYear);
    }

    /**
     * Reads the holidays of iCalendar text from a reader, in the years {@code fromYear} to
     * {@code toYear} inclusive. The reader is read to its end and not closed.
     *
     * @param in the reader, not null
     * @param source the source's name for messages (a file name, a URL), not null
     * @param fromYear the first year, within the calendar's supported years
     * @param toYear the last year, not before {@code fromYear}, at most {@value #MAX_YEARS} years on
     * @return the holidays sorted by date then name, without duplicates
     * @throws HolidayImportException when the text is not a holiday calendar (see the class description)
     * @throws IllegalArgumentException when the years are out of range
     * @throws UncheckedIOException when the reader fails
     */
    public static List<Holiday> read(Reader in, String source, int fromYear, int toYear) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        checkYears(fromYear, toYear);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
                if (sb.length() > MAX_CHARS) {
                    throw new HolidayImportException(source, 1, "", "the input must be at most " + MAX_CHARS
                            + " characters", null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + source, e);
        }
        return parse(sb.toString(), source, fromYear, toYear);
    }

    /**
     * Reads the holidays of iCalendar text in the years {@code fromYear} to {@code toYear} inclusive.
     *
     * @param text the iCalendar text, not null, at most {@value #MAX_CHARS} characters
     * @param source the source's name for messages (a file name, a URL), not null
     * @param fromYear the first year, within the calendar's supported years
     * @param toYear the last year, not before {@code fromYear}, at most {@value #MAX_YEARS} years on
     * @return the holidays sorted by date then name, without duplicates
     * @throws HolidayImportException when the text is not a holiday calendar (see the class description)
     * @throws IllegalArgumentException when the years are out of range
     */
    public static List<Holiday> parse(String text, String source, int fromYear, int toYear) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(source, "source must not be null");
        checkYears(fromYear, toYear);
        if (text.length() > MAX_CHARS) {
            throw new HolidayImportException(source, 1, "", "the input must be at most " + MAX_CHARS
                    + " characters, but was " + text.length(), null);
        }
        List<Integer> eventLines = eventLines(text);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            int line = Math.max(1, e.getLineNo());
            String message = (e.getMessage() != null ? e.getMessage() : rootMessage(e)).replaceFirst("^Error at line \\d+:\\s*", "");
            throw new HolidayImportException(source, line, propertyAt(text, line), "not valid iCalendar: " + message, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + source, e);
        } catch (RuntimeException e) {
            throw new HolidayImportException(source, 1, "", "not valid iCalendar: " + rootMessage(e), e);
        }
        List<VEvent> events = new ArrayList<>();
        for (CalendarComponent c : calendar.<CalendarComponent>getComponents()) {
            if (c instanceof VEvent v) {
                events.add(v);
            }
        }
        LocalDate first = LocalDate.of(fromYear, 1, 1);
        LocalDate last = LocalDate.of(toYear, 12, 31);
        // occurrences replaced by an event with a RECURRENCE-ID, per UID
        Map<String, Set<LocalDate>> replaced = new HashMap<>();
        List<Event> read = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            int line = i < eventLines.size() ? eventLines.get(i) : 1;
            Event e = Event.of(events.get(i), source, line);
            if (e == null) {
                continue;
            }
            read.add(e);
            if (e.recurrenceId != null) {
                replaced.computeIfAbsent(e.uid, k -> new HashSet<>()).add(e.recurrenceId);
            }
        }
        TreeSet<Holiday> out = new TreeSet<>();
        for (Event e : read) {
            Set<LocalDate> skip = e.recurrenceId == null ? replaced.getOrDefault(e.uid, Set.of()) : Set.of();
            for (LocalDate start : e.starts(first, last, source)) {
                if (skip.contains(start)) {
                    continue;
                }
                for (int d = 0; d < e.days; d++) {
                    LocalDate day = start.plusDays(d);
                    if (!day.isBefore(first) && !day.isAfter(last)) {
                        out.add(new Holiday(day, e.name));
                    }
                }
                if (out.size() > MAX_HOLIDAYS) {
                    throw new HolidayImportException(source, e.line, "", "at most " + MAX_HOLIDAYS
                            + " holidays may be read at once, but the years " + fromYear + " to " + toYear
                            + " hold more; read fewer years", null);
                }
            }
        }
        return List.copyOf(out);
    }

    private static void checkYears(int fromYear, int toYear) {
        int min = BusinessCalendar.MIN_SUPPORTED_DATE.getYear();
        int max = BusinessCalendar.MAX_SUPPORTED_DATE.getYear();
        if (fromYear < min || fromYear > max) {
            throw new IllegalArgumentException("fromYear must be between " + min + " and " + max + ", but was " + fromYear);
        }
        if (toYear < fromYear || toYear > max) {
            throw new IllegalArgumentException("toYear must be between fromYear (" + fromYear + ") and " + max
                    + ", but was " + toYear);
        }
        if (toYear - fromYear >= MAX_YEARS) {
            throw new IllegalArgumentException("the years must span at most " + MAX_YEARS + ", but " + fromYear
                    + " to " + toYear + " span " + (toYear - fromYear + 1));
        }
    }

    /** The 1-based line of each {@code BEGIN:VEVENT}, in order. */
    private static List<Integer> eventLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String l = text.substring(start, i).strip();
                if (l.equalsIgnoreCase("BEGIN:VEVENT")) {
                    lines.add(line);
                }
                line++;
                start = i + 1;
            }
        }
        return lines;
    }

    /** The name of the property on a 1-based line of the text, or empty when the line holds none. */
    private static String propertyAt(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        if (line > lines.length) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z0-9-]+)[;:]").matcher(lines[line - 1]);
        return m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : "";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** One all-day event as read: its first date, its length in days, its name and its recurrence. */
    private static final class Event {
        final VEvent event;
        final int line;
        final LocalDate start;
        final int days;
        final String name;
        final String uid;
        final LocalDate recurrenceId;
        final boolean recurring;

        private Event(VEvent event, int line, LocalDate start, int days, String name, String uid,
                LocalDate recurrenceId, boolean recurring) {
            this.event = event;
            this.line = line;
            this.start = start;
            this.days = days;
            this.name = name;
            this.uid = uid;
            this.recurrenceId = recurrenceId;
            this.recurring = recurring;
        }

        /** The event, or null when it is cancelled. */
        static Event of(VEvent v, String source, int line) {
            Optional<Property> status = v.getProperty("STATUS");
            if (status.isPresent() && "CANCELLED".equalsIgnoreCase(status.get().getValue().strip())) {
                return null;
            }
            Optional<Property> dtStart = v.getProperty("DTSTART");
            if (dtStart.isEmpty()) {
                throw new HolidayImportException(source, line, "DTSTART", "an event must have a DTSTART", null);
            }
            LocalDate start = date(dtStart.get(), source, line);
            int days = 1;
            Optional<Property> dtEnd = v.getProperty("DTEND");
            Optional<Property> duration = v.getProperty("DURATION");
            if (dtEnd.isPresent()) {
                LocalDate end = date(dtEnd.get(), source, line);
                if (!end.isAfter(start)) {
                    throw new HolidayImportException(source, line, "DTEND", "DTEND is exclusive and must be after DTSTART "
                            + start + ", but was " + end, null);
                }
                days = days(ChronoUnit.DAYS.between(start, end), source, line, "DTEND");
            } else if (duration.isPresent()) {
                days = days(duration.get(), source, line);
            }
            String uid = v.getProperty("UID").map(Property::getValue).map(String::strip).orElse("");
            String name = v.getProperty("SUMMARY").map(Property::getValue).map(Event::oneLine).orElse("");
            if (name.isEmpty()) {
                name = uid.isEmpty() ? "holiday" : oneLine(uid);
            }
            if (name.length() > Holiday.MAX_NAME_LENGTH) {
                name = name.substring(0, Holiday.MAX_NAME_LENGTH).strip();
            }
            Optional<Property> rid = v.getProperty("RECURRENCE-ID");
            LocalDate recurrenceId = rid.isPresent() ? date(rid.get(), source, line) : null;
            boolean recurring = v.getProperty("RRULE").isPresent() || v.getProperty("RDATE").isPresent();
            return new Event(v, line, start, days, name, uid, recurrenceId, recurring);
        }

        /** The first dates of the occurrences that may touch {@code [first, last]}. */
        List<LocalDate> starts(LocalDate first, LocalDate last, String source) {
            if (!recurring || recurrenceId != null) {
                return List.of(start);
            }
            LocalDate from = first.minusDays(days - 1L);
            LocalDate to = last.plusDays(1);
            List<LocalDate> out = new ArrayList<>();
            try {
                Set<net.fortuna.ical4j.model.Period<Temporal>> set =
                        event.calculateRecurrenceSet(new net.fortuna.ical4j.model.Period<>(from, to));
                for (net.fortuna.ical4j.model.Period<Temporal> p : set) {
                    out.add(LocalDate.from(p.getStart()));
                }
            } catch (HolidayImportException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new HolidayImportException(source, line, "RRULE", "the recurrence cannot be expanded: "
                        + rootMessage(e), e);
            }
            out.sort(null);
            return out;
        }

        private static LocalDate date(Property p, String source, int line) {
            Temporal t;
            try {
                t = ((DateProperty<?>) p).getDate();
            } catch (RuntimeException e) {
                throw new HolidayImportException(source, line, p.getName(), "must be a date such as 20261225, but was '"
                        + p.getValue() + "'", e);
            }
            if (!(t instanceof LocalDate d)) {
                throw new HolidayImportException(source, line, p.getName(), "must be a date (" + p.getName()
                        + ";VALUE=DATE:20261225): only all-day events are holidays, but was '" + p.getValue() + "'", null);
            }
            if (d.isBefore(BusinessCalendar.MIN_SUPPORTED_DATE) || d.isAfter(BusinessCalendar.MAX_SUPPORTED_DATE)) {
                throw new HolidayImportException(source, line, p.getName(), "must be between "
                        + BusinessCalendar.MIN_SUPPORTED_DATE + " and " + BusinessCalendar.MAX_SUPPORTED_DATE
                        + ", but was " + d, null);
            }
            return d;
        }

        private static int days(Property duration, String source, int line) {
            TemporalAmount a;
            try {
                a = ((net.fortuna.ical4j.model.property.Duration) duration).getDuration();
            } catch (RuntimeException e) {
                throw new HolidayImportException(source, line, "DURATION", "must be a duration such as P2D, but was '"
                        + duration.getValue() + "'", e);
            }
            if (!(a instanceof Period p) || p.getYears() != 0 || p.getMonths() != 0 || p.getDays() <= 0) {
                throw new HolidayImportException(source, line, "DURATION", "must be a positive number of whole days or"
                        + " weeks (P2D, P1W) for an all-day event, but was '" + duration.getValue() + "'", null);
            }
            return days(p.getDays(), source, line, "DURATION");
        }

        private static int days(long n, String source, int line, String property) {
            if (n > 366) {
                throw new HolidayImportException(source, line, property, "an all-day event may last at most 366 days,"
                        + " but lasts " + n, null);
            }
            return (int) n;
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ").strip();
        }
    }
}
