package org.qualityloop.benchmarks.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.qualityloop.model.Priority;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;

/** The calendars and SLA policy the engine and store benchmarks run on. */
public final class Calendars {

    private Calendars() {
    }

    /**
     * A calendar by name.
     *
     * @param name {@code "24x7"} (UTC) or {@code "office"} (Mon–Fri 09:00–17:00 Europe/Berlin with holidays)
     * @return the calendar
     */
    public static BusinessCalendar named(String name) {
        if (name.equals("24x7")) {
            return BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC);
        }
        return BusinessCalendar.builder("berlin-office", ZoneId.of("Europe/Berlin"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00"))
                .holiday(MonthDay.of(1, 1)).holiday(MonthDay.of(5, 1)).holiday(MonthDay.of(10, 3))
                .holiday(MonthDay.of(12, 25)).holiday(MonthDay.of(12, 26))
                .specialHours(MonthDay.of(12, 24), WorkingInterval.parse("09:00-12:00"))
                .build();
    }

    /**
     * The SLA policy of the benchmarks.
     *
     * @return first response, next update, resolution and follow-up targets, with two warnings
     */
    public static SlaPolicy policy() {
        return new SlaPolicy("benchmark",
                List.of(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30),
                        SlaTarget.RESOLUTION, Duration.ofHours(4))).whenPriority(Priority.URGENT)),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.NEXT_UPDATE, Duration.ofHours(8),
                        SlaTarget.RESOLUTION, Duration.ofHours(16), SlaTarget.FOLLOW_UP, Duration.ofHours(8)),
                List.of(new SlaWarning.Share(new java.math.BigDecimal("0.75")),
                        new SlaWarning.Before(Duration.ofMinutes(30))),
                ReopenMode.RESTART);
    }
}
