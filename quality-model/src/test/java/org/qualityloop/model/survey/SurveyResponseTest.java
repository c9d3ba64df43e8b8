package org.qualityloop.model.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;

class SurveyResponseTest {

    private static final SurveyContext CTX = SurveyContext.of(CustomerId.of("c-1"), Instant.parse("2026-01-05T10:00:00Z"))
            .atStage(StageId.of("after-sales")).atTouchpoint(TouchpointId.of("hotline")).via(Channel.PHONE);

    @Test
    void context_carriesSlicingDimensions() {
        assertThat(CTX.stage()).contains(StageId.of("after-sales"));
        assertThat(CTX.touchpoint()).contains(TouchpointId.of("hotline"));
        assertThat(CTX.channel()).contains(Channel.PHONE);
    }

    @Test
    void nps_outOfRange_isRejected() {
        assertThatThrownBy(() -> NpsResponse.of(CTX, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 0 and 10, but was 11");
        assertThatThrownBy(() -> NpsResponse.of(CTX, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 0 and 10, but was -1");
    }

    @Test
    void nps_categories_followReichheld() {
        assertThat(NpsResponse.of(CTX, 6).category()).isEqualTo(NpsCategory.DETRACTOR);
        assertThat(NpsResponse.of(CTX, 7).category()).isEqualTo(NpsCategory.PASSIVE);
        assertThat(NpsResponse.of(CTX, 8).category()).isEqualTo(NpsCategory.PASSIVE);
        assertThat(NpsResponse.of(CTX, 9).category()).isEqualTo(NpsCategory.PROMOTER);
    }

    @Test
    void csat_rangeAndTopTwoBox() {
        assertThatThrownBy(() -> CsatResponse.of(CTX, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 1 and 5, but was 0");
        assertThat(CsatResponse.of(CTX, 4).satisfied()).isTrue();
        assertThat(CsatResponse.of(CTX, 3).satisfied()).isFalse();
    }

    @Test
    void ces_defaultSevenPointAndExplicitFivePoint() {
        assertThat(CesResponse.of(CTX, 7).scale()).isEqualTo(CesScale.AGREEMENT_7);
        assertThatThrownBy(() -> CesResponse.of(CTX, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 1 and 7, but was 8");
        assertThatThrownBy(() -> CesResponse.of(CTX, CesScale.EFFORT_5, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 1 and 5, but was 6");
        assertThat(CesScale.EFFORT_5.higherIsBetter()).isFalse();
    }

    @Test
    void servqual_gapIsPerceptionMinusExpectation() {
        ServqualResponse r = new ServqualResponse(CTX, "reliability-1", ServqualDimension.RELIABILITY, 7, 5);
        assertThat(r.gap()).isEqualTo(-2);
        assertThatThrownBy(() -> new ServqualResponse(CTX, "x", ServqualDimension.EMPATHY, 0, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("expectation must be between 1 and 7, but was 0");
        assertThatThrownBy(() -> new ServqualResponse(CTX, "x", ServqualDimension.EMPATHY, 4, 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("perception must be between 1 and 7, but was 8");
        assertThatThrownBy(() -> new ServqualResponse(CTX, " ", ServqualDimension.EMPATHY, 4, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("item must not be blank");
    }

    @Test
    void kano_requiresBothAnswers() {
        assertThatThrownBy(() -> new KanoResponse(CTX, "free-wifi", KanoAnswer.LIKE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("dysfunctional must not be null");
    }

    @Test
    void importancePerformance_ratingsWithinScale() {
        assertThat(new ImportancePerformance(CTX, "punctuality", 5, 3, 5).performance()).isEqualTo(3);
        assertThatThrownBy(() -> new ImportancePerformance(CTX, "punctuality", 6, 3, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("importance must be between 1 and 5, but was 6");
        assertThatThrownBy(() -> new ImportancePerformance(CTX, "punctuality", 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must be between 3 and 11, but was 2");
    }
}
