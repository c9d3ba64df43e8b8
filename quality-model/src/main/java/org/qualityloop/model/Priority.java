package org.qualityloop.model;

/**
 * How urgently a case must be handled, which selects its SLA targets. Priority is set (and may be
 * changed) by whoever handles the case, often from its {@link Severity} and the customer's
 * segment. {@link #compareTo} orders from {@link #LOW} to {@link #URGENT}.
 */
public enum Priority {
    /** Handle in the normal course of work. */
    LOW,
    /** The default priority. */
    MEDIUM,
    /** Handle before medium and low cases. */
    HIGH,
    /** Handle at once. */
    URGENT
}
