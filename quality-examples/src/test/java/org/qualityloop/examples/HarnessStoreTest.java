package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store}: a run through the case store on H2 prints what the in-memory run prints. */
class HarnessStoreTest {

    private static final LongSupplier FROZEN = () -> 0L;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Optional<String> password, String... args) {
        out.reset();
        err.reset();
        return Harness.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), FROZEN, password);
    }

    private int run(String... args) {
        return run(Optional.empty(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String withoutThroughput(String text) {
        return Arrays.stream(text.split("\n")).filter(l -> !l.startsWith("  throughput:"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void h2InMemory_printsTheSameKpisAsTheInMemoryStore() {
        assertThat(run("--cases", "3000", "--seed", "11")).isZero();
        String memory = out();
        int status = run("--cases", "3000", "--seed", "11", "--store", "h2:mem");
        assertThat(err()).isEmpty();
        assertThat(status).isZero();
        assertThat(withoutThroughput(out())).isEqualTo(withoutThroughput(memory));
        assertThat(out()).contains("(store: H2 in memory)");
        assertThat(withoutThroughput(memory)).contains("== KPI scorecard").contains("== Feedback workflow");
    }

    @Test
    void h2File_printsTheSameKpis_andRefusesToRunAgainOnTheSameFile(@TempDir Path dir) {
        assertThat(run("--cases", "1500")).isZero();
        String memory = out();
        String store = "h2:" + dir.resolve("cases");
        assertThat(run("--cases", "1500", "--store", store)).isZero();
        assertThat(withoutThroughput(out())).isEqualTo(withoutThroughput(memory));
        assertThat(out()).contains("(store: H2 file " + dir.resolve("cases").toAbsolutePath() + ".mv.db)");

        assertThat(run("--cases", "1500", "--store", store)).isEqualTo(1);
        assertThat(err()).isEqualTo("the store H2 file " + dir.resolve("cases").toAbsolutePath()
                + ".mv.db already holds cases; the harness needs an empty one: use a new file or an empty database"
                + System.lineSeparator());
    }

    @Test
    void h2InMemory_withAnImprovement_runsBothRunsOnStoresOfTheirOwn() {
        assertThat(run("--cases", "2000", "--improvement", "on")).isZero();
        String memory = out();
        assertThat(run("--cases", "2000", "--improvement", "on", "--store", "h2:mem")).isZero();
        assertThat(withoutThroughput(out())).isEqualTo(withoutThroughput(memory));
    }

    @Test
    void improvement_onAFileStore_isAUsageError(@TempDir Path dir) {
        assertThat(run("--improvement", "on", "--store", "h2:" + dir.resolve("x"))).isEqualTo(2);
        assertThat(err()).startsWith("--improvement runs the scenario twice, each run on an empty store");
    }

    @Test
    void badStore_isOneClearLine() {
        assertThat(run("--store", "mysql://db")).isEqualTo(2);
        assertThat(err()).isEqualTo("--store must be memory, h2:mem, h2:<path> or a URL"
                + " jdbc:postgresql://host:port/database, but was 'mysql://db'" + System.lineSeparator());
        assertThat(run("--store", "jdbc:postgresql://localhost:5432/db?user=u&password=secret")).isEqualTo(2);
        assertThat(err()).doesNotContain("secret").contains("QUALITYLOOP_DB_PASSWORD");
        assertThat(run("--store", "jdbc:postgresql://localhost")).isEqualTo(2);
        assertThat(err()).startsWith("--store needs a PostgreSQL URL");
    }

    @Test
    void unreachableServer_isOneClearLine_withoutThePassword() {
        // Port 1 on the loopback interface: nothing listens there, so the connection is refused at once.
        assertThat(run(Optional.of("not-printed"), "--cases", "100", "--store",
                "jdbc:postgresql://127.0.0.1:1/qualityloop?user=someone&connectTimeout=2")).isEqualTo(1);
        assertThat(err()).startsWith("cannot connect to the store PostgreSQL jdbc:postgresql://127.0.0.1:1/qualityloop: ")
                .contains("SQLState 08").doesNotContain("not-printed").doesNotContain("?user");
        assertThat(err().strip()).doesNotContain("\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void help_listsTheStoreOption() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("--store <where>").contains("h2:<path>").contains("jdbc:postgresql://")
                .contains("--db-user <name>").contains(StoreOption.PASSWORD_VARIABLE);
    }
}
