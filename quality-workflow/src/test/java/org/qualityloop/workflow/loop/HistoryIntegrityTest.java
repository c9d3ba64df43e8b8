package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
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
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.EscalationPolicy;
import org.qualityloop.workflow.machine.Guard;

/**
 * Replay refuses a tampered history and names the event that is wrong (reliability issue, item
 * 12). The valid history is made through the engine; each test changes one event of it.
 */
class HistoryIntegrityTest {

    static final BusinessCalendar OFFICE = BusinessCalendar.builder("office", ZoneOffset.UTC)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-17:00")).build();
    static final FeedbackLifecycle LIFECYCLE = FeedbackLifecycle.standard(OFFICE);
    static final CaseId CASE = CaseId.of("case-1");
    static final AgentId AGENT = AgentId.of("agent-1");
    /** Monday 09:00 UTC. */
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** The engine's history and the case it stored. */
    record Made(List<CaseEvent> history, FeedbackCase stored, CaseService service) {
    }

    /**
     * 1 received (c0), 2 registered and 3 targets (c1), 4 first-response warning, 5 breach and 6
     * its escalation (the monitor's alert ids), 7 responded (c2), 8 resolved (c3).
     */
    static Made made() {
        TestClock clock = new TestClock(T0);
        SlaPolicy policy = new SlaPolicy("p", List.of(),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30), SlaTarget.RESOLUTION, Duration.ofHours(16)),
                List.of(new SlaWarning.Share(new BigDecimal("0.5"))), ReopenMode.CONTINUE);
        CaseService service = CaseService.builder(LIFECYCLE, policy, clock)
                .escalation(EscalationPolicy.onBreach(List.of(AgentId.of("lead")), Set.of(SlaTarget.FIRST_RESPONSE)))
                .build();
        Feedback f = Feedback.builder(FeedbackId.of("fb-1"), Channel.WEB, T0).build();
        service.executeOrThrow(CaseCommand.open(CommandId.of("c0"), CASE, Actor.customer(CustomerId.of("cust-1")), f));
        clock.advance(Duration.ofMinutes(1));
        service.executeOrThrow(CaseCommand.of(CommandId.of("c1"), CASE, 1, Actor.agent(AGENT),
                CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, Priority.HIGH, AGENT)));
        clock.advance(Duration.ofMinutes(40));
        assertThat(service.processDue(10)).hasSize(2).allMatch(CommandResult::isAccepted);
        clock.advance(Duration.ofMinutes(5));
        service.executeOrThrow(CaseCommand.of(CommandId.of("c2"), CASE, 6, Actor.agent(AGENT),
                CaseChange.responded()));
        clock.advance(Duration.ofMinutes(5));
        service.executeOrThrow(CaseCommand.of(CommandId.of("c3"), CASE, 7, Actor.agent(AGENT),
                CaseChange.Resolved.plain()));
        List<CaseEvent> history = service.history(CASE);
        assertThat(history).extracting(CaseEvent::type).containsExactly(CaseEventType.RECEIVE,
                CaseEventType.REGISTER, CaseEventType.SET_SLA_TARGETS, CaseEventType.SLA_WARNING,
                CaseEventType.SLA_BREACH, CaseEventType.ESCALATE, CaseEventType.RESPOND, CaseEventType.RESOLVE);
        return new Made(history, service.find(CASE).orElseThrow(), service);
    }

    static CaseEvent with(CaseEvent e, long sequence, CommandId command, Actor actor, Instant at) {
        return new CaseEvent(e.schema(), e.caseId(), sequence, command, actor, at, e.change());
    }

    static List<CaseEvent> replaced(List<CaseEvent> history, int index, CaseEvent e) {
        List<CaseEvent> copy = new ArrayList<>(history);
        copy.set(index, e);
        return copy;
    }

    static List<CaseEvent> withCommand(List<CaseEvent> h, int index, CommandId id) {
        CaseEvent e = h.get(index);
        return replaced(h, index, with(e, e.sequence(), id, e.actor(), e.at()));
    }

    static List<CaseEvent> withActor(List<CaseEvent> h, int index, Actor actor) {
        CaseEvent e = h.get(index);
        return replaced(h, index, with(e, e.sequence(), e.commandId(), actor, e.at()));
    }

    @Test
    void replay_ofTheEngineHistory_givesTheStoredCase() {
        Made m = made();
        assertThat(LIFECYCLE.replay(m.history())).isEqualTo(m.stored());
    }

    @Test
    void replay_commandIdReusedAfterOtherCommands_namesTheEvent() {
        List<CaseEvent> h = withCommand(made().history(), 7, CommandId.of("c1"));
        assertThatThrownBy(() -> LIFECYCLE.replay(h)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event 8 of case case-1: command id c1 was used by event 2 and reappears after other"
                        + " commands");
    }

    @Test
    void replay_commandIdOfTheReceivedEventReused_namesTheEvent() {
        List<CaseEvent> h = withCommand(made().history(), 6, CommandId.of("c0"));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 7 of case case-1: command id c0 was used by event 1 and reappears after other"
                        + " commands");
    }

    @Test
    void replayAfterSnapshot_commandIdReusedAmongTheLaterEvents_namesTheEvent() {
        List<CaseEvent> h = withCommand(made().history(), 7, CommandId.of("c1"));
        CaseSnapshot at1 = CaseSnapshot.of(LIFECYCLE.replay(h.subList(0, 1)));
        assertThatThrownBy(() -> LIFECYCLE.replay(at1, h.subList(1, 8)))
                .hasMessage("event 8 of case case-1: command id c1 was used by event 2 and reappears after other"
                        + " commands");
    }

    @Test
    void replay_slaBreachAttributedToAnAgent_namesTheEvent() {
        List<CaseEvent> h = withActor(made().history(), 4, Actor.agent(AGENT));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 5 of case case-1: actor of a SLA_BREACH change must be the SLA monitor"
                        + " (system:sla-monitor), but was an actor of kind AGENT");
    }

    @Test
    void replay_slaWarningAttributedToAnotherSystemComponent_namesTheEvent() {
        List<CaseEvent> h = withActor(made().history(), 3, Actor.system("importer"));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 4 of case case-1: actor of a SLA_WARNING change must be the SLA monitor"
                        + " (system:sla-monitor), but was system:importer");
    }

    @Test
    void replay_slaWarningWithoutAnAlertId_namesTheEvent() {
        List<CaseEvent> h = withCommand(made().history(), 3, CommandId.of("w-1"));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 4 of case case-1: command id of a SLA_WARNING change must start with 'sla:',"
                        + " but was w-1");
    }

    @Test
    void replay_agentEventCarryingAnAlertId_namesTheEvent() {
        Made m = made();
        CommandId breach = m.history().get(4).commandId();
        assertThat(breach.isAlert()).isTrue();
        List<CaseEvent> h = withCommand(m.history(), 7, CommandId.of("sla:1:resolution:breach:1"));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 8 of case case-1: command id sla:1:resolution:breach:1 is reserved for the SLA"
                        + " monitor's alerts, but the actor was an actor of kind AGENT");
    }

    @Test
    void replay_monitorRecordingAnAgentsChangeUnderAnAlertId_namesTheEvent() {
        Made m = made();
        List<CaseEvent> h = withActor(withCommand(m.history(), 7, CommandId.of("sla:1:x")), 7, Actor.SLA_MONITOR);
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 8 of case case-1: command id sla:1:x of an SLA alert records only SLA_WARNING,"
                        + " SLA_BREACH or ESCALATE changes, but the change was RESOLVE");
    }

    @Test
    void replay_eventsOfOneCommandOnEitherSideOfAnother_namesTheEvent() {
        Made m = made();
        List<CaseEvent> h = new ArrayList<>(m.history());
        // the targets of c1 moved after the monitor's warning, sequences renumbered
        CaseEvent targets = h.get(2);
        CaseEvent warning = h.get(3);
        h.set(2, with(warning, 3, warning.commandId(), warning.actor(), targets.at()));
        h.set(3, with(targets, 4, targets.commandId(), targets.actor(), warning.at()));
        assertThatThrownBy(() -> LIFECYCLE.replay(h)).hasMessageStartingWith("event 3 of case case-1: ");
    }

    @Test
    void replay_sequenceGap_namesTheEvent() {
        Made m = made();
        CaseEvent e = m.history().get(6);
        List<CaseEvent> h = replaced(m.history(), 6, with(e, 9, e.commandId(), e.actor(), e.at()));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 9 of case case-1: the next event of the case must have sequence 7, but had 9");
    }

    @Test
    void replay_instantBeforeThePreviousEvent_namesTheEvent() {
        Made m = made();
        CaseEvent e = m.history().get(6);
        Instant early = m.history().get(5).at().minusSeconds(1);
        List<CaseEvent> h = replaced(m.history(), 6, with(e, 7, e.commandId(), e.actor(), early));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 7 of case case-1: at must not be before the previous event at "
                        + m.history().get(5).at() + ", but was " + early);
    }

    @Test
    void replay_eventOfAnotherCase_namesTheEvent() {
        Made m = made();
        CaseEvent e = m.history().get(6);
        List<CaseEvent> h = replaced(m.history(), 6,
                new CaseEvent(1, CaseId.of("case-2"), 7, e.commandId(), e.actor(), e.at(), e.change()));
        assertThatThrownBy(() -> LIFECYCLE.replay(h))
                .hasMessage("event 7 of case case-2: an event of case case-2 cannot apply to case case-1");
    }

    @Test
    void replay_secondReceivedEvent_namesTheEvent() {
        Made m = made();
        CaseEvent first = m.history().get(0);
        CaseEvent e = m.history().get(6);
        List<CaseEvent> h = replaced(m.history(), 6,
                new CaseEvent(1, CASE, 7, e.commandId(), e.actor(), e.at(), first.change()));
        assertThatThrownBy(() -> LIFECYCLE.replay(h)).hasMessage(
                "event 7 of case case-1: the case was already received; a received change can only open a case");
    }

    @Test
    void replay_firstEventNotReceived_namesTheEvent() {
        List<CaseEvent> h = made().history().subList(1, 8);
        assertThatThrownBy(() -> LIFECYCLE.replay(h)).hasMessage(
                "event 2 of case case-1: the first event of a case must be a received change, but was REGISTER");
    }

    @Test
    void replay_transitionTheLifecycleRefuses_namesTheEvent() {
        Made m = made();
        List<CaseEvent> h = new ArrayList<>(m.history());
        h.remove(6); // resolved without a response
        CaseEvent e = h.get(6);
        h.set(6, with(e, 7, e.commandId(), e.actor(), e.at()));
        assertThatThrownBy(() -> LIFECYCLE.replay(h)).hasMessageStartingWith("event 7 of case case-1: ");
    }

    @Test
    void decide_slaBreachByAnAgent_isRefusedNamingTheEvent() {
        Made m = made();
        FeedbackCase at4 = LIFECYCLE.replay(m.history().subList(0, 4));
        CaseEvent breach = m.history().get(4);
        CaseEvent byAgent = with(breach, 5, breach.commandId(), Actor.agent(AGENT), breach.at());
        assertThatThrownBy(() -> LIFECYCLE.decide(at4, byAgent)).hasMessageStartingWith("event 5 of case case-1: ");
        assertThat(LIFECYCLE.decide(at4, breach).isAccepted()).isTrue();
    }

    @Test
    void recomputeSla_withAnAlertId_isRejected() {
        Made m = made();
        CommandResult r = m.service().recomputeSla(CommandId.of("sla:1:x"), CASE, 8, Actor.agent(AGENT));
        assertThat(r).isInstanceOfSatisfying(CommandResult.Rejected.class, rej -> {
            assertThat(rej.reason()).isEqualTo(CommandResult.Reason.INVALID);
            assertThat(rej.message()).isEqualTo(
                    "command ids starting with 'sla:' are reserved for the engine, but got sla:1:x");
        });
    }

    /** The lifecycle with a guard on responses that fails on every event it sees. */
    private static final FeedbackLifecycle FAILING_GUARD = FeedbackLifecycle.builder(OFFICE)
            .guard(CaseEventType.RESPOND, Guard.of("the response desk is reachable", (c, e) -> {
                throw new IllegalStateException("response desk lookup failed");
            }))
            .build();

    @Test
    void replay_guardThatThrows_namesTheEventAndItsCommand_keepingTheCause() {
        List<CaseEvent> h = made().history();
        assertThatThrownBy(() -> FAILING_GUARD.replay(h)).isInstanceOf(IllegalStateException.class)
                .hasMessage("event 7 of case case-1 (command c2): response desk lookup failed")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("response desk lookup failed");
    }

    @Test
    void replayAfterSnapshot_guardThatThrows_namesTheEventAndItsCommand_keepingTheCause() {
        List<CaseEvent> h = made().history();
        CaseSnapshot at3 = CaseSnapshot.of(LIFECYCLE.replay(h.subList(0, 3)));
        assertThatThrownBy(() -> FAILING_GUARD.replay(at3, h.subList(3, 8))).isInstanceOf(IllegalStateException.class)
                .hasMessage("event 7 of case case-1 (command c2): response desk lookup failed")
                .cause().hasMessage("response desk lookup failed");
    }

    @Test
    void replay_guardThatThrowsWithoutAMessage_namesTheEventAndTheExceptionType() {
        FeedbackLifecycle failing = FeedbackLifecycle.builder(OFFICE)
                .guard(CaseEventType.RESOLVE, Guard.of("always", (c, e) -> {
                    throw new UnsupportedOperationException();
                }))
                .build();
        assertThatThrownBy(() -> failing.replay(made().history()))
                .hasMessage("event 8 of case case-1 (command c3): java.lang.UnsupportedOperationException")
                .hasCauseInstanceOf(UnsupportedOperationException.class);
    }
}
