package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.BacklogAge;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;

/**
 * The golden fixtures of the accumulators in {@code json-fixtures/}, one file per type named
 * {@code <Type>.json}: each reads, writes back byte for byte, and a duplicate of its first key
 * is rejected. Fixtures are never regenerated.
 */
class MetricsFixturesTest {

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("NpsAccumulator", NpsAccumulator.class),
            Map.entry("CsatAccumulator", CsatAccumulator.class),
            Map.entry("CesAccumulator", CesAccumulator.class),
            Map.entry("TimeDistribution", TimeDistribution.class),
            Map.entry("FirstContactResolution", FirstContactResolution.class),
            Map.entry("HandlingTime", HandlingTime.class),
            Map.entry("SlaCompliance", SlaCompliance.class),
            Map.entry("ComplaintRate", ComplaintRate.class),
            Map.entry("CaseOutcomeRates", CaseOutcomeRates.class),
            Map.entry("ImprovementActionExecution", ImprovementActionExecution.class),
            Map.entry("BacklogAge", BacklogAge.class),
            Map.entry("KanoTally", KanoTally.class),
            Map.entry("ServqualAccumulator", ServqualAccumulator.class));

    static Stream<String> accumulators() {
        return TYPES.keySet().stream().sorted();
    }

    private static String fixture(String type) {
        String path = "/json-fixtures/" + type + ".json";
        try (InputStream in = MetricsFixturesTest.class.getResourceAsStream(path)) {
            return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("accumulators")
    void fixture_readsAndWritesBackByteForByte(String type) {
        String json = fixture(type);
        Object value = QualityLoopJson.read(json, TYPES.get(type));
        assertThat(QualityLoopJson.write(value)).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("accumulators")
    void fixture_withItsFirstKeyRepeated_isRejected(String type) {
        String json = fixture(type);
        String firstKey = json.substring(1, json.indexOf(':'));
        // The repeated key carries a value that would be read without complaint on its own.
        String firstValue = QualityLoopJson.write(QualityLoopJson.read(json, TYPES.get(type)))
                .substring(firstKey.length() + 2, json.indexOf(',') == -1 ? json.length() - 1 : json.indexOf(','));
        String duplicated = json.substring(0, json.length() - 1) + "," + firstKey + ":" + firstValue + "}";
        assertThatThrownBy(() -> QualityLoopJson.read(duplicated, TYPES.get(type)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate key " + firstKey);
    }

    /** The NPS-shaped duplicate is refused by every accumulator, by NPS because of the duplicate. */
    @ParameterizedTest
    @MethodSource("accumulators")
    void npsShapedDuplicate_isRejectedByEveryAccumulator(String type) {
        String json = "{\"promoters\":1,\"passives\":2,\"detractors\":3,\"promoters\":-5}";
        assertThatThrownBy(() -> QualityLoopJson.read(json, TYPES.get(type)))
                .isInstanceOf(IllegalArgumentException.class);
        if (type.equals("NpsAccumulator")) {
            assertThatThrownBy(() -> QualityLoopJson.read(json, NpsAccumulator.class))
                    .hasMessageContaining("duplicate key \"promoters\"");
        }
    }

    @Test
    void everyAccumulatorHasAFixture() {
        List<String> missing = accumulators()
                .filter(type -> MetricsFixturesTest.class.getResource("/json-fixtures/" + type + ".json") == null)
                .toList();
        assertThat(missing).isEmpty();
    }
}
