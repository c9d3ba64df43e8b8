package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;

/** The JSON form of a case outcome: the recorded facts, none of the derived values. */
class CaseOutcomeJsonTest {

    // Monday 2 March 2026, 09:00 in Shanghai is 01:00 UTC.
    private static final Instant MON_0900 = Instant.parse("2026-03-02T01:00:00Z");

    private static CaseOutcome.Builder builder() {
        return CaseOutcome.builder(CaseId.of("case-1"), FeedbackId.of("fb-1"), Channel.APP,
                FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, MON_0900);
    }

    @Test
    void json_roundTripsWithoutDerivedProperties() {
        CaseOutcome o = builder().priority(Priority.URGENT)
                .firstResponseAt(MON_0900.plusSeconds(60))
                .resolvedAt(MON_0900.plusSeconds(3600))
                .sla(new SlaResult(SlaTarget.FIRST_RESPONSE, 1, Duration.ofMinutes(30), Duration.ofMinutes(1),
                        SlaStatus.MET, Optional.empty()))
                .recoveryAction(RecoveryAction.of(RecoveryActionKind.APOLOGY, AgentId.of("agent-1"),
                        MON_0900.plusSeconds(60), RecoveryOutcome.SUCCEEDED))
                .satisfaction(5)
                .build(MON_0900.plusSeconds(7200), Closure.CONFIRMED);
        String json = QualityLoopJson.write(o);
        assertThat(json).doesNotContain("resolved\"", "firstResponseTime", "wasReopened")
                .contains("\"closure\":\"CONFIRMED\"", "\"elapsed\":\"PT1M\"");
        assertThat(QualityLoopJson.read(json, CaseOutcome.class)).isEqualTo(o);
    }
}
