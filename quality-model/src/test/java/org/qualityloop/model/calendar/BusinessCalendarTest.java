package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Worked examples. Expected instants are derived by hand in each comment from the zone's published
 * rules (IANA tz database): Europe/Berlin switches CET(+1) to CEST(+2) on 2026-03-29 at 02:00 and back
 * on 2026-10-25 at 03:00; America/New_York switches EST(-5) to EDT(-4) on 2026-03-08 at 02:00 and back
 * on 2026-11-01 at 02:00; Asia/Shanghai is +8 all year. 2026-01-01 is a Thursday.
 */
class BusinessCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static WorkingInterval iv(String text) {
        return WorkingInterval.parse(text);
    }

    /** Mon-Fri 09:00-17:00 Europe/Berlin with Easter 2026 and yearly Christmas holidays, eve 09-12. */
    static BusinessCalendar berlinOffice() {
        return BusinessCalendar.builder("berlin-office", BERLIN)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, iv("09:00-17:00"))
                .holiday(LocalDate.of(2026, 4, 3))
                .holiday(LocalDate.of(2026, 4, 6))
                .holiday(MonthDay.of(12, 25))
                .holiday(MonthDay.of(12, 26))
                .holiday(MonthDay.of(1, 1))
                .specialHours(MonthDay.of(12, 24), iv("09:00-12:00"))
                .build();
    }

    static BusinessCalendar office(ZoneId zone) {
        return BusinessCalendar.builder("office", zone)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, iv("09:00-17:00")).build();
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void closingTimeRuleForwardAndBack() {
        BusinessCalendar c = office(ZoneOffset.UTC);
        // Mon 2026-03-02 09:00 + 8 h fills the day exactly and ends at the 17:00 closing time.
        assertThat(c.plus(at("2026-03-02T09:00:00Z"), Duration.ofHours(8))).isEqualTo(at("2026-03-02T17:00:00Z"));
        // One more second is the first second of Tuesday: 09:00:01.
        assertThat(c.plus(at("2026-03-02T09:00:00Z"), Duration.ofHours(8).plusSeconds(1)))
                .isEqualTo(at("2026-03-03T09:00:01Z"));
        // Going back mirrors it: 17:00 - 8 h = 09:00 the same day; Tue 09:00 - 1 s = Mon 16:59:59.
        assertThat(c.minus(at("2026-03-02T17:00:00Z"), Duration.ofHours(8))).isEqualTo(at("2026-03-02T09:00:00Z"));
        assertThat(c.minus(at("2026-03-03T09:00:00Z"), Duration.ofSeconds(1))).isEqualTo(at("2026-03-02T16:59:59Z"));
        // Zero returns the start unchanged, even on a Sunday.
        assertThat(c.plus(at("2026-03-01T10:00:00Z"), Duration.ZERO)).isEqualTo(at("2026-03-01T10:00:00Z"));
        // Half-open: 09:00 is working time, 17:00 is not.
        assertThat(c.isWorkingTime(at("2026-03-02T09:00:00Z"))).isTrue();
        assertThat(c.isWorkingTime(at("2026-03-02T17:00:00Z"))).isFalse();
        assertThat(c.isWorkingTime(at("2026-03-02T16:59:59.999999999Z"))).isTrue();
    }

    @Test
    void acrossWeekend() {
        // Fri 2026-03-06 15:00 CET + 4 h: 2 h until 17:00 Friday, Sat/Sun skipped, 2 h Monday -> Mon 09 Mar
        // 11:00 CET = 10:00Z.
        assertThat(berlinOffice().plus(at("2026-03-06T14:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(at("2026-03-09T10:00:00Z"));
        // Between Fri 15:00 CET and Mon 11:00 CET: 2 h + 2 h = 4 h of working time.
        assertThat(berlinOffice().workingTimeBetween(at("2026-03-06T14:00:00Z"), at("2026-03-09T10:00:00Z")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void acrossHoliday() {
        // Thu 2026-04-02 16:00 CEST + 2 h: 1 h Thursday, Good Friday 3 Apr and Easter Monday 6 Apr are
        // holidays, weekend between; 1 h on Tue 7 Apr -> 10:00 CEST = 08:00Z.
        assertThat(berlinOffice().plus(at("2026-04-02T14:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(at("2026-04-07T08:00:00Z"));
        // Going back from Tue 10:00 by 2 h returns to Thu 16:00.
        assertThat(berlinOffice().minus(at("2026-04-07T08:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(at("2026-04-02T14:00:00Z"));
        // [Wed 1 Apr, Wed 8 Apr): Wed, Thu, Tue are working -> 3 working days.
        assertThat(berlinOffice().workingDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8))).isEqualTo(3);
        assertThat(berlinOffice().plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(berlinOffice().plusWorkingDays(LocalDate.of(2026, 4, 7), -1)).isEqualTo(LocalDate.of(2026, 4, 2));
        // Thu 31 Dec 2026 + 1 working day: Fri 1 Jan 2027 is a yearly holiday, weekend -> Mon 4 Jan 2027.
        assertThat(berlinOffice().plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void specialHoursOnAnEve() {
        // Thu 24 Dec 2026 has 09:00-12:00 only. 11:00 CET + 3 h: 1 h on the eve, 25/26 Dec holidays and
        // the weekend, Mon 28 Dec 09:00 + 2 h -> 11:00 CET = 10:00Z.
        assertThat(berlinOffice().plus(at("2026-12-24T10:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(at("2026-12-28T10:00:00Z"));
        assertThat(berlinOffice().isWorkingTime(at("2026-12-24T11:30:00Z"))).isFalse(); // 12:30 CET
    }

    @Test
    void twentyFourSevenHasNoGapAtMidnight() {
        BusinessCalendar c = BusinessCalendar.builder("24x7", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, WorkingInterval.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                .build();
        // 00:00-24:00 every day: Mon 23:59 to Tue 00:01 is 2 minutes, midnight itself is working time.
        assertThat(c.workingTimeBetween(at("2026-03-02T23:59:00Z"), at("2026-03-03T00:01:00Z")))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(c.isWorkingTime(at("2026-03-03T00:00:00Z"))).isTrue();
        assertThat(c.plus(at("2026-03-02T23:59:30Z"), Duration.ofMinutes(1))).isEqualTo(at("2026-03-03T00:00:30Z"));
        // A week is exactly 168 h.
        assertThat(c.plus(at("2026-03-02T10:00:00Z"), Duration.ofHours(168))).isEqualTo(at("2026-03-09T10:00:00Z"));
    }

    @Test
    void subHourTargetCrossingClosing() {
        // Mon 16:45 + 30 min: 15 min until 17:00, 15 min from Tue 09:00 -> Tue 09:15.
        assertThat(office(ZoneOffset.UTC).plus(at("2026-03-02T16:45:00Z"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-03-03T09:15:00Z"));
    }

    @Test
    void startOutsideHoursAndAtClosing() {
        BusinessCalendar c = office(ZoneOffset.UTC);
        // Mon 07:00 + 1 h counts from the 09:00 opening -> 10:00.
        assertThat(c.plus(at("2026-03-02T07:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-03-02T10:00:00Z"));
        // Sat 10:00 + 1 h -> Mon 10:00.
        assertThat(c.plus(at("2026-03-07T10:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-03-09T10:00:00Z"));
        // Start exactly at 17:00 closing: nothing left that day -> Tue 10:00.
        assertThat(c.plus(at("2026-03-02T17:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-03-03T10:00:00Z"));
        assertThat(c.nextWorkingTime(at("2026-03-02T17:00:00Z"))).isEqualTo(at("2026-03-03T09:00:00Z"));
        assertThat(c.nextWorkingTime(at("2026-03-02T12:00:00Z"))).isEqualTo(at("2026-03-02T12:00:00Z"));
    }

    @Test
    void overnightSchedule() {
        // Mon-Fri 22:00-06:00(+1), each night belonging to the day it starts.
        BusinessCalendar c = BusinessCalendar.builder("night", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)))
                .build();
        // Mon 23:00 + 8 h: 7 h until Tue 06:00, then Tue 22:00 + 1 h -> Tue 23:00.
        assertThat(c.plus(at("2026-03-02T23:00:00Z"), Duration.ofHours(8))).isEqualTo(at("2026-03-03T23:00:00Z"));
        // Friday's night runs into Saturday 06:00; Monday 03:00 is not working (Sunday has no night).
        assertThat(c.isWorkingTime(at("2026-03-07T05:00:00Z"))).isTrue();
        assertThat(c.isWorkingTime(at("2026-03-09T03:00:00Z"))).isFalse();
        // Sat 05:00 + 2 h: 1 h until 06:00, next night starts Mon 22:00 -> Mon 23:00.
        assertThat(c.plus(at("2026-03-07T05:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-03-09T23:00:00Z"));
    }

    @Test
    void berlinDstOnTwentyFourSeven() {
        BusinessCalendar c = BusinessCalendar.twentyFourSeven("24x7-berlin", BERLIN);
        // Sun 29 Mar 2026 lasts 23 real hours (02:00 CET jumps to 03:00 CEST).
        Instant sun = at("2026-03-28T23:00:00Z"); // 00:00 CET
        Instant mon = at("2026-03-29T22:00:00Z"); // 00:00 CEST
        assertThat(c.workingTimeBetween(sun, mon)).isEqualTo(Duration.ofHours(23));
        // Sat 28 Mar 12:00 CET (11:00Z) + 24 h real = 11:00Z Sunday = 13:00 CEST.
        assertThat(c.plus(at("2026-03-28T11:00:00Z"), Duration.ofHours(24))).isEqualTo(at("2026-03-29T11:00:00Z"));
        // Sun 25 Oct 2026 lasts 25 real hours: 00:00 CEST = 24 Oct 22:00Z to 00:00 CET = 25 Oct 23:00Z.
        assertThat(c.workingTimeBetween(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z")))
                .isEqualTo(Duration.ofHours(25));
        // Sat 24 Oct 12:00 CEST (10:00Z) + 24 h = 10:00Z Sunday = 11:00 CET.
        assertThat(c.plus(at("2026-10-24T10:00:00Z"), Duration.ofHours(24))).isEqualTo(at("2026-10-25T10:00:00Z"));
    }

    @Test
    void berlinDstOnOfficeHours() {
        BusinessCalendar c = office(BERLIN);
        // Fri 27 Mar 16:00 CET (15:00Z) + 2 h: 1 h Friday, Mon 30 Mar 09:00 CEST + 1 h = 10:00 CEST = 08:00Z.
        assertThat(c.plus(at("2026-03-27T15:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-03-30T08:00:00Z"));
        // Fri 23 Oct 16:00 CEST (14:00Z) + 2 h -> Mon 26 Oct 10:00 CET = 09:00Z.
        assertThat(c.plus(at("2026-10-23T14:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-10-26T09:00:00Z"));
    }

    @Test
    void newYorkDstOnTwentyFourSevenAndOfficeHours() {
        BusinessCalendar c = BusinessCalendar.twentyFourSeven("24x7-ny", NEW_YORK);
        // Sun 8 Mar 2026: 00:00 EST = 05:00Z to Mon 00:00 EDT = 04:00Z next day -> 23 h.
        assertThat(c.workingTimeBetween(at("2026-03-08T05:00:00Z"), at("2026-03-09T04:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        // Sun 1 Nov 2026: 00:00 EDT = 04:00Z to Mon 00:00 EST = 05:00Z next day -> 25 h.
        assertThat(c.workingTimeBetween(at("2026-11-01T04:00:00Z"), at("2026-11-02T05:00:00Z")))
                .isEqualTo(Duration.ofHours(25));
        BusinessCalendar o = office(NEW_YORK);
        // Fri 6 Mar 16:00 EST (21:00Z) + 2 h -> Mon 9 Mar 10:00 EDT = 14:00Z.
        assertThat(o.plus(at("2026-03-06T21:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-03-09T14:00:00Z"));
        // Fri 30 Oct 16:00 EDT (20:00Z) + 2 h -> Mon 2 Nov 10:00 EST = 15:00Z.
        assertThat(o.plus(at("2026-10-30T20:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-11-02T15:00:00Z"));
    }

    @Test
    void nightIntervalAcrossDstChangesLastsRealTime() {
        BusinessCalendar c = BusinessCalendar.builder("night-berlin", BERLIN)
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, iv("01:00-03:00")).build();
        // Autumn, Sun 25 Oct: 01:00 CEST (24 Oct 23:00Z) to 03:00 CET (02:00Z) = 3 real hours.
        assertThat(c.workingTimeBetween(at("2026-10-24T20:00:00Z"), at("2026-10-25T20:00:00Z")))
                .isEqualTo(Duration.ofHours(3));
        // Spring, Sun 29 Mar: 01:00 CET (00:00Z) to 03:00 CEST (01:00Z); 02:00-03:00 does not exist -> 1 h.
        assertThat(c.workingTimeBetween(at("2026-03-28T20:00:00Z"), at("2026-03-29T20:00:00Z")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(c.plus(at("2026-03-29T00:30:00Z"), Duration.ofMinutes(30))).isEqualTo(at("2026-03-29T01:00:00Z"));
        // One more minute: Mon 30 Mar 01:00 CEST = 29 Mar 23:00Z, + 1 min -> 23:01Z.
        assertThat(c.plus(at("2026-03-29T00:30:00Z"), Duration.ofMinutes(31))).isEqualTo(at("2026-03-29T23:01:00Z"));
    }

    @Test
    void newYorkOvernightAndTwentyFourSevenAcrossDst() {
        // Night shift 22:00-06:00(+1) every day. Sat 7 Mar 2026 22:00 EST = Sun 03:00Z; Sun 06:00 EDT =
        // 10:00Z: clocks jump 02:00 -> 03:00, so that night lasts 7 real hours, not 8.
        BusinessCalendar night = BusinessCalendar.builder("night-ny", NEW_YORK)
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, "22:00-06:00+1").build();
        assertThat(night.workingTimeBetween(at("2026-03-08T00:00:00Z"), at("2026-03-08T12:00:00Z")))
                .isEqualTo(Duration.ofHours(7));
        // Sat 31 Oct 22:00 EDT = Nov 1 02:00Z; Sun 06:00 EST = 11:00Z: 01:00-02:00 is lived twice -> 9 h.
        assertThat(night.workingTimeBetween(at("2026-11-01T00:00:00Z"), at("2026-11-01T12:00:00Z")))
                .isEqualTo(Duration.ofHours(9));
        // From Sat 7 Mar 23:00 EST (04:00Z) + 7 h: the night ends at 06:00 EDT = 10:00Z with exactly 6 h
        // used (04:00Z-10:00Z), so 1 h is left for Sunday night 22:00 EDT (Mon 02:00Z) -> Mon 03:00Z.
        assertThat(night.plus(at("2026-03-08T04:00:00Z"), Duration.ofHours(7))).isEqualTo(at("2026-03-09T03:00:00Z"));
        // 24x7: Sat 7 Mar 12:00 EST (17:00Z) + 24 h real = Sun 17:00Z = 13:00 EDT, not 12:00.
        BusinessCalendar always = BusinessCalendar.twentyFourSeven("24x7-ny", NEW_YORK);
        assertThat(always.plus(at("2026-03-07T17:00:00Z"), Duration.ofHours(24))).isEqualTo(at("2026-03-08T17:00:00Z"));
        // and back: Sun 1 Nov 12:00 EST (17:00Z) - 24 h real = Sat 17:00Z = 13:00 EDT.
        assertThat(always.minus(at("2026-11-01T17:00:00Z"), Duration.ofHours(24))).isEqualTo(at("2026-10-31T17:00:00Z"));
    }

    @Test
    void localTimesThatDoNotExistAreSkipped() {
        // Berlin, Sun 29 Mar 2026: 02:00-03:00 does not exist. An interval 02:30-04:00 that day starts at the
        // first instant the clock shows 02:30 or later, 03:00 CEST = 01:00Z, and ends at 04:00 CEST = 02:00Z:
        // one real hour of work.
        BusinessCalendar c = BusinessCalendar.builder("gap", BERLIN).hours(DayOfWeek.SUNDAY, "02:30-04:00").build();
        assertThat(c.workingTimeBetween(at("2026-03-28T12:00:00Z"), at("2026-03-29T12:00:00Z")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(c.nextWorkingTime(at("2026-03-28T12:00:00Z"))).isEqualTo(at("2026-03-29T01:00:00Z"));
        // The Sunday before, 22 Mar (CET), the same interval lasts 1.5 h: 01:30Z to 03:00Z.
        assertThat(c.workingTimeBetween(at("2026-03-21T12:00:00Z"), at("2026-03-22T12:00:00Z")))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void shanghaiWithLunchBreak() {
        BusinessCalendar c = BusinessCalendar.builder("shanghai", "Asia/Shanghai")
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, iv("09:00-12:00"), iv("13:00-18:00")).build();
        // Mon 2 Mar 11:00 +08 (03:00Z) + 3 h: 1 h to 12:00, lunch, 13:00 + 2 h = 15:00 +08 = 07:00Z.
        assertThat(c.plus(at("2026-03-02T03:00:00Z"), Duration.ofHours(3))).isEqualTo(at("2026-03-02T07:00:00Z"));
        // A week is 5 x 8 h = 40 h: Mon 11:00 + 40 h = next Mon 11:00 (no DST).
        assertThat(c.plus(at("2026-03-02T03:00:00Z"), Duration.ofHours(40))).isEqualTo(at("2026-03-09T03:00:00Z"));
    }

    @Test
    void longSpanAcrossYears() {
        BusinessCalendar c = office(ZoneOffset.UTC);
        // 2,000 h = 250 working days of 8 h = 50 weeks: Mon 2 Mar 2026 09:00 -> Mon 15 Feb 2027 09:00 is
        // where the 250th day ends... 50 weeks after Mon 2 Mar 2026 is Mon 15 Feb 2027; the 250th day is the
        // Friday before, ending at 17:00 -> Fri 12 Feb 2027 17:00 (closing-time rule).
        assertThat(c.plus(at("2026-03-02T09:00:00Z"), Duration.ofHours(2000))).isEqualTo(at("2027-02-12T17:00:00Z"));
        assertThat(c.workingTimeBetween(at("2026-03-02T09:00:00Z"), at("2027-02-12T17:00:00Z")))
                .isEqualTo(Duration.ofHours(2000));
        assertThat(c.minus(at("2027-02-12T17:00:00Z"), Duration.ofHours(2000))).isEqualTo(at("2026-03-02T09:00:00Z"));
    }

    @Test
    void rejectsInvalidCalendars() {
        assertThatThrownBy(() -> BusinessCalendar.builder("x", "Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> BusinessCalendar.builder("x", ZoneOffset.UTC).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must have working time");
        assertThatThrownBy(() -> BusinessCalendar.builder("x", ZoneOffset.UTC)
                .hours(DayOfWeek.TUESDAY, iv("09:00-13:00"), iv("12:00-17:00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TUESDAY").hasMessageContaining("09:00-13:00").hasMessageContaining("12:00-17:00");
        assertThatThrownBy(() -> BusinessCalendar.builder("x", ZoneOffset.UTC)
                .hours(DayOfWeek.SUNDAY, WorkingInterval.overnight(LocalTime.of(22, 0), LocalTime.of(10, 0)))
                .hours(DayOfWeek.MONDAY, iv("09:00-17:00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SUNDAY").hasMessageContaining("MONDAY");
        assertThatThrownBy(() -> WorkingInterval.of(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17:00-09:00");
        // Written on the builder, a reversed or malformed interval is reported with its day.
        assertThatThrownBy(() -> BusinessCalendar.builder("x", ZoneOffset.UTC).hours(DayOfWeek.WEDNESDAY, "17:00-09:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("interval '17:00-09:00' on WEDNESDAY is invalid: interval 17:00-09:00 ends before it starts");
        assertThatThrownBy(() -> BusinessCalendar.builder("x", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00", "9 to 5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval '9 to 5' on MONDAY-FRIDAY is invalid: interval must look like 09:00-17:00, but was '9 to 5'");
    }

    @Test
    void midnightEndsTheDayInTextAsInFactories() {
        // "22:00-00:00" means until the midnight ending the day, as WorkingInterval.of(22:00, 00:00) does.
        assertThat(WorkingInterval.parse("22:00-00:00")).isEqualTo(WorkingInterval.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT))
                .isEqualTo(WorkingInterval.parse("22:00-24:00"));
        assertThat(WorkingInterval.parse("00:00-00:00")).isEqualTo(WorkingInterval.wholeDay());
        assertThat(WorkingInterval.parse("22:00-00:00").toString()).isEqualTo("22:00-24:00");
        // With +1 the end is on the next day: 22:00-00:30+1 lasts 2.5 h.
        assertThat(WorkingInterval.parse("22:00-00:30+1").localSeconds()).isEqualTo(9_000);
        assertThatThrownBy(() -> WorkingInterval.parse("22:00-06:00")).hasMessageContaining("overnight");
    }

    @Test
    void intervalsWrittenAsTextOnTheBuilder() {
        // "00:00-24:00" is the whole day; Mon 23:30 + 1 h crosses midnight without a gap -> Tue 00:30.
        BusinessCalendar allDay = BusinessCalendar.builder("24x7-text", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, "00:00-24:00").build();
        assertThat(allDay.plus(at("2026-03-02T23:30:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-03-03T00:30:00Z"));
        assertThat(allDay.intervalsOn(LocalDate.of(2026, 3, 2))).containsExactly(WorkingInterval.wholeDay());
        // Friday 18:00-22:00 and 23:00-03:00(+1): from Fri 21:00, 1 h until 22:00, the break, then
        // 2 h from 23:00 -> Sat 01:00.
        BusinessCalendar shifts = BusinessCalendar.builder("shifts", ZoneOffset.UTC)
                .hours(DayOfWeek.FRIDAY, "18:00-22:00", "23:00-03:00+1").build();
        assertThat(shifts.plus(at("2026-03-06T21:00:00Z"), Duration.ofHours(3))).isEqualTo(at("2026-03-07T01:00:00Z"));
    }

    @Test
    void calendarWhoseWorkingTimeRunsOutFailsClearly() {
        // No weekly hours, a single extra working date: after it, every date is without work.
        BusinessCalendar c = BusinessCalendar.builder("one-day", ZoneOffset.UTC)
                .specialHours(LocalDate.of(2026, 1, 5), iv("09:00-17:00")).build();
        assertThat(c.plus(at("2026-01-05T16:00:00Z"), Duration.ofMinutes(30))).isEqualTo(at("2026-01-05T16:30:00Z"));
        assertThatThrownBy(() -> c.plus(at("2026-01-05T16:00:00Z"), Duration.ofHours(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one-day");
        assertThatThrownBy(() -> c.nextWorkingTime(at("2026-02-01T00:00:00Z")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one-day");
        assertThatThrownBy(() -> c.minus(at("2026-01-05T10:00:00Z"), Duration.ofHours(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one-day");
        assertThatThrownBy(() -> c.plusWorkingDays(LocalDate.of(2026, 1, 5), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one-day");
        // The same with weekly hours and every date from 2027 on a holiday, one by one (the calendar can
        // only run out through explicit dates): arithmetic past the end of 2026 fails instead of looping.
        BusinessCalendar.Builder b = BusinessCalendar.builder("closing-down", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-17:00");
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2038, 1, 1)); d = d.plusDays(1)) {
            b.holiday(d);
        }
        BusinessCalendar closing = b.build();
        // Thu 31 Dec 2026 16:00 + 1 h is the last working hour: 17:00.
        assertThat(closing.plus(at("2026-12-31T16:00:00Z"), Duration.ofHours(1))).isEqualTo(at("2026-12-31T17:00:00Z"));
        assertThatThrownBy(() -> closing.plus(at("2026-12-31T16:00:00Z"), Duration.ofHours(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closing-down")
                .hasMessageContaining("no working time in the 10 years after");
        assertThatThrownBy(() -> closing.nextWorkingTime(at("2027-06-01T00:00:00Z")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closing-down");
    }

    @Test
    void extraWorkingSaturday() {
        BusinessCalendar c = BusinessCalendar.builder("sat", ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, iv("09:00-17:00"))
                .extraWorkingDate(LocalDate.of(2026, 3, 7), DayOfWeek.MONDAY).build();
        // Fri 6 Mar 16:00 + 2 h: 1 h Friday, Saturday 7 Mar is working -> Sat 10:00.
        assertThat(c.plus(at("2026-03-06T16:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2026-03-07T10:00:00Z"));
    }

    @Test
    void exceptionOverlappingAnOvernightSpillCountsOnce() {
        // Sunday night 22:00-06:00(+1) and special hours 05:00-09:00 on Mon 2 Mar: 05:00-06:00 is covered
        // twice but counts once -> Sun 22:00 to Mon 09:00 is 11 h of working time.
        BusinessCalendar c = BusinessCalendar.builder("spill", ZoneOffset.UTC)
                .hours(DayOfWeek.SUNDAY, WorkingInterval.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)))
                .specialHours(LocalDate.of(2026, 3, 2), iv("05:00-09:00")).build();
        assertThat(c.workingTimeBetween(at("2026-03-01T22:00:00Z"), at("2026-03-02T09:00:00Z")))
                .isEqualTo(Duration.ofHours(11));
        assertThat(c.plus(at("2026-03-01T22:00:00Z"), Duration.ofHours(11))).isEqualTo(at("2026-03-02T09:00:00Z"));
        assertThat(c.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 3, 3))).isFalse();
    }

    /** A Shanghai team's Mon-Fri 09:00-17:00, with a holiday on Monday 2026-03-09 when asked. */
    private static BusinessCalendar shanghaiTeam(boolean holidayOnMonday) {
        BusinessCalendar.Builder b = BusinessCalendar.builder("shanghai-team", ZoneId.of("Asia/Shanghai"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, iv("09:00-17:00"));
        if (holidayOnMonday) {
            b.holiday(LocalDate.of(2026, 3, 9));
        }
        return b.build();
    }

    @Test
    void withZone_readsTheSameLocalHoursInTheOtherZone_acrossNewYorksDstChange() {
        BusinessCalendar team = shanghaiTeam(false);
        BusinessCalendar customer = team.withZone(NEW_YORK);
        assertThat(customer.name()).isEqualTo("shanghai-team");
        assertThat(customer.zone()).isEqualTo(NEW_YORK);
        assertThat(customer.weeklySchedule()).isEqualTo(team.weeklySchedule());
        // Fri 2026-03-06 16:00 EST (-5) = 21:00Z = Sat 05:00 in Shanghai (+8).
        Instant received = at("2026-03-06T21:00:00Z");
        // In the team's zone: Mon 2026-03-09 09:00 +8 = 01:00Z, + 4 h = 05:00Z.
        assertThat(team.plus(received, Duration.ofHours(4))).isEqualTo(at("2026-03-09T05:00:00Z"));
        // In New York: Fri 16:00-17:00 EST is 1 h; clocks go forward on Sun 2026-03-08, so Mon 09:00
        // is EDT (-4) = 13:00Z; 3 h more = 16:00Z (an offset kept from Friday would give 17:00Z).
        assertThat(customer.plus(received, Duration.ofHours(4))).isEqualTo(at("2026-03-09T16:00:00Z"));
        assertThat(customer.nextWorkingTime(at("2026-03-07T00:00:00Z"))).isEqualTo(at("2026-03-09T13:00:00Z"));
        // Mon 13:30Z is 09:30 in New York (working) and 21:30 in Shanghai (not).
        assertThat(customer.isWorkingTime(at("2026-03-09T13:30:00Z"))).isTrue();
        assertThat(team.isWorkingTime(at("2026-03-09T13:30:00Z"))).isFalse();
        // Back in its own zone it is the team's calendar itself.
        assertThat(team.withZone(ZoneId.of("Asia/Shanghai"))).isSameAs(team);
    }

    @Test
    void withZone_holidaysAreLocalDatesOfTheOtherZone() {
        BusinessCalendar customer = shanghaiTeam(true).withZone(NEW_YORK);
        // Fri 16:00-17:00 EST is 1 h; Mon 2026-03-09 is a holiday from New York's midnight to
        // midnight; Tue 2026-03-10 09:00 EDT = 13:00Z, + 3 h = 16:00Z.
        assertThat(customer.plus(at("2026-03-06T21:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(at("2026-03-10T16:00:00Z"));
        assertThat(customer.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
    }

    @Test
    void withZone_nullIsRefusedNamingTheArgument() {
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> office(ZoneOffset.UTC).withZone(null)).withMessageContaining("zone");
    }

    /**
     * America/Phoenix left war time at 1944-01-01 00:01, its clocks going back to 1943-12-31 23:01
     * (tzdb, file northamerica: {@code -7:00 US M%sT 1944 Jan 1 0:01}). For the next hour the wall
     * clock reads the old year's last day while the instants lie after the new year's first
     * working instant: a 24×7 calendar still counts every one of them.
     */
    @Test
    void theClocksGoingBackAcrossNewYearLoseNoWorkingTime() {
        BusinessCalendar c = BusinessCalendar.twentyFourSeven("phoenix", ZoneId.of("America/Phoenix"));
        Instant change = Instant.parse("1944-01-01T06:01:00Z");
        Instant t = change.plus(Duration.ofMinutes(10));
        Instant earlier = change.minus(Duration.ofHours(10));
        assertThat(t.atZone(c.zone()).toLocalDate()).isEqualTo(LocalDate.of(1943, 12, 31));
        assertThat(c.isWorkingTime(t)).isTrue();
        assertThat(c.workingTimeBetween(earlier, t)).isEqualTo(Duration.ofMinutes(610));
        assertThat(c.previousWorkingTime(t)).isEqualTo(t);
        assertThat(c.minus(t, Duration.ofMinutes(30))).isEqualTo(t.minus(Duration.ofMinutes(30)));
        assertThat(c.plus(earlier, Duration.ofMinutes(610))).isEqualTo(t);
        assertThat(c.nextWorkingTime(t)).isEqualTo(t);

        // an office calendar: the instants on both sides of the change lie after Friday's 17:00
        // and before Monday's 09:00, so no working time lies between them, whichever year the
        // wall clock reads
        BusinessCalendar office = office(ZoneId.of("America/Phoenix"));
        Instant before = change.minusSeconds(1);
        assertThat(before.atZone(c.zone()).toLocalDate()).isEqualTo(LocalDate.of(1944, 1, 1));
        assertThat(office.workingTimeBetween(before, change)).isEqualTo(Duration.ZERO);
        assertThat(office.workingTimeBetween(before, t)).isEqualTo(Duration.ZERO);
        assertThat(office.workingTimeBetween(Instant.parse("1943-12-31T22:00:00Z"), t)).isEqualTo(Duration.ofHours(1));
    }
}
