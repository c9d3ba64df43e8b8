package org.qualityloop.workflow.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JDBC store's own behaviour on H2 in memory. */
class H2CaseStoreTest extends JdbcCaseStoreBehaviour {
    @Override
    DataSource dataSource() {
        return Databases.h2();
    }

    @Test
    void h2InMemory_nameBreakingTheUrl_isRefused() {
        assertThatThrownBy(() -> JdbcCaseStore.h2InMemory("a;INIT=RUNSCRIPT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be non-blank without ';' or ':', but was a;INIT=RUNSCRIPT");
    }
}
