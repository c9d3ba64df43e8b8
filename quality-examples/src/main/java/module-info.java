/**
 * The example harness: scenarios from the seed documents run end to end.
 */
module org.qualityloop.examples {
    requires org.qualityloop.model;
    requires org.qualityloop.metrics;
    requires org.qualityloop.workflow;

}
