package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.qualityloop.model.Severity;
import org.qualityloop.model.Stage;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.survey.NpsResponse;

/** Strict reading: each rule of docs/json.md, and messages that name the path without leaking input. */
public abstract class StrictReadingContract {

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();


    private static final String CONTEXT = "{\"respondent\":\"c-1\",\"answeredAt\":\"2026-03-01T08:15:30Z\"}";
    private static final String KPI = "{\"id\":\"k\",\"name\":\"K\",\"unit\":\"MINUTES\",\"direction\":\"LOWER_IS_BETTER\","
            + "\"target\":%s,\"atRisk\":20,\"reviewFrequency\":\"DAILY\",\"stage\":null}";

    private IllegalArgumentException refusal(String json, Class<?> type) {
        return catchThrowableOfType(IllegalArgumentException.class, () -> codec().read(json, type));
    }

    @Test
    void duplicateKey_isRejected() {
        assertThat(refusal("{\"amount\":\"1.00\",\"currency\":\"CNY\",\"amount\":\"2.00\"}", Money.class))
                .hasMessage("cannot read Money from JSON: duplicate key \"amount\"");
    }

    @Test
    void fractionForAnInteger_isRejected_notTruncated() {
        assertThat(refusal("{\"context\":" + CONTEXT + ",\"score\":10.99}", NpsResponse.class))
                .hasMessage("cannot read NpsResponse from JSON: expected an integer, but was a number with a fraction"
                        + " at score");
    }

    @Test
    void numberForAnEnum_isRejected() {
        String json = "{\"id\":\"fb-1\",\"channel\":\"app\",\"touchpoint\":null,\"receivedAt\":\"2026-03-01T08:15:30Z\","
                + "\"customer\":null,\"category\":null,\"severity\":2,\"sentiment\":null,\"text\":null,"
                + "\"validity\":{\"status\":\"VALID\",\"reason\":null}}";
        assertThat(refusal(json, Feedback.class).getMessage())
                .startsWith("cannot read Feedback from JSON: expected a Severity name").endsWith(" at severity");
        assertThat(Severity.values()).hasSizeGreaterThan(2);
    }

