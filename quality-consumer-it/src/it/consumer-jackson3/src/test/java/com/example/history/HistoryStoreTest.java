package com.example.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qualityloop.jackson3.CaseHistoryJson;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackCase;

class HistoryStoreTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void historyWrittenWithJackson3_readsBackAndReplaysToTheOpenedCase() {
        String json = HistoryStore.openAndExport(AT);
        assertTrue(json.startsWith("[{\"schema\":1,\"case\":\"case-1\",\"sequence\":1,\"command\":\"c0\""), json);
        FeedbackCase replayed = HistoryStore.importAndReplay(json);
        assertEquals(CaseState.RECEIVED, replayed.state());
        assertEquals(json, CaseHistoryJson.write(CaseHistoryJson.read(json)));
    }

    @Test
    void jackson3AndTheModuleAreOnTheModulePathUnderTheirNames() {
        assertEquals("org.qualityloop.jackson3", CaseHistoryJson.class.getModule().getName());
        assertEquals("tools.jackson.databind", tools.jackson.databind.json.JsonMapper.class.getModule().getName());
    }
}
