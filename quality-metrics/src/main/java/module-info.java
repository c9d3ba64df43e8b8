/**
 * Streaming, mergeable quality metrics and analyses over {@code org.qualityloop.model} types.
 */
module org.qualityloop.metrics {
    requires transitive org.qualityloop.model;

}
