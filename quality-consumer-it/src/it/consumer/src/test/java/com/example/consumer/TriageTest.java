package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;

class TriageTest {

    @Test
    void describesACaseFromTheModelTypes() {
        assertEquals("C-1 via app about technical-issue",
                Triage.describe("C-1", "app", "technical-issue/payment"));
        assertEquals("C-2 via line (custom) about product", Triage.describe("C-2", "line", "product"));
    }

    @Test
    void modelRejectsBadInputWithItsOwnMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Channel.of("Not A Code"));
        assertEquals(true, e.getMessage().startsWith("channel must be"), e.getMessage());
    }

    @Test
    void modelIsOnTheModulePathUnderItsName() {
        assertEquals("org.qualityloop.model", Channel.class.getModule().getName());
    }
}
