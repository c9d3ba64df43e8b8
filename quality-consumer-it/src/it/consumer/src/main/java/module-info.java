/** A user's module that reads Quality Loop's model and embeds its workflow by module name. */
module com.example.consumer {
    requires org.qualityloop.model;
    requires org.qualityloop.workflow;

    exports com.example.consumer;
}
