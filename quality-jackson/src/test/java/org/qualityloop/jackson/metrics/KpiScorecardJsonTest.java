package org.qualityloop.jackson.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qualityloop.jackson.QualityLoopJson;
import org.qualityloop.metrics.KpiScorecard.Counts;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.kpi.ReviewFrequency;

/**
 * The scorecard's JSON: rows round-trip with and without a measurement, and a status that
 * contradicts its definition is refused. What the scorecard computes is tested in quality-metrics.
 */
class KpiScorecardJsonTest {

    private static final KpiId ACCURACY = KpiId.of("service-accuracy");
    private static final KpiId RESPONSE = KpiId.of("response-time");
    private static final KpiId SATISFACTION = KpiId.of("satisfaction-score");
    private static final KpiId CUSTOMER_VALUE = KpiId.of("customer-value");

    /**
     * The course seed's KPI table (shared domain notes, "Measuring quality"): quality — service
     * accuracy ≥ 95 %, weekly; efficiency — response time &lt; 15 min, daily; satisfaction —
     * 4.5 / 5, monthly; financial — customer value +10 % year on year, quarterly. The at-risk
     * thresholds (90 %, 20 min, 4.2, +5 %) are this test's choice; the table gives none.
     */
    static List<KpiDefinition> courseKpis() {
        return List.of(
                KpiDefinition.builder(ACCURACY, "Service accuracy")
                        .unit(KpiUnit.PERCENT).atLeast("95").atRisk("90").reviewed(ReviewFrequency.WEEKLY).build(),
                KpiDefinition.builder(RESPONSE, "Response time")
                        .unit(KpiUnit.MINUTES).atMost("15").atRisk("20").reviewed(ReviewFrequency.DAILY).build(),
                KpiDefinition.builder(SATISFACTION, "Satisfaction score (out of 5)")
                        .unit(KpiUnit.SCORE).atLeast("4.5").atRisk("4.2").reviewed(ReviewFrequency.MONTHLY).build(),
                KpiDefinition.builder(CUSTOMER_VALUE, "Customer value")
                        .unit(KpiUnit.PERCENT_CHANGE_YEAR_ON_YEAR).atLeast("10").atRisk("5")
                        .reviewed(ReviewFrequency.QUARTERLY).build());
    }

    private static Map<KpiId, BigDecimal> values(Object... idsAndValues) {
        Map<KpiId, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            map.put((KpiId) idsAndValues[i], new BigDecimal((String) idsAndValues[i + 1]));
        }
        return map;
    }

    @Test
    void json_roundTrips_includingNoData() {
        KpiScorecard card = KpiScorecard.of(courseKpis(),
                values(ACCURACY, "96.2", RESPONSE, "17", SATISFACTION, "4.1"));
        String json = QualityLoopJson.write(card);
        assertThat(json).contains("\"measured\":96.2,\"status\":\"MET\"")
                .contains("\"measured\":null,\"status\":null");
        KpiScorecard read = QualityLoopJson.read(json, KpiScorecard.class);
        assertThat(read).isEqualTo(card);
        assertThat(read.counts()).isEqualTo(new Counts(1, 1, 1, 1));
    }

    @Test
    void json_statusThatContradictsTheDefinition_isRejected() {
        String json = QualityLoopJson.write(KpiScorecard.of(courseKpis(), values(SATISFACTION, "4.1")))
                .replace("\"status\":\"MISSED\"", "\"status\":\"MET\"");
        assertThatThrownBy(() -> QualityLoopJson.read(json, KpiScorecard.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows[2]: status of KPI 'satisfaction-score' must be MISSED, but was MET");
    }



    @Property(tries = 200)
    void json_anyMeasurements_roundTrip(@ForAll("measurements") List<Optional<BigDecimal>> measured) {
        List<KpiDefinition> kpis = courseKpis();
        Map<KpiId, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < kpis.size(); i++) {
            KpiId id = kpis.get(i).id();
            measured.get(i).ifPresent(v -> values.put(id, v));
        }
        KpiScorecard card = KpiScorecard.of(kpis, values);
        assertThat(QualityLoopJson.read(QualityLoopJson.write(card), KpiScorecard.class)).isEqualTo(card);
    }

    @Provide
    Arbitrary<List<Optional<BigDecimal>>> measurements() {
        Arbitrary<Optional<BigDecimal>> value = Arbitraries.bigDecimals()
                .between(new BigDecimal("-50"), new BigDecimal("150")).ofScale(2).optional();
        return value.list().ofSize(4);
    }
}
