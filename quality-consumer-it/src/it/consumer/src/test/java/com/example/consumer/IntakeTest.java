package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackCase;

class IntakeTest {

    @Test
    void recordedHistory_replaysToTheSameCase_onTheModulePathWithoutJackson() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        Intake intake = new Intake(now);
        List<CaseEvent> history = intake.registerAndRecord("case-1", now.minusSeconds(60));
        FeedbackCase stored = intake.service().find(CaseId.of("case-1")).orElseThrow();
        FeedbackCase replayed = intake.service().lifecycle().replay(history);
        assertEquals(stored, replayed);
        assertEquals(CaseState.REGISTERED, replayed.state());
        assertEquals("org.qualityloop.workflow", FeedbackCase.class.getModule().getName());
        assertEquals("org.qualityloop.model", CaseId.class.getModule().getName());
        ModuleLayer layer = FeedbackCase.class.getModule().getLayer();
        assertTrue(layer.findModule("com.fasterxml.jackson.databind").isEmpty(), "Jackson must not be resolved");
        assertTrue(layer.findModule("com.fasterxml.jackson.annotation").isEmpty(), "Jackson must not be resolved");
    }
}
