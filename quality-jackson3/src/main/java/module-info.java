/**
 * JSON for Quality Loop's types with Jackson 3 ({@code tools.jackson}), for Spring Boot 4 and
 * other Jackson 3 applications: register {@link org.qualityloop.jackson3.QualityLoopModule} on a
 * {@code JsonMapper} builder, or use {@link org.qualityloop.jackson3.QualityLoopJson} for a mapper
 * configured for the documented shape and strict reading. It writes and reads the same JSON as
 * the Jackson 2 module {@code org.qualityloop.jackson}: both register the same mix-ins, from
 * {@code org.qualityloop.jackson.mixins}.
 *
 * <p>{@code org.qualityloop.jackson3.internal} holds the Jackson 3 set-up and deserializers and is
 * not exported. (The module name ends in the Jackson line's number on purpose, hence the
 * suppressed {@code module} lint.)
 */
@SuppressWarnings("module")
module org.qualityloop.jackson3 {
    requires transitive org.qualityloop.model;
    requires transitive org.qualityloop.metrics;
    requires transitive org.qualityloop.workflow;
    requires transitive org.qualityloop.insight;
    requires transitive tools.jackson.databind;
    requires org.qualityloop.jackson.mixins;

    exports org.qualityloop.jackson3;

    opens org.qualityloop.jackson3.internal to tools.jackson.databind;
}
