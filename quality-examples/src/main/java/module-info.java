/**
 * The example harness: scenarios from the seed documents run end to end.
 */
module org.qualityloop.examples {
    requires transitive org.qualityloop.model;
    requires transitive org.qualityloop.metrics;
    requires transitive org.qualityloop.workflow;
    requires transitive org.qualityloop.insight;
    requires org.qualityloop.workflow.jdbc;
    requires org.qualityloop.jackson;

    exports org.qualityloop.examples;
    exports org.qualityloop.examples.scenario;
    exports org.qualityloop.examples.simulation;
    exports org.qualityloop.examples.report;
    exports org.qualityloop.examples.testing;

    opens org.qualityloop.examples.internal.results to com.fasterxml.jackson.databind;
    // Jackson binds scenario files to the reader's records there; the package stays unexported.
    opens org.qualityloop.examples.internal to com.fasterxml.jackson.databind;
}
