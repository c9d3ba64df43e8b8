package org.qualityloop.calendar.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.Holiday;

/**
 * Reads the hand-written fixture {@code test-holidays.ics}: a yearly New Year's Day from 2025, a
 * yearly last Monday of May, a yearly event limited to two occurrences (COUNT=2 from 2025), a
 * yearly event one occurrence of which is moved by a RECURRENCE-ID, a three-day closure given
 * with an exclusive DTEND, a three-day closure across the year end given with DURATION, and a
 * cancelled event. Its {@code BEGIN:VEVENT} lines are 6, 15, 22, 30, 38, 46, 54 and 61.
 */
class ICalendarHolidaysTest {

    private static Path fixture() {
        try {
            return Path.of(Objects.requireNonNull(ICalendarHolidaysTest.class.getResource("/test-holidays.ics")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Holiday h(String date, String name) {
        return new Holiday(LocalDate.parse(date), name);
    }

    @Test
    void readsAllDayRecurringAndMultiDayEvents() {
        List<Holiday> holidays = ICalendarHolidays.read(fixture(), 2026, 2027);
        assertThat(holidays).containsExactly(
                // FREQ=YEARLY from 2025-01-01: every 1 January.
                h("2026-01-01", "New Year's Day"),
                // FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO: 2026-05-31 is a Sunday, so the last Monday is 05-25.
                h("2026-05-25", "Spring bank holiday"),
                // COUNT=2 from 2025-06-02: 2025-06-02 and 2026-06-02, nothing in 2027.
                h("2026-06-02", "Company day"),
                // The 2026 occurrence (RECURRENCE-ID 2026-09-15) is moved to 2026-09-14 and renamed.
                h("2026-09-14", "Founders' Day (observed)"),
                // DTEND 2026-12-27 is exclusive: 24, 25 and 26 December. The folded SUMMARY is unfolded.
                h("2026-12-24", "Christmas closure: the office is closed from Christmas Eve to Boxing Day inclusive"),
                h("2026-12-25", "Christmas closure: the office is closed from Christmas Eve to Boxing Day inclusive"),
                h("2026-12-26", "Christmas closure: the office is closed from Christmas Eve to Boxing Day inclusive"),
                // DURATION:P3D from 2026-12-31: 31 December, 1 and 2 January.
                h("2026-12-31", "Year-end closure"),
                h("2027-01-01", "New Year's Day"),
                h("2027-01-01", "Year-end closure"),
                h("2027-01-02", "Year-end closure"),
                // 2027-05-31 is a Monday, the last of May.
                h("2027-05-31", "Spring bank holiday"),
                // Not moved in 2027. The cancelled 2026-07-03 event gives nothing.
                h("2027-09-15", "Founders' Day"));
    }

    @Test
    void aMultiDayEventStartingBeforeTheRangeGivesItsDaysInside() {
        // Only 2027: the year-end closure that started on 2026-12-31 still covers 1 and 2 January.
        List<Holiday> holidays = ICalendarHolidays.read(fixture(), 2027, 2027);
        assertThat(holidays).filteredOn(x -> x.name().equals("Year-end closure"))
                .containsExactly(h("2027-01-01", "Year-end closure"), h("2027-01-02", "Year-end closure"));
        // Years before the first occurrence hold nothing.
        assertThat(ICalendarHolidays.read(fixture(), 2020, 2024)).isEmpty();
    }

    @Test
    void holidaysBuildABusinessCalendar() {
        BusinessCalendar c = BusinessCalendar.builder("office", "Europe/Berlin")
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00")
                .holidays(ICalendarHolidays.read(fixture(), 2026, 2027))
                .build();
        // Thu 2026-12-24 and Fri 12-25 are holidays; so is Thu 12-31 and Fri 2027-01-01.
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
        // Wed 2026-12-23 16:00 CET (15:00Z) + 2 h: 1 h on Wednesday, then 24-27 December are off,
        // so Mon 12-28 09:00-10:00 CET: 10:00 CET = 09:00Z.
        assertThat(c.plus(Instant.parse("2026-12-23T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-12-28T09:00:00Z"));
    }

    @Test
    void aReaderAndTextReadTheSame() {
        String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:a", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260501",
                "SUMMARY:Labour Day", "END:VEVENT", "END:VCALENDAR", "");
        List<Holiday> expected = List.of(h("2026-05-01", "Labour Day"));
        assertThat(ICalendarHolidays.parse(text, "inline", 2026, 2026)).isEqualTo(expected);
        assertThat(ICalendarHolidays.read(new StringReader(text), "inline", 2026, 2026)).isEqualTo(expected);
    }

    private static String calendarWith(String... eventLines) {
        StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\n");
        for (String l : eventLines) {
            sb.append(l).append("\r\n");
        }
        return sb.append("END:VEVENT\r\nEND:VCALENDAR\r\n").toString();
    }

    @Test
    void aTimedEventIsRefusedNamingLineAndProperty() {
        // The event begins on line 4 of the text.
        String text = calendarWith("DTSTART:20260501T090000Z", "SUMMARY:Meeting");
        assertThatThrownBy(() -> ICalendarHolidays.parse(text, "team.ics", 2026, 2026))
                .isInstanceOfSatisfying(HolidayImportException.class, e -> {
                    assertThat(e.source()).isEqualTo("team.ics");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.property()).contains("DTSTART");
                })
                .hasMessage("team.ics, line 4, DTSTART: must be a date (DTSTART;VALUE=DATE:20261225): only all-day"
                        + " events are holidays, but was '20260501T090000Z'");
    }

    @Test
    void anEndNotAfterTheStartIsRefused() {
        String text = calendarWith("DTSTART;VALUE=DATE:20260501", "DTEND;VALUE=DATE:20260501");
        assertThatThrownBy(() -> ICalendarHolidays.parse(text, "x.ics", 2026, 2026))
                .isInstanceOf(HolidayImportException.class)
                .hasMessage("x.ics, line 4, DTEND: DTEND is exclusive and must be after DTSTART 2026-05-01,"
                        + " but was 2026-05-01");
    }

    @Test
    void aMissingStartOrAPartialDayDurationIsRefused() {
        assertThatThrownBy(() -> ICalendarHolidays.parse(calendarWith("SUMMARY:Nothing"), "x.ics", 2026, 2026))
                .isInstanceOf(HolidayImportException.class)
                .hasMessage("x.ics, line 4, DTSTART: an event must have a DTSTART");
        assertThatThrownBy(() -> ICalendarHolidays.parse(
                calendarWith("DTSTART;VALUE=DATE:20260501", "DURATION:PT12H"), "x.ics", 2026, 2026))
                .isInstanceOf(HolidayImportException.class)
                .hasMessageStartingWith("x.ics, line 4, DURATION: must be a positive number of whole days");
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        // Line 8 has parameters but no property name.
        String text = calendarWith("DTSTART;VALUE=DATE:20260501", ";X=1:foo");
        assertThatThrownBy(() -> ICalendarHolidays.parse(text, "broken.ics", 2026, 2026))
                .isInstanceOfSatisfying(HolidayImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(8);
                    assertThat(e.property()).isEmpty();
                })
                .hasMessage("broken.ics, line 8: not valid iCalendar: Invalid property name");
    }

    @Test
    void aBadDateOrRuleNamesLineAndProperty() {
        // Line 7: month 13.
        assertThatThrownBy(() -> ICalendarHolidays.parse(calendarWith("DTSTART;VALUE=DATE:20261345"), "x.ics",
                2026, 2026))
                .isInstanceOfSatisfying(HolidayImportException.class, e -> assertThat(e.property()).contains("DTSTART"))
                .hasMessageStartingWith("x.ics, line 7, DTSTART: not valid iCalendar: Text '20261345' could not be parsed");
        // Line 8: no such frequency.
        assertThatThrownBy(() -> ICalendarHolidays.parse(calendarWith("DTSTART;VALUE=DATE:20260501",
                "RRULE:FREQ=SOMETIMES"), "x.ics", 2026, 2026))
                .isInstanceOf(HolidayImportException.class)
                .hasMessage("x.ics, line 8, RRULE: not valid iCalendar: Invalid value SOMETIMES for FREQ");
    }

    @Test
    void yearsAreChecked() {
        assertThatThrownBy(() -> ICalendarHolidays.read(fixture(), 2027, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toYear must be between fromYear (2027) and 9999, but was 2026");
        assertThatThrownBy(() -> ICalendarHolidays.read(fixture(), 0, 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromYear must be between 1 and 9999, but was 0");
        assertThatThrownBy(() -> ICalendarHolidays.read(fixture(), 2000, 2200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the years must span at most 200, but 2000 to 2200 span 201");
    }
}