    @Test
    void numberForAnInstantOrADuration_isRejected() {
        assertThat(refusal("{\"from\":1767225600,\"to\":\"2026-03-01T08:15:30Z\"}", SlaPause.class).getMessage())
                .startsWith("cannot read SlaPause from JSON: ").endsWith(" at from");
        assertThatThrownBy(() -> codec().read("3600", Duration.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cannot read Duration from JSON: ");
    }

    @Test
    void zone_onlyAKnownIdText() {
        String json = "{\"id\":\"fb-1\",\"channel\":\"app\",\"touchpoint\":null,\"receivedAt\":\"2026-03-01T08:15:30Z\","
                + "\"customer\":null,\"category\":\"other\",\"severity\":\"MINOR\",\"sentiment\":\"NEUTRAL\","
                + "\"text\":\"\",\"validity\":{\"status\":\"VALID\",\"reason\":null},\"zone\":%s}";
        Feedback read = codec().read(String.format(json, "\"America/New_York\""), Feedback.class);
        assertThat(read.zone()).contains(java.time.ZoneId.of("America/New_York"));
        assertThat(codec().read(String.format(json, "null"), Feedback.class).zone()).isEmpty();
        assertThat(refusal(String.format(json, "\"Mars/Olympus\""), Feedback.class)).hasMessage(
                "zone: time zone must be a known id such as America/New_York, but was 'Mars/Olympus'");
        assertThat(refusal(String.format(json, "\"\""), Feedback.class).getMessage()).startsWith(
                "zone: time zone must be a known id");
        assertThat(refusal(String.format(json, "-5"), Feedback.class).getMessage())
                .startsWith("cannot read Feedback from JSON: ").endsWith(" at zone");
        assertThat(refusal(String.format(json, "\"" + "x".repeat(500) + "\""), Feedback.class).getMessage())
                .hasSizeLessThan(120);
    }

    @Test
    void numberOrBooleanForText_isRejected() {
        assertThat(refusal("{\"id\":\"s\",\"name\":12}", Stage.class))
                .hasMessage("cannot read Stage from JSON: expected text, but was an integer at name");
        assertThat(refusal("{\"id\":\"s\",\"name\":true}", Stage.class))
                .hasMessage("cannot read Stage from JSON: expected text, but was true or false at name");
    }

    @Test
    void nullForARequiredValue_andRootNull_areRejected() {
        assertThat(refusal("{\"id\":\"s\",\"name\":null}", Stage.class)).hasMessage("name must not be null");
        assertThat(refusal("null", Stage.class)).hasMessage("cannot read Stage from JSON: expected a value, but was null");
    }

    @Test
    void factoryRule_nested_namesThePathAndKeepsTheFactoryMessage() {
        assertThat(refusal("{\"amount\":\"12.345\",\"currency\":\"CNY\"}", Money.class))
                .hasMessage("amount must have at most 2 decimal places for CNY, but was 12.345");
        String recovery = "{\"kind\":\"COMPENSATION\",\"by\":\"agent-1\",\"at\":\"2026-03-01T08:15:30Z\","
                + "\"compensation\":{\"amount\":\"1.001\",\"currency\":\"CNY\"},\"outcome\":\"PENDING\"}";
        assertThat(refusal(recovery, org.qualityloop.model.feedback.RecoveryAction.class))
                .hasMessage("compensation: amount must have at most 2 decimal places for CNY, but was 1.001");
    }

    @Test
    void personalData_isNeverRepeated() {
        String phoneAsNumber = "{\"id\":\"c-1\",\"name\":null,\"phone\":13899990000,\"email\":null}";
        IllegalArgumentException e = refusal(phoneAsNumber, CustomerRef.class);
        assertThat(e.getMessage()).doesNotContain("13899990000").contains("phone");
        String feedback = "{\"id\":\"fb-1\",\"channel\":\"app\",\"touchpoint\":null,"
                + "\"receivedAt\":\"2026-03-01T08:15:30Z\",\"customer\":" + phoneAsNumber + ",\"category\":null,"
                + "\"severity\":null,\"sentiment\":null,\"text\":null,\"validity\":{\"status\":\"VALID\",\"reason\":null}}";
        assertThat(refusal(feedback, Feedback.class).getMessage()).doesNotContain("13899990000")
                .endsWith(" at customer.phone");
        String nameAsBoolean = "{\"id\":\"c-1\",\"name\":true,\"phone\":null,\"email\":null}";
        assertThat(refusal(nameAsBoolean, CustomerRef.class).getMessage()).endsWith(" at name");
    }

    @Test
    void unparsedToken_isNotRepeated() {
        IllegalArgumentException e = refusal("{\"id\":\"s\",\"name\":secret-token-xyz}", Stage.class);
        assertThat(e.getMessage()).startsWith("cannot read Stage from JSON: malformed JSON at line 1")
                .doesNotContain("secret");
    }

    @Test
    void longValues_areShortened() {
        String longCode = "x".repeat(500);
        IllegalArgumentException e = refusal("{\"amount\":\"1.00\",\"currency\":\"" + longCode + "\"}", Money.class);
        assertThat(e.getMessage()).startsWith("currency must be an ISO 4217 code, but was 'xxx").hasSizeLessThan(100);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void hugeExponents_areRefusedQuicklyWithABoundedMessage() {
        for (String amount : List.of("1e-999999999", "1e999999999")) {
            IllegalArgumentException e = refusal("{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"}", Money.class);
            assertThat(e.getMessage()).startsWith("amount must have at most 30 digits before and after the decimal point")
                    .hasSizeLessThan(120);
        }
        for (String target : List.of("1e-999999999", "1e999999999")) {
            IllegalArgumentException e = refusal(String.format(KPI, target), KpiDefinition.class);
            assertThat(e.getMessage()).startsWith("target must have at most 30 digits before and after the decimal point")
                    .hasSizeLessThan(120);
        }
    }
}
