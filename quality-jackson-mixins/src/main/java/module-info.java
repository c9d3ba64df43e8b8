/**
 * The JSON shape of Quality Loop's types, as mix-ins that use only the annotations of
 * {@code com.fasterxml.jackson.annotation}: one set, registered by both {@code quality-jackson}
 * (Jackson 2) and {@code quality-jackson3} (Jackson 3), so the two write and read the same JSON.
 *
 * <p>Not an API: the package is exported only to those two modules, and opened to both databind
 * modules so that they can read the mix-ins. A module that is absent when this one is compiled is
 * named all the same.
 */
@SuppressWarnings("module")
module org.qualityloop.jackson.mixins {
    requires transitive org.qualityloop.model;
    requires transitive org.qualityloop.metrics;
    requires transitive org.qualityloop.workflow;
    requires transitive org.qualityloop.insight;
    requires transitive com.fasterxml.jackson.annotation;

    exports org.qualityloop.jackson.mixins to
            org.qualityloop.jackson,
            org.qualityloop.jackson3;

    opens org.qualityloop.jackson.mixins to
            com.fasterxml.jackson.databind,
            tools.jackson.databind;
}
