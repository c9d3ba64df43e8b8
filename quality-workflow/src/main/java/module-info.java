/**
 * A lightweight state machine and the closed-loop feedback case engine.
 */
module org.qualityloop.workflow {
    requires transitive org.qualityloop.model;
    requires org.slf4j;

    exports org.qualityloop.workflow.machine;
}
