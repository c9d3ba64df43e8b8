package org.qualityloop.model;

/**
 * How serious a piece of feedback, a complaint or a service failure is, from the least to the most
 * serious. The seeds grade deviations as minor or severe and handle them accordingly; the four
 * grades here refine that. {@link #compareTo} orders from {@link #MINOR} to {@link #CRITICAL}.
 */
public enum Severity {
    /** An inconvenience with no lasting effect on the customer. */
    MINOR,
    /** A noticeable failure the customer expects to be put right. */
    MODERATE,
    /** A severe failure: a lost booking, a wrong charge, a missed trip. */
    MAJOR,
    /** A failure touching safety, law or many customers at once. */
    CRITICAL
}
