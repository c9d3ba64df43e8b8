/**
 * Streaming, mergeable quality metrics and analyses over {@code org.qualityloop.model} types.
 *
 * <p>{@code org.qualityloop.metrics} holds the accumulators (NPS, CSAT, time distributions) and
 * their results; {@code org.qualityloop.metrics.internal} holds numerical helpers and is not
 * exported.
 */
module org.qualityloop.metrics {
    requires transitive org.qualityloop.model;

    exports org.qualityloop.metrics;
    exports org.qualityloop.metrics.analysis;
}
