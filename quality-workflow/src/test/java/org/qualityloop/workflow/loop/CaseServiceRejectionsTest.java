package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseRejectedException;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.CommandResult.Reason;

/** Bad commands are rejected with a message naming case, state and event, and leave no trace. */
class CaseServiceRejectionsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final BusinessCalendar CAL = BusinessCalendar.builder("office", "Asia/Shanghai")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00")).build();
    private static final SlaPolicy POLICY = new SlaPolicy("p", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.RESOLUTION, Duration.ofHours(16)),
            List.of(), ReopenMode.RESTART);
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));

    private final TestClock clock = new TestClock(T0);
    private final CaseService service = CaseService.builder(FeedbackLifecycle.standard(CAL), POLICY, clock).build();
    private final CaseId id = CaseId.of("case-7");

    private FeedbackCase open() {
        Feedback f = Feedback.builder(FeedbackId.of("fb-7"), Channel.EMAIL, T0).build();
        return service.executeOrThrow(CaseCommand.open(CommandId.of("open"), id, AGENT, f)).current();
    }

    private CommandResult send(String command, long version, CaseChange change) {
        return service.execute(CaseCommand.of(CommandId.of(command), id, version, AGENT, change));
    }

    private void assertUnchanged(FeedbackCase before) {
        assertThat(service.find(id)).contains(before);
        assertThat(service.history(id)).hasSize((int) before.version());
    }

    @Test
    void eventNotAllowedInState_namesCaseStateAndEvent() {
        FeedbackCase c = open();
        CommandResult r = send("c1", 1, CaseChange.Resolved.plain());
        assertThat(r).isEqualTo(new CommandResult.Rejected(id, Reason.NOT_ALLOWED, Optional.of(CaseState.RECEIVED),
                CaseEventType.RESOLVE, "case case-7: event RESOLVE is not allowed in state RECEIVED"));
        assertUnchanged(c);
    }

    @Test
    void followUpBeforeResolution_isRejected() {
        open();
        FeedbackCase c = ((CommandResult.Accepted) send("c1", 1, CaseChange.Registered.of(FeedbackCategory.QUALITY,
                Severity.MINOR, Priority.LOW, AgentId.of("agent-1")))).current();
        CommandResult r = send("c2", c.version(), CaseChange.followUpStarted());
        assertThat(((CommandResult.Rejected) r).message())
                .isEqualTo("case case-7: event START_FOLLOW_UP is not allowed in state REGISTERED");
        assertUnchanged(c);
    }

    @Test
    void unknownCase_isRejected() {
        CommandResult r = send("c1", 3, CaseChange.responded());
        assertThat(r).isEqualTo(new CommandResult.Rejected(id, Reason.UNKNOWN_CASE, Optional.empty(),
                CaseEventType.RESPOND, "case case-7 does not exist; RESPOND needs an existing case"));
        assertThat(service.history(id)).isEmpty();
    }

    @Test
    void staleVersion_isRejected_andNothingIsApplied() {
        FeedbackCase c = open();
        CommandResult r = send("c1", 0, CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR,
                Priority.LOW, AgentId.of("agent-1")));
        assertThat(((CommandResult.Rejected) r).reason()).isEqualTo(Reason.STALE_VERSION);
        assertThat(((CommandResult.Rejected) r).message()).isEqualTo(
                "case case-7 in state RECEIVED is at version 1, but the REGISTER command expected version 0");
        assertUnchanged(c);
    }

    @Test
    void guardRefusal_givesTheGuardsReason() {
        open();
        FeedbackCase c = ((CommandResult.Accepted) send("c1", 1, CaseChange.Registered.of(FeedbackCategory.QUALITY,
                Severity.MINOR, Priority.LOW, AgentId.of("agent-1")))).current();
        c = ((CommandResult.Accepted) send("c2", c.version(), CaseChange.responded())).current();
        CommandResult r = send("c3", c.version(), CaseChange.customerReplied());
        assertThat(r).isEqualTo(new CommandResult.Rejected(id, Reason.GUARD_REFUSED,
                Optional.of(CaseState.IN_PROGRESS), CaseEventType.CUSTOMER_REPLIED,
                "case case-7: event CUSTOMER_REPLIED refused in state IN_PROGRESS: the case is awaiting the customer"));
        assertUnchanged(c);
    }

    @Test
    void retriedCommand_isAppliedOnce_andAnsweredWithTheFirstEvents() {
        open();
        CaseChange register = CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR, Priority.LOW,
                AgentId.of("agent-1"));
        CommandResult.Accepted first = (CommandResult.Accepted) send("c1", 1, register);
        clock.advance(Duration.ofMinutes(5));
        CommandResult.Accepted again = (CommandResult.Accepted) send("c1", 1, register);
        assertThat(again.retry()).isTrue();
        assertThat(again.events()).isEqualTo(first.events());
        assertThat(service.history(id)).hasSize(3);

        CommandResult reused = send("c1", first.version(), CaseChange.responded());
        assertThat(((CommandResult.Rejected) reused).reason()).isEqualTo(Reason.COMMAND_ID_REUSED);
        assertThat(service.history(id)).hasSize(3);
    }

    @Test
    void openingTwice_isRejected_butRetryingTheOpenIsNot() {
        open();
        Feedback f = Feedback.builder(FeedbackId.of("fb-7"), Channel.EMAIL, T0).build();
        assertThat(service.execute(CaseCommand.open(CommandId.of("open"), id, AGENT, f)).isAccepted()).isTrue();
        CommandResult r = service.execute(CaseCommand.open(CommandId.of("open-again"), id, AGENT, f));
        assertThat(((CommandResult.Rejected) r).reason()).isEqualTo(Reason.CASE_EXISTS);
        assertThat(service.history(id)).hasSize(1);
    }

    @Test
    void systemChangesAndReservedIds_areRefusedFromCallers() {
        FeedbackCase c = open();
        CommandResult r = send("c1", 1, new CaseChange.SlaBreached(SlaTarget.RESOLUTION));
        assertThat(((CommandResult.Rejected) r).reason()).isEqualTo(Reason.SYSTEM_CHANGE);
        r = send("sla:1:resolution:breach:0", 1, CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR,
                Priority.LOW, AgentId.of("agent-1")));
        assertThat(((CommandResult.Rejected) r).reason()).isEqualTo(Reason.INVALID);
        assertUnchanged(c);
    }

    @Test
    void feedbackFromTheFuture_isRejected() {
        Feedback f = Feedback.builder(FeedbackId.of("fb-8"), Channel.EMAIL, T0.plusSeconds(60)).build();
        CommandResult r = service.execute(CaseCommand.open(CommandId.of("open"), id, AGENT, f));
        assertThat(((CommandResult.Rejected) r).message()).isEqualTo("case case-7: feedback receivedAt "
                + T0.plusSeconds(60) + " must not be after the present instant " + T0);
    }

    @Test
    void blankOwner_andBadPayloads_failAtConstruction() {
        assertThatThrownBy(() -> AgentId.of(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agentId");
        assertThatThrownBy(() -> CaseChange.Confirmed.withSatisfaction(6))
                .hasMessage("satisfaction must be between 1 and 5, but was 6");
        assertThatThrownBy(() -> new CaseChange.Rejected(org.qualityloop.model.feedback.Validity.valid()))
                .hasMessage("verdict must be INVALID or MALICIOUS, but was VALID");
        assertThatThrownBy(() -> CaseCommand.of(CommandId.of("x"), id, -1, AGENT, CaseChange.responded()))
                .hasMessage("expectedVersion must not be negative, but was -1");
    }

    @Test
    void executeOrThrow_carriesTheRejection() {
        open();
        assertThatThrownBy(() -> service.executeOrThrow(CaseCommand.of(CommandId.of("c1"), id, 1, AGENT,
                CaseChange.followUpStarted())))
                .isInstanceOf(CaseRejectedException.class)
                .hasMessage("case case-7: event START_FOLLOW_UP is not allowed in state RECEIVED")
                .extracting(e -> ((CaseRejectedException) e).rejection().reason()).isEqualTo(Reason.NOT_ALLOWED);
    }
}
