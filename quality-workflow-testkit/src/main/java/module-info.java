/**
 * The contract suite of the case store SPI: extend
 * {@link org.qualityloop.workflow.testkit.CaseStoreContract} in a test of your own store.
 */
module org.qualityloop.workflow.testkit {
    requires transitive org.qualityloop.workflow;
    requires transitive org.junit.jupiter.api;

    exports org.qualityloop.workflow.testkit;
    opens org.qualityloop.workflow.testkit to org.junit.platform.commons;
}
