package org.qualityloop.model.calendar;

/** Gives tests in other packages the random calendars of {@link BusinessCalendarProperties}. */
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
}
