/**
 * A lightweight state machine and the closed-loop feedback case engine.
 *
 * <p>{@code org.qualityloop.workflow.machine} is the generic state machine;
 * {@code org.qualityloop.workflow.cases} the feedback-closure lifecycle and its events;
 * {@code org.qualityloop.workflow.engine} the case service integrators embed, with its repository
 * SPI, SLA monitor and escalation; {@code org.qualityloop.workflow.knowledge} the knowledge-base
 * SPI. The JSON form of the events is in the separate {@code quality-jackson} module.
 */
module org.qualityloop.workflow {
    requires transitive org.qualityloop.model;
    requires org.slf4j;

    exports org.qualityloop.workflow.machine;
    exports org.qualityloop.workflow.cases;
    exports org.qualityloop.workflow.engine;
    exports org.qualityloop.workflow.store;
    exports org.qualityloop.workflow.knowledge;
}
