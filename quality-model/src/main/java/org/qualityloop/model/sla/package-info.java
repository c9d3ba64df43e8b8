/**
 * Service-level agreements: policies that choose working-time targets per priority, severity,
 * channel, category or segment, and immutable SLA clocks that measure them on a
 * {@link org.qualityloop.model.calendar.BusinessCalendar}.
 */
package org.qualityloop.model.sla;
