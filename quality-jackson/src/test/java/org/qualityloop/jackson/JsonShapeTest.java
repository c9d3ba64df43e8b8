package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.Stage;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.Sentiment;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.survey.NpsResponse;
import org.qualityloop.model.survey.SurveyContext;

/** The documented JSON shapes of docs/json.md, and bad JSON failing with the factory's message. */
class JsonShapeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:15:30Z");

    @Test
    void money_isADecimalStringAndACurrencyCode() {
        assertThat(QualityLoopJson.write(Money.of("12.5", "CNY"))).isEqualTo("{\"amount\":\"12.50\",\"currency\":\"CNY\"}");
        assertThat(QualityLoopJson.read("{\"amount\":\"12.50\",\"currency\":\"CNY\"}", Money.class))
                .isEqualTo(Money.of("12.5", "CNY"));
    }

    @Test
    void money_numericAmount_isRejected() {
        assertThatThrownBy(() -> QualityLoopJson.read("{\"amount\":12.5,\"currency\":\"CNY\"}", Money.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read Money from JSON: ");
    }

    @Test
    void npsResponse_shape() {
        NpsResponse nps = NpsResponse.of(SurveyContext.of(CustomerId.of("c-1"), T0).via(Channel.APP), 9);
        assertThat(QualityLoopJson.write(nps)).isEqualTo("{\"context\":{\"respondent\":\"c-1\","
                + "\"answeredAt\":\"2026-03-01T08:15:30Z\",\"stage\":null,\"touchpoint\":null,\"channel\":\"app\"},"
                + "\"score\":9}");
    }

    @Test
    void npsResponse_scoreOutOfRange_failsWithTheFactoryMessage() {
        String json = "{\"context\":{\"respondent\":\"c-1\",\"answeredAt\":\"2026-03-01T08:15:30Z\"},\"score\":11}";
        assertThatThrownBy(() -> QualityLoopJson.read(json, NpsResponse.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be between 0 and 10, but was 11");
    }

    @Test
    void missingRequiredField_namesTheField() {
        assertThatThrownBy(() -> QualityLoopJson.read("{\"id\":\"s\"}", Stage.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be null");
    }

    @Test
    void blankId_failsWithTheIdentifierMessage() {
        assertThatThrownBy(() -> QualityLoopJson.read("{\"id\":\" \",\"name\":\"S\"}", Stage.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id: stageId must not be blank, but was ' '");
    }

    @Test
    void unknownProperty_isRejected() {
        assertThatThrownBy(() -> QualityLoopJson.read("{\"id\":\"s\",\"name\":\"S\",\"colour\":\"red\"}", Stage.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read Stage from JSON: Unrecognized field \"colour\"");
    }

    @Test
    void negativeCompensation_failsWithTheFactoryMessage() {
        String json = "{\"kind\":\"COMPENSATION\",\"by\":\"agent-1\",\"at\":\"2026-03-01T08:15:30Z\","
                + "\"compensation\":{\"amount\":\"-5\",\"currency\":\"CNY\"},\"outcome\":\"PENDING\"}";
        assertThatThrownBy(() -> QualityLoopJson.read(json, RecoveryAction.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compensation must not be negative, but was -5.00 CNY");
    }

    @Test
    void feedback_roundTripsWithPersonalDataAndMaskedExport() {
        Feedback feedback = Feedback.builder(FeedbackId.of("fb-9"), Channel.SOCIAL_MEDIA, T0)
                .touchpoint(TouchpointId.of("hotline"))
                .customer(CustomerRef.of("c-9").withPhone("13900001111"))
                .category(FeedbackCategory.of("service-attitude/rude"))
                .severity(Severity.MODERATE).sentiment(Sentiment.NEGATIVE).text("客服態度差")
                .validity(Validity.invalid("duplicate of fb-8")).build();
        assertThat(QualityLoopJson.read(QualityLoopJson.write(feedback), Feedback.class)).isEqualTo(feedback);
        String export = QualityLoopJson.write(feedback.masked());
        assertThat(export).contains("\"phone\":\"*******1111\"").doesNotContain("13900001111")
                .contains("\"validity\":{\"status\":\"INVALID\",\"reason\":\"duplicate of fb-8\"}");
    }

    @Test
    void process_touchpointAtUnknownStage_failsWithTheBuilderMessage() {
        String json = "{\"id\":\"p\",\"name\":\"P\",\"stages\":[{\"id\":\"s\",\"name\":\"S\"}],"
                + "\"touchpoints\":[{\"id\":\"t\",\"name\":\"T\",\"stage\":\"x\",\"phase\":\"DELIVERY\","
                + "\"channel\":\"app\",\"lane\":\"FRONT_STAGE\",\"ownerTeam\":\"team\",\"momentOfTruth\":false}],"
                + "\"nonEmptyStages\":false}";
        assertThatThrownBy(() -> QualityLoopJson.read(json, org.qualityloop.model.ServiceProcess.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage of touchpoint 't' must be a stage of process 'p', but was unknown stage 'x'");
    }

    @Test
    void touchpoint_missingMomentOfTruth_isRejected() {
        String json = "{\"id\":\"t\",\"name\":\"T\",\"stage\":\"x\",\"phase\":\"DELIVERY\","
                + "\"channel\":\"app\",\"lane\":\"FRONT_STAGE\",\"ownerTeam\":\"team\"}";
        assertThatThrownBy(() -> QualityLoopJson.read(json, org.qualityloop.model.Touchpoint.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read Touchpoint from JSON: ");
    }

    @Test
    void malformedJson_isReportedWithoutEchoingInput() {
        assertThatThrownBy(() -> QualityLoopJson.read("{\"id\":", Stage.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read Stage from JSON: ");
    }
}
