package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseHistoryJson;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackCase;

class IntakeTest {

    @Test
    void storedHistory_readsBackAndReplaysToTheSameCase() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        Intake intake = new Intake(now);
        String json = intake.registerAndStore("case-1", now.minusSeconds(60));
        FeedbackCase stored = intake.service().find(CaseId.of("case-1")).orElseThrow();
        FeedbackCase replayed = intake.service().lifecycle().replay(CaseHistoryJson.read(json));
        assertEquals(stored, replayed);
        assertEquals(CaseState.REGISTERED, replayed.state());
        assertEquals("org.qualityloop.workflow", FeedbackCase.class.getModule().getName());
    }
}
