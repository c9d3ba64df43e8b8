/**
 * Quality Loop's domain of a service process: stages and touchpoints, channels and blueprint
 * lanes, feedback and complaints, service failures and recovery actions, survey responses and
 * KPI definitions. It depends on the JDK alone; the JSON mapping is the separate
 * {@code quality-jackson} module.
 *
 * <p>The {@code internal} package holds shared argument checks and is exported only to Quality
 * Loop's own modules, which are not always on the module path when this one is compiled.
 */
@SuppressWarnings("module")
module org.qualityloop.model {
    exports org.qualityloop.model;
    exports org.qualityloop.model.feedback;
    exports org.qualityloop.model.survey;
    exports org.qualityloop.model.kpi;
    exports org.qualityloop.model.calendar;
    exports org.qualityloop.model.sla;
    exports org.qualityloop.model.outcome;

    exports org.qualityloop.model.internal to
            org.qualityloop.metrics,
            org.qualityloop.workflow,
            org.qualityloop.insight;
}
