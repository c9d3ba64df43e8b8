package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holidays are validated on construction and make their dates holidays of a calendar. */
class HolidayTest {

    @Test
    void refusesBadNamesAndDatesNamingTheRule() {
        LocalDate d = LocalDate.of(2026, 12, 25);
        assertThatThrownBy(() -> new Holiday(d, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name of the holiday on 2026-12-25 must not be blank");
        assertThatThrownBy(() -> new Holiday(d, "x".repeat(201))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name of the holiday on 2026-12-25 must be at most 200 characters, but was 201");
        assertThatThrownBy(() -> new Holiday(d, "Christmas\nDay")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name of the holiday on 2026-12-25 must be one line");
        assertThatThrownBy(() -> new Holiday(LocalDate.of(10000, 1, 1), "Far"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date must be between 0001-01-01 and 9999-12-31, but was +10000-01-01");
        assertThatThrownBy(() -> new Holiday(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
    }

    @Test
    void ordersByDateThenName() {
        Holiday a = new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day");
        Holiday b = new Holiday(LocalDate.of(2027, 1, 1), "Year-end closure");
        Holiday c = new Holiday(LocalDate.of(2026, 12, 31), "Year-end closure");
        Holiday[] sorted = {b, a, c};
        Arrays.sort(sorted);
        assertThat(sorted).containsExactly(c, a, b);
    }

    @Test
    void builderMakesTheirDatesHolidays() {
        // Thu 2026-12-24 and Fri 12-25 are weekdays of the Mon-Fri calendar, made holidays.
        BusinessCalendar c = BusinessCalendar.builder("office", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00")
                .holidays(List.of(new Holiday(LocalDate.of(2026, 12, 24), "Christmas Eve"),
                        new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day")))
                .build();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
        // A null inside the list is refused before any date is added.
        BusinessCalendar.Builder b = BusinessCalendar.builder("office", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00");
        assertThatThrownBy(() -> b.holidays(Arrays.asList(new Holiday(LocalDate.of(2026, 12, 23), "Eve"), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("holiday must not be null");
        assertThat(b.build().isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
    }
}
