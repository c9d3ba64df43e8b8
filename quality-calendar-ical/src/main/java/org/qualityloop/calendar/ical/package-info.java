/**
 * Holidays imported from iCalendar (RFC 5545) files: {@link ICalendarHolidays} reads all-day
 * events into {@link org.qualityloop.model.calendar.Holiday} values.
 */
package org.qualityloop.calendar.ical;
