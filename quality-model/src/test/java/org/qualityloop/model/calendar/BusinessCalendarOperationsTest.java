package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityloop.model.calendar.BusinessCalendarTest.at;
import static org.qualityloop.model.calendar.BusinessCalendarTest.berlinOffice;
import static org.qualityloop.model.calendar.BusinessCalendarTest.iv;
import static org.qualityloop.model.calendar.BusinessCalendarTest.office;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the calendar operations: the previous working time, the opening and closing
 * of the current or next working period, the working day of an instant and working-day arithmetic
 * on instants. Expected instants are derived by hand in each comment. 2026-03-02 is a Monday;
 * Europe/Berlin is CET (+1) until 2026-03-29 02:00, when clocks skip to 03:00 CEST (+2), and CEST
 * until 2026-10-25 03:00, when clocks go back to 02:00 CET.
 */
class BusinessCalendarOperationsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monday to Friday, 22:00 to 06:00 the next morning, UTC. */
    private static BusinessCalendar nightShift() {
        return BusinessCalendar.builder("night", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, iv("22:00-06:00+1")).build();
    }

    /** Every day 01:00-05:00 in Berlin: the hours in which clocks change. */
    private static BusinessCalendar earlyBerlin() {
        return BusinessCalendar.builder("early", BERLIN)
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, iv("01:00-05:00")).build();
    }

    @Test
    void previousWorkingTimeAcrossTheWeekend() {
        BusinessCalendar c = office(ZoneOffset.UTC);
        // Sat 03-07 10:00 is not working time; the last working period closed Fri 03-06 17:00.
        assertThat(c.previousWorkingTime(at("2026-03-07T10:00:00Z"))).isEqualTo(at("2026-03-06T17:00:00Z"));
        // Mon 03-09 08:00, before opening: the same Friday closing.
        assertThat(c.previousWorkingTime(at("2026-03-09T08:00:00Z"))).isEqualTo(at("2026-03-06T17:00:00Z"));
        // Exactly at a closing time, and inside working time: the instant itself.
        assertThat(c.previousWorkingTime(at("2026-03-09T17:00:00Z"))).isEqualTo(at("2026-03-09T17:00:00Z"));
        assertThat(c.previousWorkingTime(at("2026-03-09T12:00:00Z"))).isEqualTo(at("2026-03-09T12:00:00Z"));
        // One nanosecond after closing goes back to the closing.
        assertThat(c.previousWorkingTime(at("2026-03-09T17:00:00.000000001Z"))).isEqualTo(at("2026-03-09T17:00:00Z"));
        // minus counts back from there: Sat 10:00 - 1 h = Fri 17:00 - 1 h = Fri 16:00.
        assertThat(c.minus(at("2026-03-07T10:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-03-06T16:00:00Z"));
    }

    @Test
    void openingAndClosingAcrossTheWeekend() {
        BusinessCalendar c = office(ZoneOffset.UTC);
        // Mon 03-09 12:00 is inside 09:00-17:00: that period's opening and closing.
        assertThat(c.currentOrNextOpening(at("2026-03-09T12:00:00Z"))).isEqualTo(at("2026-03-09T09:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-03-09T12:00:00Z"))).isEqualTo(at("2026-03-09T17:00:00Z"));
        // At the opening itself (working time, half-open): the same period.
        assertThat(c.currentOrNextOpening(at("2026-03-09T09:00:00Z"))).isEqualTo(at("2026-03-09T09:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-03-09T09:00:00Z"))).isEqualTo(at("2026-03-09T17:00:00Z"));
        // At the closing (not working time): Tuesday's period, 09:00-17:00.
        assertThat(c.currentOrNextOpening(at("2026-03-09T17:00:00Z"))).isEqualTo(at("2026-03-10T09:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-03-09T17:00:00Z"))).isEqualTo(at("2026-03-10T17:00:00Z"));
        // Sat 03-07 10:00: Monday 03-09's period.
        assertThat(c.currentOrNextOpening(at("2026-03-07T10:00:00Z"))).isEqualTo(at("2026-03-09T09:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-03-07T10:00:00Z"))).isEqualTo(at("2026-03-09T17:00:00Z"));
        assertThat(c.currentOrNextOpening(at("2026-03-07T10:00:00Z")))
                .isEqualTo(c.nextWorkingTime(at("2026-03-07T10:00:00Z")));
    }

    @Test
    void operationsSkipHolidays() {
        BusinessCalendar c = berlinOffice();
        // Easter 2026: Fri 04-03 and Mon 04-06 are holidays, Sat and Sun are not worked. In April
        // Berlin is CEST (+2), so 17:00 local is 15:00Z and 09:00 local 07:00Z.
        // Mon 04-06 10:00 CEST: the last closing was Thu 04-02 17:00 CEST = 15:00Z.
        assertThat(c.previousWorkingTime(at("2026-04-06T08:00:00Z"))).isEqualTo(at("2026-04-02T15:00:00Z"));
        // Fri 04-03 10:00 CEST: the next period is Tue 04-07 09:00-17:00 CEST = 07:00Z-15:00Z.
        assertThat(c.currentOrNextOpening(at("2026-04-03T08:00:00Z"))).isEqualTo(at("2026-04-07T07:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-04-03T08:00:00Z"))).isEqualTo(at("2026-04-07T15:00:00Z"));
        // Thu 04-02 11:00 CEST + 1 working day: Fri and Mon are holidays, so Tue 04-07 11:00 CEST = 09:00Z.
        assertThat(c.plusWorkingDays(at("2026-04-02T09:00:00Z"), 1)).isEqualTo(at("2026-04-07T09:00:00Z"));
        // and back: Tue 04-07 11:00 CEST - 1 working day = Thu 04-02 11:00 CEST.
        assertThat(c.plusWorkingDays(at("2026-04-07T09:00:00Z"), -1)).isEqualTo(at("2026-04-02T09:00:00Z"));
        // Wed 12-23 15:00 CET (14:00Z) + 1 working day lands on the eve, Thu 12-24, open 09:00-12:00 only:
        // 15:00 is after that day's closing, so the result is its closing, 12:00 CET = 11:00Z.
        assertThat(c.plusWorkingDays(at("2026-12-23T14:00:00Z"), 1)).isEqualTo(at("2026-12-24T11:00:00Z"));
        // + 2: Fri 12-25 and Sat-Sun are off, Mon 12-28 at 15:00 CET = 14:00Z (12-26 is a Saturday anyway).
        assertThat(c.plusWorkingDays(at("2026-12-23T14:00:00Z"), 2)).isEqualTo(at("2026-12-28T14:00:00Z"));
    }

    @Test
    void workingDaysOnInstantsKeepTheTimeOfDay() {
        BusinessCalendar c = office(ZoneOffset.UTC);
        // Mon 03-02 10:00 + 2 working days = Wed 03-04 10:00.
        assertThat(c.plusWorkingDays(at("2026-03-02T10:00:00Z"), 2)).isEqualTo(at("2026-03-04T10:00:00Z"));
        // Fri 03-06 10:00 + 1 = Mon 03-09 10:00 (the weekend is skipped).
        assertThat(c.plusWorkingDays(at("2026-03-06T10:00:00Z"), 1)).isEqualTo(at("2026-03-09T10:00:00Z"));
        // Sat 03-07 10:00 + 1: Saturday is not counted, the first working day after it is Monday.
        assertThat(c.plusWorkingDays(at("2026-03-07T10:00:00Z"), 1)).isEqualTo(at("2026-03-09T10:00:00Z"));
        // Sun 03-08 10:00 - 1: the working day before Sunday is Friday 03-06.
        assertThat(c.plusWorkingDays(at("2026-03-08T10:00:00Z"), -1)).isEqualTo(at("2026-03-06T10:00:00Z"));
        // Wed 03-04 10:00 - 2 = Mon 03-02 10:00.
        assertThat(c.plusWorkingDays(at("2026-03-04T10:00:00Z"), -2)).isEqualTo(at("2026-03-02T10:00:00Z"));
        // Landing before opening moves to the opening: Mon 07:00 + 1 -> Tue 07:00 -> Tue 09:00.
        assertThat(c.plusWorkingDays(at("2026-03-02T07:00:00Z"), 1)).isEqualTo(at("2026-03-03T09:00:00Z"));
        // Landing after closing moves back to that day's closing: Mon 20:00 + 1 -> Tue 20:00 -> Tue 17:00.
        assertThat(c.plusWorkingDays(at("2026-03-02T20:00:00Z"), 1)).isEqualTo(at("2026-03-03T17:00:00Z"));
        // Nanoseconds are kept.
        assertThat(c.plusWorkingDays(at("2026-03-02T10:00:00.000000007Z"), 1))
                .isEqualTo(at("2026-03-03T10:00:00.000000007Z"));
        // Zero returns the instant unchanged, even on a Sunday.
        assertThat(c.plusWorkingDays(at("2026-03-08T10:00:00Z"), 0)).isEqualTo(at("2026-03-08T10:00:00Z"));
    }

    @Test
    void landingInABreakMovesToTheNextOpeningThatDay() {
        BusinessCalendar c = BusinessCalendar.builder("split", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, iv("09:00-12:00"), iv("13:00-17:00")).build();
        // Mon 03-02 12:30 (the lunch break) + 1 -> Tue 12:30 -> the afternoon opening, Tue 13:00.
        assertThat(c.plusWorkingDays(at("2026-03-02T12:30:00Z"), 1)).isEqualTo(at("2026-03-03T13:00:00Z"));
        // In the break the previous working time is the morning's closing, the next opening the afternoon's.
        assertThat(c.previousWorkingTime(at("2026-03-02T12:30:00Z"))).isEqualTo(at("2026-03-02T12:00:00Z"));
        assertThat(c.currentOrNextOpening(at("2026-03-02T12:30:00Z"))).isEqualTo(at("2026-03-02T13:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-03-02T10:00:00Z"))).isEqualTo(at("2026-03-02T12:00:00Z"));
    }

    @Test
    void overnightShiftBelongsToTheDayItStarts() {
        BusinessCalendar c = nightShift();
        // Sat 03-07 03:00 lies in Friday 03-06's 22:00-06:00 shift.
        Instant t = at("2026-03-07T03:00:00Z");
        assertThat(c.isWorkingTime(t)).isTrue();
        assertThat(c.workingDayOf(t)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(c.currentOrNextOpening(t)).isEqualTo(at("2026-03-06T22:00:00Z"));
        assertThat(c.currentOrNextClosing(t)).isEqualTo(at("2026-03-07T06:00:00Z"));
        assertThat(c.previousWorkingTime(t)).isEqualTo(t);
        // + 1 working day: Friday's time of day is 27:00; the next working day is Monday 03-09, and
        // 27:00 of Monday is Tue 03-10 03:00, in Monday's shift.
        assertThat(c.plusWorkingDays(t, 1)).isEqualTo(at("2026-03-10T03:00:00Z"));
        // - 1: Thursday 03-05 at 27:00 = Fri 03-06 03:00.
        assertThat(c.plusWorkingDays(t, -1)).isEqualTo(at("2026-03-06T03:00:00Z"));
        // Sat 03-07 07:00 is after the shift: its day is Saturday, the previous working time 06:00,
        // the next opening Mon 03-09 22:00.
        Instant after = at("2026-03-07T07:00:00Z");
        assertThat(c.workingDayOf(after)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(c.previousWorkingTime(after)).isEqualTo(at("2026-03-07T06:00:00Z"));
        assertThat(c.currentOrNextOpening(after)).isEqualTo(at("2026-03-09T22:00:00Z"));
        // Sat 07:00 + 1: Monday at 07:00 is before Monday's shift opens, so Mon 22:00.
        assertThat(c.plusWorkingDays(after, 1)).isEqualTo(at("2026-03-09T22:00:00Z"));
    }

    @Test
    void touchingIntervalsFormOnePeriod() {
        // Monday's night shift 22:00-06:00 is followed without a break by Tuesday's 06:00-14:00.
        BusinessCalendar c = BusinessCalendar.builder("handover", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, iv("22:00-06:00+1"))
                .hours(DayOfWeek.TUESDAY, iv("06:00-14:00")).build();
        // Mon 03-02 23:00: the period runs from Mon 22:00 to Tue 03-03 14:00.
        assertThat(c.currentOrNextClosing(at("2026-03-02T23:00:00Z"))).isEqualTo(at("2026-03-03T14:00:00Z"));
        assertThat(c.currentOrNextOpening(at("2026-03-03T10:00:00Z"))).isEqualTo(at("2026-03-02T22:00:00Z"));
        // Tue 06:00 is working time with no break before it: not an opening, not a closing.
        assertThat(c.previousWorkingTime(at("2026-03-03T06:00:00Z"))).isEqualTo(at("2026-03-03T06:00:00Z"));
        // But each interval keeps its day: Tue 05:00 counts on Monday, Tue 07:00 on Tuesday.
        assertThat(c.workingDayOf(at("2026-03-03T05:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(c.workingDayOf(at("2026-03-03T07:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void daylightSavingGap() {
        BusinessCalendar c = earlyBerlin();
        // Sun 2026-03-29: 01:00 CET = 00:00Z opens; clocks skip 02:00-03:00; 05:00 CEST = 03:00Z closes.
        assertThat(c.currentOrNextOpening(at("2026-03-29T00:30:00Z"))).isEqualTo(at("2026-03-29T00:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-03-29T00:30:00Z"))).isEqualTo(at("2026-03-29T03:00:00Z"));
        // Sat 03-28 02:30 CET = 01:30Z + 1 working day: Sunday's 02:30 does not exist and maps to the
        // end of the gap, 03:00 CEST = 01:00Z, which is working time on Sunday.
        assertThat(c.plusWorkingDays(at("2026-03-28T01:30:00Z"), 1)).isEqualTo(at("2026-03-29T01:00:00Z"));
        // Sun 03:30 CEST = 01:30Z - 1 working day: Saturday 03:30 CET = 02:30Z.
        assertThat(c.plusWorkingDays(at("2026-03-29T01:30:00Z"), -1)).isEqualTo(at("2026-03-28T02:30:00Z"));
        // After closing on Sunday (06:00 CEST = 04:00Z) the previous working time is 03:00Z.
        assertThat(c.previousWorkingTime(at("2026-03-29T04:00:00Z"))).isEqualTo(at("2026-03-29T03:00:00Z"));
    }

    @Test
    void daylightSavingOverlap() {
        BusinessCalendar c = earlyBerlin();
        // Sun 2026-10-25: 01:00 CEST = 23:00Z on 10-24 opens; 02:00-03:00 is lived twice (02:00 CEST =
        // 00:00Z, then 02:00 CET = 01:00Z); 05:00 CET = 04:00Z closes: five real hours.
        assertThat(c.currentOrNextOpening(at("2026-10-25T01:30:00Z"))).isEqualTo(at("2026-10-24T23:00:00Z"));
        assertThat(c.currentOrNextClosing(at("2026-10-25T01:30:00Z"))).isEqualTo(at("2026-10-25T04:00:00Z"));
        // Sat 10-24 02:30 CEST = 00:30Z + 1: Sunday 02:30 maps to its first occurrence, CEST, 00:30Z.
        assertThat(c.plusWorkingDays(at("2026-10-24T00:30:00Z"), 1)).isEqualTo(at("2026-10-25T00:30:00Z"));
        // The second 02:30 (CET, 01:30Z) counts on Sunday as well; + 1 is Mon 10-26 02:30 CET = 01:30Z
        // and - 1 is Sat 10-24 02:30 CEST = 00:30Z.
        Instant second = at("2026-10-25T01:30:00Z");
        assertThat(c.workingDayOf(second)).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(c.plusWorkingDays(second, 1)).isEqualTo(at("2026-10-26T01:30:00Z"));
        assertThat(c.plusWorkingDays(second, -1)).isEqualTo(at("2026-10-24T00:30:00Z"));
        // Sun 06:00 CET = 05:00Z: the previous working time is the closing, 04:00Z.
        assertThat(c.previousWorkingTime(at("2026-10-25T05:00:00Z"))).isEqualTo(at("2026-10-25T04:00:00Z"));
    }

    @Test
    void boundsAndRunningOutAreClearErrors() {
        BusinessCalendar c = office(ZoneOffset.UTC);
        // 9999-12-30 is a Thursday: past the last supported instant (its 23:59:59.999999999Z) the next
        // period is Fri 9999-12-31 09:00-17:00, outside the range.
        Instant max = BusinessCalendar.MAX_SUPPORTED_INSTANT;
        assertThatThrownBy(() -> c.currentOrNextClosing(max)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supported range");
        assertThatThrownBy(() -> c.currentOrNextOpening(max)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supported range");
        assertThatThrownBy(() -> c.plusWorkingDays(at("9999-12-30T10:00:00Z"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supported range");
        // 0001-01-02 is a Tuesday at midnight: the previous closing, Mon 0001-01-01 17:00Z, is before the range.
        assertThatThrownBy(() -> c.previousWorkingTime(BusinessCalendar.MIN_SUPPORTED_INSTANT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supported range");
        assertThatThrownBy(() -> c.previousWorkingTime(max.plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t must be between");
        assertThatThrownBy(() -> c.workingDayOf(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("t must not be null");
        // A 24x7 calendar never closes: a clear error instead of an endless search.
        BusinessCalendar always = BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC);
        assertThatThrownBy(() -> always.currentOrNextClosing(at("2026-03-02T10:00:00Z")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'always' has no closing time in the 10 years after 2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> always.currentOrNextOpening(at("2026-03-02T10:00:00Z")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no opening time");
        assertThat(always.previousWorkingTime(at("2026-03-02T10:00:00Z"))).isEqualTo(at("2026-03-02T10:00:00Z"));
    }
}
