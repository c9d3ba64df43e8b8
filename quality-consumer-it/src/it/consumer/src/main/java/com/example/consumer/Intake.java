package com.example.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;

/** A user's intake: opens and registers a complaint, and stores its history as JSON. */
public final class Intake {

    private final CaseService service;

    public Intake(Instant now) {
        SlaPolicy policy = new SlaPolicy("intake", List.of(),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1)), List.of(), ReopenMode.RESTART);
        this.service = CaseService.builder(
                FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC)), policy,
                Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    public CaseService service() {
        return service;
    }

    public List<CaseEvent> registerAndRecord(String caseId, Instant receivedAt) {
        CaseId id = CaseId.of(caseId);
        Feedback f = Feedback.builder(FeedbackId.of("fb-" + caseId), Channel.APP, receivedAt).build();
        long v = service.executeOrThrow(CaseCommand.open(CommandId.of("open"), id, Actor.system("intake"), f))
                .version();
        service.executeOrThrow(CaseCommand.of(CommandId.of("register"), id, v, Actor.system("intake"),
                CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, Priority.HIGH,
                        AgentId.of("agent-1"))));
        return service.history(id);
    }
}
