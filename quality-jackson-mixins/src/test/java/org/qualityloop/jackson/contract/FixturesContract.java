package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityloop.workflow.cases.CaseEvent;

/**
 * Every file of {@code json-fixtures/} (copied to the test class path by each JSON module) reads
 * to its type of {@link FixtureTypes} and writes back byte for byte; the schema-1 history reads
 * and writes back as the same JSON. Fixtures are never regenerated.
 */
public abstract class FixturesContract {

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();

    static Stream<String> files() throws IOException, URISyntaxException {
        URL dir = Objects.requireNonNull(FixturesContract.class.getResource("/json-fixtures"), "/json-fixtures");
        try (Stream<Path> listing = Files.list(Path.of(dir.toURI()))) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .toList().stream();
        }
    }

    private static String read(String file) throws IOException {
        try (var in = FixturesContract.class.getResourceAsStream("/json-fixtures/" + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFixture_readsToItsTypeAndWritesBackByteForByte(String file) throws Exception {
        String json = read(file);
        if (file.equals(FixtureTypes.HISTORY_V1)) {
            List<CaseEvent> history = codec().readHistory(json);
            assertThat(history).isNotEmpty();
            assertThat(codec().tree(codec().writeHistory(history))).isEqualTo(codec().tree(json));
            return;
        }
        String name = file.substring(0, file.length() - ".json".length());
        assertThat(FixtureTypes.TYPES).as("type of %s", file).containsKey(name);
        Object value = codec().read(json, FixtureTypes.TYPES.get(name));
        assertThat(value).isInstanceOf(FixtureTypes.TYPES.get(name));
        assertThat(codec().write(value)).isEqualTo(json);
    }

    @Test
    void everyTypeOfTheTable_hasAFixture() throws Exception {
        List<String> present = files().toList();
        assertThat(present).contains(FixtureTypes.HISTORY_V1);
        assertThat(FixtureTypes.TYPES.keySet().stream().map(n -> n + ".json").filter(f -> !present.contains(f)))
                .isEmpty();
    }
}
