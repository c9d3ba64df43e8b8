/** A user's module that keeps case histories as JSON with Jackson 3. */
module com.example.history {
    requires org.qualityloop.jackson3;

    exports com.example.history;
}
