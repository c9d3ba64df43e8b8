package org.qualityloop.model.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;

class FeedbackTypesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:15:30Z");
    private static final CustomerRef LI_WEI = CustomerRef.of("c-42").withName("李偉").withPhone("13812345678")
            .withEmail("li.wei@example.com");

    @Test
    void customerRef_toString_showsKindsOfPersonalDataButNoValues() {
        assertThat(LI_WEI.toString()).isEqualTo("CustomerRef[id=c-42, personalData=[name, phone, email]]")
                .doesNotContain("李").doesNotContain("1381").doesNotContain("example");
        assertThat(CustomerRef.of("c-1").hasPersonalData()).isFalse();
    }

    @Test
    void customerRef_masked_keepsOnlyRecognisableParts() {
        CustomerRef masked = LI_WEI.masked();
        assertThat(masked.id()).isEqualTo(CustomerId.of("c-42"));
        assertThat(masked.name()).contains("李*");
        assertThat(masked.phone()).contains("*******5678");
        assertThat(masked.email()).contains("l***@example.com");
        assertThat(masked.masked()).isEqualTo(masked);
    }

    @Test
    void customerRef_blankPhone_isRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> CustomerRef.of("c-1").withPhone("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("phone must not be blank");
        assertThatThrownBy(() -> new CustomerRef(CustomerId.of("c"), null, Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
    }

    @Test
    void validity_invalidAndMalicious_needAReason() {
        assertThat(Validity.invalid("duplicate of fb-1").reason()).contains("duplicate of fb-1");
        assertThat(Validity.malicious("abusive language").status()).isEqualTo(ValidityStatus.MALICIOUS);
        assertThat(Validity.valid().isValid()).isTrue();
        assertThatThrownBy(() -> Validity.invalid(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reason must not be blank");
        assertThatThrownBy(() -> new Validity(ValidityStatus.MALICIOUS, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must be given when status is MALICIOUS, but was empty");
        assertThatThrownBy(() -> new Validity(ValidityStatus.VALID, Optional.of("fine")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must be empty when status is VALID, but was 'fine'");
    }

    private static Feedback complaint() {
        return Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0)
                .touchpoint(TouchpointId.of("ticket-change"))
                .customer(LI_WEI)
                .category(FeedbackCategory.TECHNICAL_ISSUE)
                .severity(Severity.MAJOR)
                .sentiment(Sentiment.NEGATIVE)
                .text("改簽頁面一直報錯, call me on 13812345678")
                .build();
    }

    @Test
    void feedback_toString_neverShowsTextNorPersonalData() {
        assertThat(complaint().toString()).isEqualTo("Feedback[id=fb-1, channel=app, touchpoint=ticket-change, "
                + "receivedAt=2026-03-01T08:15:30Z, customer=c-42, category=technical-issue, severity=MAJOR, "
                + "sentiment=NEGATIVE, text=<32 chars>, validity=VALID]")
                .doesNotContain("13812345678").doesNotContain("李偉");
    }

    @Test
    void feedback_markedMalicious_isKeptWithItsReason() {
        Feedback marked = complaint().withValidity(Validity.malicious("extortion attempt"));
        assertThat(marked.validity().reason()).contains("extortion attempt");
        assertThat(marked.text()).isEqualTo(complaint().text());
    }

    @Test
    void feedback_defaultsAndAnonymity() {
        Feedback anonymous = Feedback.builder(FeedbackId.of("fb-2"), Channel.KIOSK, T0).build();
        assertThat(anonymous.isAnonymous()).isTrue();
        assertThat(anonymous.category()).isEqualTo(FeedbackCategory.OTHER);
        assertThat(anonymous.validity()).isEqualTo(Validity.valid());
        assertThat(complaint().isAnonymous()).isFalse();
        assertThat(complaint().masked().customer().orElseThrow().phone()).contains("*******5678");
    }

    @Test
    void money_isStoredAtTheCurrencyScale() {
        assertThat(Money.of("12.5", "CNY")).isEqualTo(Money.of(new BigDecimal("12.50"), Currency.getInstance("CNY")));
        assertThat(Money.of("12.5", "CNY").toString()).isEqualTo("12.50 CNY");
        assertThat(Money.of("1000", "JPY").amount()).isEqualByComparingTo("1000");
        assertThat(Money.of("12.500", "CNY").amount().scale()).isEqualTo(2);
    }

    @Test
    void money_tooManyDecimals_isRejected() {
        assertThatThrownBy(() -> Money.of("12.505", "CNY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must have at most 2 decimal places for CNY, but was 12.505");
        assertThatThrownBy(() -> Money.of("10.5", "JPY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must have at most 0 decimal places for JPY, but was 10.5");
        assertThatThrownBy(() -> Money.of("ten", "CNY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must be a decimal number, but was 'ten'");
        assertThatThrownBy(() -> Money.of("10", "RMB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be an ISO 4217 code, but was 'RMB'");
    }

    @Test
    void recoveryAction_compensationRules() {
        AgentId agent = AgentId.of("agent-7");
        RecoveryAction refund = RecoveryAction.compensation(Money.of("200", "CNY"), agent, T0, RecoveryOutcome.PENDING);
        assertThat(refund.withOutcome(RecoveryOutcome.SUCCEEDED).outcome()).isEqualTo(RecoveryOutcome.SUCCEEDED);
        assertThatThrownBy(() -> RecoveryAction.compensation(Money.of("-1", "CNY"), agent, T0, RecoveryOutcome.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compensation must not be negative, but was -1.00 CNY");
        assertThatThrownBy(() -> RecoveryAction.of(RecoveryActionKind.COMPENSATION, agent, T0, RecoveryOutcome.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compensation must be given when kind is COMPENSATION, but was empty");
        assertThatThrownBy(() -> new RecoveryAction(RecoveryActionKind.APOLOGY, agent, T0,
                Optional.of(Money.of("5", "CNY")), RecoveryOutcome.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compensation must be empty when kind is APOLOGY, but was 5.00 CNY");
    }

    @Test
    void serviceFailure_placesAndAttributes() {
        ServiceFailure failure = ServiceFailure.of(ServiceFailureKind.PROCESS, Severity.MODERATE, T0,
                        "one approval node is slow")
                .atStage(StageId.of("reimbursement"))
                .withRootCause(RootCauseCategory.METHOD);
        assertThat(failure.rootCause()).contains(RootCauseCategory.METHOD);
        assertThat(failure.toString()).doesNotContain("approval node")
                .isEqualTo("ServiceFailure[kind=PROCESS, severity=MODERATE, occurredAt=2026-03-01T08:15:30Z, "
                        + "stage=reimbursement, touchpoint=-, rootCause=METHOD]");
        assertThatThrownBy(() -> ServiceFailure.of(ServiceFailureKind.SYSTEM, Severity.MINOR, T0, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("description must not be blank");
    }
}
