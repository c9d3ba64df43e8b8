package org.qualityloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.survey.CesResponse;
import org.qualityloop.model.survey.CesScale;
import org.qualityloop.model.survey.CsatResponse;
import org.qualityloop.model.survey.NpsResponse;
import org.qualityloop.model.survey.SurveyContext;

class SurveyResponseAdaptersTest {

    private static final SurveyContext CONTEXT =
            SurveyContext.of(CustomerId.of("c-1"), Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void nps_addResponse_countsLikeTheScore() {
        NpsAccumulator fromResponses = new NpsAccumulator();
        for (int score : new int[] {10, 9, 8, 7, 6, 0}) {
            fromResponses.add(NpsResponse.of(CONTEXT, score));
        }
        assertThat(fromResponses).isEqualTo(NpsAccumulator.of(2, 2, 2));
    }

    @Test
    void nps_addNullResponse_isRejected() {
        assertThatThrownBy(() -> new NpsAccumulator().add((NpsResponse) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("response must not be null");
    }

    @Test
    void csat_addResponse_countsOnTheOneToFiveScale() {
        CsatAccumulator csat = CsatAccumulator.oneToFive();
        csat.add(CsatResponse.of(CONTEXT, 5));
        csat.add(CsatResponse.of(CONTEXT, 4));
        csat.add(CsatResponse.of(CONTEXT, 1));
        assertThat(csat.counts()).containsExactly(1L, 0L, 0L, 1L, 1L);
        assertThat(csat.result().orElseThrow().topTwoBoxShare()).isEqualTo(2.0 / 3);
    }

    @Test
    void csat_addResponse_toAnotherScale_isRejected() {
        CsatAccumulator tenPoint = CsatAccumulator.ofScale(0, 10);
        assertThatThrownBy(() -> tenPoint.add(CsatResponse.of(CONTEXT, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accumulator scale must be 1–5 to add a CsatResponse, but was 0–10");
        assertThat(tenPoint.count()).isZero();
    }

    @Test
    void ces_addResponse_onTheFormsScale_counts() {
        CesAccumulator agreement = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        agreement.add(CesResponse.of(CONTEXT, 7));
        agreement.add(CesResponse.of(CONTEXT, CesScale.AGREEMENT_7, 1));
        assertThat(agreement.counts()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);

        CesAccumulator effort = CesAccumulator.of(CesForm.EFFORT_1_TO_5);
        effort.add(CesResponse.of(CONTEXT, CesScale.EFFORT_5, 2));
        assertThat(effort.counts()).containsExactly(0L, 1L, 0L, 0L, 0L);
    }

    @Test
    void ces_addResponse_onTheOtherScale_isRejectedNamingBoth() {
        CesAccumulator effort = CesAccumulator.of(CesForm.EFFORT_1_TO_5);
        assertThatThrownBy(() -> effort.add(CesResponse.of(CONTEXT, CesScale.AGREEMENT_7, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("response scale must be EFFORT_5 for form EFFORT_1_TO_5, but was AGREEMENT_7");
        CesAccumulator agreement = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        assertThatThrownBy(() -> agreement.add(CesResponse.of(CONTEXT, CesScale.EFFORT_5, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("response scale must be AGREEMENT_7 for form AGREEMENT_1_TO_7, but was EFFORT_5");
        assertThat(effort.result()).isEmpty();
        assertThat(agreement.result()).isEmpty();
    }

    @Test
    void cesForm_andCesScale_mapBothWays() {
        for (CesForm form : CesForm.values()) {
            assertThat(CesForm.of(form.scale())).isEqualTo(form);
            assertThat(form.scale().max()).isEqualTo(form.max());
            assertThat(form.scale().min()).isEqualTo(form.min());
        }
        assertThat(CesForm.EFFORT_1_TO_5.scale().higherIsBetter()).isFalse();
        assertThat(CesForm.AGREEMENT_1_TO_7.scale().higherIsBetter()).isTrue();
    }

    @Provide
    Arbitrary<List<Integer>> sevenPointAnswers() {
        return Arbitraries.integers().between(1, 7).list().ofMaxSize(100);
    }

    @Property(tries = 200)
    void addingResponses_equalsAddingTheirScores(@ForAll("sevenPointAnswers") List<Integer> answers) {
        CesAccumulator viaResponses = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        CesAccumulator viaInts = CesAccumulator.of(CesForm.AGREEMENT_1_TO_7);
        CsatAccumulator csatViaResponses = CsatAccumulator.oneToFive();
        CsatAccumulator csatViaInts = CsatAccumulator.oneToFive();
        NpsAccumulator npsViaResponses = new NpsAccumulator();
        NpsAccumulator npsViaInts = new NpsAccumulator();
        for (int answer : answers) {
            viaResponses.add(CesResponse.of(CONTEXT, answer));
            viaInts.add(answer);
            int five = (answer - 1) % 5 + 1;
            csatViaResponses.add(CsatResponse.of(CONTEXT, five));
            csatViaInts.add(five);
            npsViaResponses.add(NpsResponse.of(CONTEXT, answer + 3));
            npsViaInts.add(answer + 3);
        }
        assertThat(viaResponses).isEqualTo(viaInts);
        assertThat(csatViaResponses).isEqualTo(csatViaInts);
        assertThat(npsViaResponses).isEqualTo(npsViaInts);
    }
}
