package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.qualityloop.metrics.KpiScorecard.Counts;
import org.qualityloop.metrics.KpiScorecard.Row;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiStatus;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.kpi.ReviewFrequency;

class KpiScorecardTest {

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
    void of_courseTable_gradesMetAtRiskMissedAndNoData() {
        KpiScorecard card = KpiScorecard.of(courseKpis(),
                values(ACCURACY, "96.2", RESPONSE, "17", SATISFACTION, "4.1"));

        assertThat(card.rows()).extracting(row -> row.definition().id())
                .containsExactly(ACCURACY, RESPONSE, SATISFACTION, CUSTOMER_VALUE);
        assertThat(card.rows()).extracting(Row::status).containsExactly(
                Optional.of(KpiStatus.MET), Optional.of(KpiStatus.AT_RISK), Optional.of(KpiStatus.MISSED),
                Optional.empty());
        Row noData = card.row(CUSTOMER_VALUE).orElseThrow();
        assertThat(noData.hasData()).isFalse();
        assertThat(noData.measured()).isEmpty();
        assertThat(card.row(ACCURACY).orElseThrow().measured()).contains(new BigDecimal("96.2"));
        assertThat(card.counts()).isEqualTo(new Counts(1, 1, 1, 1));
        assertThat(card.counts().total()).isEqualTo(4);
        assertThat(card.row(KpiId.of("nps"))).isEmpty();
    }

    @Test
    void of_lowerIsBetter_honoursDirectionAndBoundaries() {
        // "< 15 min" is read as "at most 15 minutes" (KpiDefinition); 20 is the at-risk edge.
        assertThat(KpiScorecard.of(courseKpis(), values(RESPONSE, "15")).row(RESPONSE).orElseThrow().status())
                .contains(KpiStatus.MET);
        assertThat(KpiScorecard.of(courseKpis(), values(RESPONSE, "20")).row(RESPONSE).orElseThrow().status())
                .contains(KpiStatus.AT_RISK);
        assertThat(KpiScorecard.of(courseKpis(), values(RESPONSE, "20.01")).row(RESPONSE).orElseThrow().status())
                .contains(KpiStatus.MISSED);
        assertThat(KpiScorecard.of(courseKpis(), values(RESPONSE, "3")).row(RESPONSE).orElseThrow().status())
                .contains(KpiStatus.MET);
    }

    @Test
    void of_noValues_reportsEveryKpiAsNoData() {
        KpiScorecard card = KpiScorecard.of(courseKpis(), Map.of());
        assertThat(card.counts()).isEqualTo(new Counts(0, 0, 0, 4));
        assertThat(card.rows()).noneMatch(Row::hasData);
    }

    @Test
    void of_noDefinitions_isEmpty() {
        KpiScorecard card = KpiScorecard.of(List.of(), Map.of());
        assertThat(card.rows()).isEmpty();
        assertThat(card.counts()).isEqualTo(new Counts(0, 0, 0, 0));
    }

