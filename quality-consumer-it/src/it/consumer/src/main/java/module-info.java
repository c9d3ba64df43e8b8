/** A user's module that reads Quality Loop's model by its module name. */
module com.example.consumer {
    requires org.qualityloop.model;

    exports com.example.consumer;
}
