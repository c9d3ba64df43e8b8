package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/** Drives one case of a service through the public API, at local times of a zone. */
final class Driver {
    final CaseService service;
    final TestClock clock;
    final ZoneId zone;
    final CaseId id;
    /** Commands sent so far; their ids are numbered from it. */
    int commands;

    Driver(CaseService service, TestClock clock, ZoneId zone, String caseId) {
        this.service = service;
        this.clock = clock;
        this.zone = zone;
        this.id = CaseId.of(caseId);
    }

    Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    FeedbackCase open(Feedback feedback) {
        clock.set(feedback.receivedAt());
        return service.executeOrThrow(CaseCommand.open(CommandId.of(id + "-open"), id, Actor.system("intake"),
                feedback)).current();
    }

    CommandResult send(String localDateTime, CaseChange change) {
        clock.set(local(localDateTime));
        long version = service.find(id).orElseThrow().version();
        return service.execute(CaseCommand.of(CommandId.of(id + "-" + ++commands), id, version,
                Actor.agent(AgentId.of("agent-1")), change));
    }

    FeedbackCase ok(String localDateTime, CaseChange change) {
        CommandResult r = send(localDateTime, change);
        assertThat(r.isAccepted()).as("%s", r).isTrue();
        return ((CommandResult.Accepted) r).current();
    }

    CommandResult.Rejected refused(String localDateTime, CaseChange change) {
        CommandResult r = send(localDateTime, change);
        assertThat(r).isInstanceOf(CommandResult.Rejected.class);
        return (CommandResult.Rejected) r;
    }
}
