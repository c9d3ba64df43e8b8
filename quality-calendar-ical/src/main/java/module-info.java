/**
 * Holidays for Quality Loop's business calendars imported from iCalendar (RFC 5545) files:
 * {@link org.qualityloop.calendar.ical.ICalendarHolidays} reads all-day events, multi-day ones and
 * recurring ones, through the ical4j parser, into {@link org.qualityloop.model.calendar.Holiday}
 * values for {@link org.qualityloop.model.calendar.BusinessCalendar.Builder#holidays(Iterable)}.
 */
module org.qualityloop.calendar.ical {
    requires transitive org.qualityloop.model;
    requires ical4j.core;

    exports org.qualityloop.calendar.ical;
}
