/**
 * JSON for Quality Loop's types with Jackson 2: register
 * {@link org.qualityloop.jackson.QualityLoopModule} on an {@code ObjectMapper}, or use
 * {@link org.qualityloop.jackson.QualityLoopJson} for a mapper configured for the documented
 * shape and strict reading.
 *
 * <p>The mix-ins come from {@code org.qualityloop.jackson.mixins}, shared with the Jackson 3 module
 * {@code org.qualityloop.jackson3}; {@code org.qualityloop.jackson.internal} holds the Jackson 2
 * set-up and deserializers and is not exported.
 */
module org.qualityloop.jackson {
    requires transitive org.qualityloop.model;
    requires transitive org.qualityloop.metrics;
    requires transitive org.qualityloop.workflow;
    requires transitive org.qualityloop.insight;
    requires org.qualityloop.jackson.mixins;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports org.qualityloop.jackson;

    opens org.qualityloop.jackson.internal to com.fasterxml.jackson.databind;
}
