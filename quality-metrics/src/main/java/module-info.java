/**
 * Streaming, mergeable quality metrics and analyses over {@code org.qualityloop.model} types.
 *
 * <p>{@code org.qualityloop.metrics} holds the accumulators (NPS, CSAT, time distributions) and
 * their results; {@code org.qualityloop.metrics.internal} holds numerical helpers and is not
 * exported.
 */
module org.qualityloop.metrics {
    requires transitive org.qualityloop.model;
    // Transitional: the accumulators' Jackson annotations move to quality-jackson.
    requires com.fasterxml.jackson.databind;

    exports org.qualityloop.metrics;
    exports org.qualityloop.metrics.analysis;

    opens org.qualityloop.metrics to com.fasterxml.jackson.databind;
    opens org.qualityloop.metrics.analysis to com.fasterxml.jackson.databind;
}
