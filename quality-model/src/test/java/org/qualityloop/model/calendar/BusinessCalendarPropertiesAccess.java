package org.qualityloop.model.calendar;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Gives tests in other packages the random calendars of {@link BusinessCalendarProperties}, and the
 * minute-boundary calendars of {@link BusinessCalendarOperationsProperties} with their
 * minute-walking reference.
 */
public final class BusinessCalendarPropertiesAccess {

    private BusinessCalendarPropertiesAccess() {
    }

    /**
     * A random valid calendar.
     *
     * @param seed the seed
     * @return the calendar
     */
    public static BusinessCalendar calendar(long seed) {
        return BusinessCalendarProperties.calendar(seed);
    }

    /**
     * A random calendar whose every boundary is a whole minute, in one of a few zones with
     * daylight-saving changes.
     *
     * @param seed the seed
     * @return the calendar
     */
    public static BusinessCalendar walkedCalendar(long seed) {
        return BusinessCalendarOperationsProperties.calendar(seed);
    }

    /**
     * The reference's answer to "is this minute working time?", computed from the calendar's
     * schedule and exceptions by the documented rule without the calendar's own arithmetic.
     *
     * @param calendar a calendar whose boundaries are whole minutes
     * @return whether the minute starting at an instant (a whole minute) is working time
     */
    public static Predicate<Instant> workingMinute(BusinessCalendar calendar) {
        BusinessCalendarOperationsProperties.Walk walk = new BusinessCalendarOperationsProperties.Walk(calendar);
        return walk::working;
    }
}
