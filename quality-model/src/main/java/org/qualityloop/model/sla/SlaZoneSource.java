package org.qualityloop.model.sla;

/**
 * Where the time zone a target is measured in comes from, as an {@link SlaPolicy} says per target
 * ({@link SlaPolicy#zoneSources()}): the working hours and holidays always come from the target's
 * calendar, the zone they are read in from here. ServiceNow calls this an SLA's "time-zone source".
 */
public enum SlaZoneSource {
    /** The calendar's own zone: a team's office hours as the team keeps them (the default). */
    CALENDAR,
    /**
     * The case's zone ({@link SlaContext#zone()}, the customer's), when the case has one: the
     * calendar's local hours and holiday dates read on the customer's wall clock
     * ({@link org.qualityloop.model.calendar.BusinessCalendar#withZone}); the calendar's own zone
     * when the case has none.
     */
    CASE
}