    @Test
    void of_valueForUnknownKpi_isRejectedNamingIt() {
        assertThatThrownBy(() -> KpiScorecard.of(courseKpis(),
                values(ACCURACY, "96", KpiId.of("order-accuracy"), "99")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measured must only hold values for defined KPIs, but had unknown KPI ids "
                        + "[order-accuracy]");
    }

    @Test
    void of_duplicateDefinitions_areRejectedNamingTheId() {
        List<KpiDefinition> twice = new ArrayList<>(courseKpis());
        twice.add(KpiDefinition.builder(RESPONSE, "Response time again")
                .unit(KpiUnit.MINUTES).atMost("10").atRisk("12").reviewed(ReviewFrequency.WEEKLY).build());
        assertThatThrownBy(() -> KpiScorecard.of(twice, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("definitions must have distinct ids, but 'response-time' was defined more than once");
    }

    @Test
    void of_nullValue_isRejected() {
        Map<KpiId, BigDecimal> withNull = new HashMap<>();
        withNull.put(ACCURACY, null);
        assertThatThrownBy(() -> KpiScorecard.of(courseKpis(), withNull))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("measured must not contain null keys or values");
    }

    /**
     * Stages from the travel seed's monitoring table: booking (order accuracy, response time) and
     * after-sales (resolution rate); NPS here is programme-wide. Thresholds are this test's choice.
     */
    @Test
    void groupsByStage_inOrderOfFirstAppearance_withCountsPerStage() {
        KpiDefinition orderAccuracy = KpiDefinition.builder("order-accuracy", "Order accuracy").stage("booking")
                .unit(KpiUnit.PERCENT).atLeast("98").atRisk("95").reviewed(ReviewFrequency.WEEKLY).build();
        KpiDefinition resolution = KpiDefinition.builder("resolution-rate", "Resolution rate").stage("after-sales")
                .unit(KpiUnit.PERCENT).atLeast("90").atRisk("85").reviewed(ReviewFrequency.MONTHLY).build();
        KpiDefinition bookingResponse = KpiDefinition.builder("booking-response", "Response time").stage("booking")
                .unit(KpiUnit.MINUTES).atMost("15").atRisk("20").reviewed(ReviewFrequency.DAILY).build();
        KpiDefinition nps = KpiDefinition.builder("nps", "Net Promoter Score")
                .unit(KpiUnit.NPS).atLeast("30").atRisk("20").reviewed(ReviewFrequency.QUARTERLY).build();

        KpiScorecard card = KpiScorecard.of(List.of(orderAccuracy, resolution, bookingResponse, nps), values(
                orderAccuracy.id(), "99.1", bookingResponse.id(), "25", nps.id(), "24"));

        StageId booking = StageId.of("booking");
        StageId afterSales = StageId.of("after-sales");
        assertThat(card.rowsByStage()).containsOnlyKeys(booking, afterSales);
        assertThat(card.rowsByStage().keySet()).containsExactly(booking, afterSales);
        assertThat(card.rowsByStage().get(booking)).extracting(Row::definition)
                .containsExactly(orderAccuracy, bookingResponse);
        assertThat(card.counts(booking)).isEqualTo(new Counts(1, 0, 1, 0));
        assertThat(card.counts(afterSales)).isEqualTo(new Counts(0, 0, 0, 1));
        assertThat(card.rowsWithoutStage()).extracting(Row::definition).containsExactly(nps);
        assertThat(card.countsWithoutStage()).isEqualTo(new Counts(0, 1, 0, 0));
        assertThat(card.counts(StageId.of("payment"))).isEqualTo(new Counts(0, 0, 0, 0));
        assertThat(card.counts()).isEqualTo(new Counts(1, 1, 1, 1));
        assertThatThrownBy(() -> card.rowsByStage().put(booking, List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
    }



    @Test
    void row_statusWithoutValue_isRejected() {
        KpiDefinition accuracy = courseKpis().get(0);
        assertThatThrownBy(() -> new Row(accuracy, Optional.empty(), Optional.of(KpiStatus.MISSED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status of KPI 'service-accuracy' must be absent (no data), but was MISSED");
    }

    @Test
    void counts_negative_isRejected() {
        assertThatThrownBy(() -> new Counts(0, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atRisk must not be negative, but was -1");
    }

    @Provide
    Arbitrary<List<Optional<BigDecimal>>> measurements() {
        Arbitrary<Optional<BigDecimal>> value = Arbitraries.bigDecimals()
                .between(new BigDecimal("-50"), new BigDecimal("150")).ofScale(2).optional();
        return value.list().ofSize(4);
    }

    @Property(tries = 300)
    void everyRowIsGradedByItsDefinitionAndCountsAddUp(@ForAll("measurements") List<Optional<BigDecimal>> measured) {
        List<KpiDefinition> kpis = courseKpis();
        Map<KpiId, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < kpis.size(); i++) {
            KpiId id = kpis.get(i).id();
            measured.get(i).ifPresent(v -> map.put(id, v));
        }
        KpiScorecard card = KpiScorecard.of(kpis, map);

        for (int i = 0; i < kpis.size(); i++) {
            Row row = card.rows().get(i);
            assertThat(row.definition()).isEqualTo(kpis.get(i));
            assertThat(row.measured()).isEqualTo(measured.get(i));
            assertThat(row.status()).isEqualTo(measured.get(i).map(kpis.get(i)::status));
        }
        Counts counts = card.counts();
        assertThat(counts.total()).isEqualTo(kpis.size());
        assertThat(counts.noData()).isEqualTo((int) measured.stream().filter(Optional::isEmpty).count());
        assertThat(counts).isEqualTo(card.countsWithoutStage());
    }
}
