/**
 * Quality Loop's domain of a service process: stages and touchpoints, channels and blueprint
 * lanes, feedback and complaints, service failures and recovery actions, survey responses and
 * KPI definitions.
 *
 * <p>The {@code internal} package holds shared argument checks and is exported only to Quality
 * Loop's own modules, which are not always on the module path when this one is compiled.
 */
@SuppressWarnings("module")
module org.qualityloop.model {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports org.qualityloop.model;
    exports org.qualityloop.model.feedback;
    exports org.qualityloop.model.survey;
    exports org.qualityloop.model.kpi;
    exports org.qualityloop.model.json;
    exports org.qualityloop.model.calendar;
    exports org.qualityloop.model.sla;
    exports org.qualityloop.model.outcome;

    opens org.qualityloop.model to com.fasterxml.jackson.databind;
    opens org.qualityloop.model.feedback to com.fasterxml.jackson.databind;
    opens org.qualityloop.model.survey to com.fasterxml.jackson.databind;
    opens org.qualityloop.model.kpi to com.fasterxml.jackson.databind;
    opens org.qualityloop.model.calendar to com.fasterxml.jackson.databind;
    opens org.qualityloop.model.sla to com.fasterxml.jackson.databind;
    opens org.qualityloop.model.outcome to com.fasterxml.jackson.databind;
    exports org.qualityloop.model.internal to
            org.qualityloop.metrics,
            org.qualityloop.workflow,
            org.qualityloop.examples;
}
