/**
 * Business calendars: working time in an IANA time zone with weekly hours and date exceptions, and
 * exact working-time arithmetic on instants (deadlines, working time between instants, working
 * days), correct across daylight-saving changes.
 */
package org.qualityloop.model.calendar;
