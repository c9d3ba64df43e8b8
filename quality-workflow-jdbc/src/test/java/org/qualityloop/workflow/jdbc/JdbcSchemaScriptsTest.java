package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripts in the jar, their names and how they split into statements; the dialects by product name. */
class JdbcSchemaScriptsTest {

    @Test
    void scripts_areNamedForFlywayAndLiquibase_onePerDatabaseAndVersion() {
        assertThat(JdbcSchema.scripts(Dialect.POSTGRESQL)).containsExactly(
                "db/qualityloop/postgresql/V1__case_store.sql", "db/qualityloop/postgresql/V2__personal_data.sql",
                "db/qualityloop/postgresql/V3__feed_sequence.sql");
        assertThat(JdbcSchema.scripts(Dialect.H2))
                .containsExactly("db/qualityloop/h2/V1__case_store.sql", "db/qualityloop/h2/V2__personal_data.sql",
                        "db/qualityloop/h2/V3__feed_sequence.sql");
        for (Dialect d : Dialect.values()) {
            String script = JdbcSchema.script(d, 1);
            assertThat(script).contains("CREATE TABLE ql_event").endsWith("VALUES (1, 'case store');\n");
            assertThat(JdbcSchema.script(d, 2)).contains("CREATE TABLE ql_personal_data")
                    .contains("CREATE INDEX ql_personal_data_customer").contains("CREATE TABLE ql_case_erased")
                    .endsWith("VALUES (2, 'personal data kept apart');\n");
        }
        assertThat(JdbcSchema.script(Dialect.POSTGRESQL, 3)).contains("CREATE SEQUENCE ql_feed_seq")
                .contains("DROP TABLE ql_feed_counter").endsWith("VALUES (3, 'feed positions from a sequence');\n");
        assertThat(JdbcSchema.script(Dialect.H2, 3)).doesNotContain("ql_feed_seq")
                .endsWith("VALUES (3, 'feed positions from a sequence');\n");
        assertThat(JdbcSchema.script(Dialect.POSTGRESQL, 1)).contains("JSONB").contains("COLLATE \"C\"");
        assertThat(JdbcSchema.script(Dialect.H2, 1)).doesNotContain("JSONB").contains("payload         JSON NOT NULL");
        assertThatThrownBy(() -> JdbcSchema.script(Dialect.H2, JdbcSchema.LATEST + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must be between 1 and " + JdbcSchema.LATEST + ", but was " + (JdbcSchema.LATEST + 1));
    }

    @Test
    void statements_endAtASemicolonAtTheEndOfALine_withoutComments() {
        List<String> sql = JdbcSchema.statements(
                "-- a comment\nCREATE TABLE t (\n  a INT -- why\n);\n\nINSERT INTO t VALUES (1);\n");
        assertThat(sql).containsExactly("CREATE TABLE t (\n  a INT -- why\n)", "INSERT INTO t VALUES (1)");
        assertThat(JdbcSchema.statements("CREATE FUNCTION f() RETURNS INT AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$;\nSELECT 1;\n"))
                .containsExactly("CREATE FUNCTION f() RETURNS INT AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$", "SELECT 1");
        assertThatThrownBy(() -> JdbcSchema.statements("SELECT 1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("semicolon");
    }

    @Test
    void ofProductName_knowsPostgresqlAndH2_only() {
        assertThat(Dialect.ofProductName("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.ofProductName("H2")).isEqualTo(Dialect.H2);
        assertThatThrownBy(() -> Dialect.ofProductName("MySQL")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("productName must be PostgreSQL or H2, but was MySQL");
    }
}
