/**
 * The case store on PostgreSQL and H2 over plain JDBC:
 * {@link org.qualityloop.workflow.jdbc.JdbcCaseStore} implements the
 * {@code org.qualityloop.workflow.store.CaseStore} SPI on a {@code DataSource} the integrator owns,
 * and {@link org.qualityloop.workflow.jdbc.JdbcSchema} installs and checks its versioned SQL
 * scripts. {@code org.qualityloop.workflow.jdbc.internal} holds the SQL and the JSON codec and is
 * not exported.
 */
module org.qualityloop.workflow.jdbc {
    requires transitive org.qualityloop.workflow;
    requires transitive java.sql;
    requires org.qualityloop.jackson;

    exports org.qualityloop.workflow.jdbc;
}
