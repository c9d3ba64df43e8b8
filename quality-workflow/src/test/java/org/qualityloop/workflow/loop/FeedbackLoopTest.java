package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaRule;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.engine.EscalationPolicy;
import org.qualityloop.workflow.knowledge.InMemoryKnowledgeBase;

/**
 * The closed loop of the business-travel seed (閉環管理): register and assign, respond fast,
 * rectify and track, resolve, follow up, close — and the unsatisfied follow-up that reopens the
 * case. Only the public API is used, as an integrator would.
 *
 * <p>The service centre works Monday to Friday, 09:00–18:00 in Shanghai (UTC+8, no daylight
 * saving). High-priority complaints: first response within 1 working hour, resolution within 8,
 * follow-up within 8 after resolution; a warning at 75 % of each target.
 */
class FeedbackLoopTest {

    // Monday 2 March 2026, 10:00 in Shanghai.
    private static final Instant MON_1000 = Instant.parse("2026-03-02T02:00:00Z");
    private static final AgentId LI = AgentId.of("agent-li");
    private static final AgentId WANG = AgentId.of("agent-wang");
    private static final AgentId SUPERVISOR = AgentId.of("supervisor-zhao");

    private static final BusinessCalendar CENTRE = BusinessCalendar.builder("service-centre", "Asia/Shanghai")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00"))
            .build();

    private static final SlaPolicy POLICY = new SlaPolicy("complaints",
            List.of(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1),
                    SlaTarget.RESOLUTION, Duration.ofHours(8))).whenPriority(Priority.HIGH)),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.RESOLUTION, Duration.ofHours(16),
                    SlaTarget.FOLLOW_UP, Duration.ofHours(8)),
            List.of(new SlaWarning.Share(new BigDecimal("0.75"))),
            ReopenMode.RESTART);

    private final TestClock clock = new TestClock(MON_1000);
    private final InMemoryKnowledgeBase knowledge = new InMemoryKnowledgeBase();
    private final CaseService service = CaseService.builder(FeedbackLifecycle.standard(CENTRE), POLICY, clock)
            .knowledgeBase(knowledge)
            .escalation(EscalationPolicy.onBreach(List.of(SUPERVISOR), Set.of(SlaTarget.FIRST_RESPONSE)))
            .build();
    private final CaseId id = CaseId.of("case-1");
    private int commands;

    private static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private FeedbackCase at(String localDateTime, CaseChange change) {
        clock.set(shanghai(localDateTime));
        long version = service.find(id).map(FeedbackCase::version).orElse(0L);
        CommandResult r = service.execute(CaseCommand.of(CommandId.of("cmd-" + ++commands), id, version,
                Actor.agent(LI), change));
        assertThat(r.isAccepted()).as("%s", r).isTrue();
        return ((CommandResult.Accepted) r).current();
    }

    private void openAndWork() {
        Feedback complaint = Feedback.builder(FeedbackId.of("fb-1"), Channel.PHONE, MON_1000)
                .touchpoint(TouchpointId.of("ticket-change"))
                .customer(CustomerRef.of("c-42"))
                .category(FeedbackCategory.TECHNICAL_ISSUE)
                .severity(Severity.MAJOR)
                .text("The ticket-change page failed twice and charged me twice.")
                .build();
        service.executeOrThrow(CaseCommand.open(CommandId.of("cmd-0"), id, Actor.system("hotline"), complaint));

        // 1. Register, classify, grade and assign an owner: the high-priority clocks start at receipt.
        FeedbackCase c = at("2026-03-02T10:15", CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE,
                Severity.MAJOR, Priority.HIGH, LI));
        assertThat(c.state()).isEqualTo(CaseState.REGISTERED);
        // 1 working hour from Monday 10:00 is Monday 11:00.
        assertThat(c.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().deadline()).isEqualTo(shanghai("2026-03-02T11:00"));
        // 8 working hours from Monday 10:00: 10:00-18:00 is 8 hours, so Monday 18:00 (closing time).
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(shanghai("2026-03-02T18:00"));

        // 2. Respond fast: 40 minutes after receipt.
        c = at("2026-03-02T10:40", CaseChange.responded());
        assertThat(c.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(c.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().stoppedAt()).contains(shanghai("2026-03-02T10:40"));

        // 3. Rectify and track, with the recovery steps of the seed: apologise, compensate.
        at("2026-03-02T11:00", new CaseChange.RectificationStarted("Refund the double charge; fix the page retry."));
        at("2026-03-02T11:05", new CaseChange.RecoveryRecorded(RecoveryAction.of(RecoveryActionKind.APOLOGY, LI,
                shanghai("2026-03-02T11:05"), RecoveryOutcome.SUCCEEDED)));
        at("2026-03-02T11:10", new CaseChange.RecoveryRecorded(RecoveryAction.compensation(Money.of("50.00", "CNY"),
                LI, shanghai("2026-03-02T11:10"), RecoveryOutcome.SUCCEEDED)));

        // Waiting on the customer's bank statement, Monday 14:00-16:00: resolution pauses.
        at("2026-03-02T14:00", CaseChange.awaitingCustomer());
        c = at("2026-03-02T16:00", CaseChange.customerReplied());
        // At the pause 4 working hours had elapsed (10:00-14:00); the remaining 4 run 16:00-18:00
        // and Tuesday 09:00-11:00, so the deadline moved from Monday 18:00 to Tuesday 11:00.
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().deadline()).isEqualTo(shanghai("2026-03-03T11:00"));

        // 4. Resolve on Tuesday 10:00: 4 + 2 + 1 = 7 working hours, within 8.
        c = at("2026-03-03T10:00", CaseChange.Resolved.plain());
        assertThat(c.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.clock(SlaTarget.RESOLUTION).orElseThrow().elapsed(CENTRE, c.updatedAt()))
                .isEqualTo(Duration.ofHours(7));
        // The follow-up clock (8 working hours) starts: Tuesday 10:00-18:00, due at closing time.
        assertThat(c.clock(SlaTarget.FOLLOW_UP).orElseThrow().deadline()).isEqualTo(shanghai("2026-03-03T18:00"));

        // 5. Follow up (結果回訪) the same afternoon.
        c = at("2026-03-03T15:00", CaseChange.followUpStarted());
        assertThat(c.state()).isEqualTo(CaseState.FOLLOW_UP);
    }

    @Test
    void seedLoop_registerAssignRespondRectifyResolveFollowUpClose() {
        openAndWork();
        at("2026-03-03T15:05", new CaseChange.KnowledgeCaptured("Ticket change charged twice when the page retried",
                RootCauseCategory.MACHINE, "Idempotent payment call on retry"));
        FeedbackCase closed = at("2026-03-03T15:10", CaseChange.Confirmed.withSatisfaction(5));

        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        CaseOutcome outcome = closed.outcome().orElseThrow();
        assertThat(outcome.closure()).isEqualTo(Closure.CONFIRMED);
        assertThat(outcome.satisfaction()).contains(5);
        assertThat(outcome.firstResponseTime()).contains(Duration.ofMinutes(40));
        assertThat(outcome.resolutionTime()).contains(Duration.ofHours(24));
        assertThat(outcome.recoveryActions()).extracting(RecoveryAction::kind)
                .containsExactly(RecoveryActionKind.APOLOGY, RecoveryActionKind.COMPENSATION);
        assertThat(outcome.sla()).extracting(SlaResult::target, SlaResult::status, SlaResult::elapsed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SlaTarget.FIRST_RESPONSE, SlaStatus.MET, Duration.ofMinutes(40)),
                org.assertj.core.groups.Tuple.tuple(SlaTarget.FOLLOW_UP, SlaStatus.MET, Duration.ofHours(5)),
                org.assertj.core.groups.Tuple.tuple(SlaTarget.RESOLUTION, SlaStatus.MET, Duration.ofHours(7)));

        // The lesson is in the knowledge base under the case's category and touchpoint.
        assertThat(knowledge.search(FeedbackCategory.TECHNICAL_ISSUE, Optional.of(TouchpointId.of("ticket-change"))))
                .singleElement().satisfies(k -> {
                    assertThat(k.source()).isEqualTo(id);
                    assertThat(k.rootCause()).isEqualTo(RootCauseCategory.MACHINE);
                });

        // The case is the fold of its history.
        assertThat(service.lifecycle().replay(service.history(id))).isEqualTo(closed);
    }

    @Test
    void unsatisfiedFollowUp_reopensANewCycle_withNewClocks() {
        openAndWork();
        // Not satisfied: the customer was still charged twice. A new cycle starts at Tuesday 15:30.
        FeedbackCase reopened = at("2026-03-03T15:30", new CaseChange.Reopened("Second charge not refunded"));
        assertThat(reopened.state()).isEqualTo(CaseState.REOPENED);
        assertThat(reopened.cycle()).isEqualTo(2);
        // First response: 1 working hour from Tuesday 15:30, 16:30.
        assertThat(reopened.clock(SlaTarget.FIRST_RESPONSE).orElseThrow().deadline())
                .isEqualTo(shanghai("2026-03-03T16:30"));
        // Resolution restarts (RESTART): 8 working hours from Tuesday 15:30 = 2.5 h on Tuesday and
        // 5.5 h on Wednesday from 09:00, so Wednesday 14:30.
        assertThat(reopened.clock(SlaTarget.RESOLUTION).orElseThrow().deadline())
                .isEqualTo(shanghai("2026-03-04T14:30"));

        FeedbackCase c = at("2026-03-03T15:40", CaseChange.Assigned.to(WANG));
        assertThat(c.state()).isEqualTo(CaseState.REGISTERED);
        assertThat(c.owner()).contains(WANG);
        at("2026-03-03T16:00", CaseChange.responded());
        at("2026-03-04T11:00", CaseChange.Resolved.plain());
        at("2026-03-04T14:00", CaseChange.followUpStarted());
        FeedbackCase closed = at("2026-03-04T14:05", CaseChange.Confirmed.withSatisfaction(4));

        CaseOutcome outcome = closed.outcome().orElseThrow();
        assertThat(outcome.reopenCount()).isEqualTo(1);
        assertThat(outcome.owner()).contains(WANG);
        assertThat(outcome.sla(SlaTarget.RESOLUTION)).extracting(SlaResult::cycle, SlaResult::status, SlaResult::elapsed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, SlaStatus.MET, Duration.ofHours(7)),
                        // Tuesday 15:30-18:00 (2.5 h) and Wednesday 09:00-11:00 (2 h).
                        org.assertj.core.groups.Tuple.tuple(2, SlaStatus.MET, Duration.ofMinutes(270)));
        assertThat(outcome.sla(SlaTarget.FIRST_RESPONSE)).extracting(SlaResult::cycle, SlaResult::elapsed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Duration.ofMinutes(40)),
                        org.assertj.core.groups.Tuple.tuple(2, Duration.ofMinutes(30)));
        assertThat(outcome.resolutionTime()).contains(Duration.between(MON_1000, shanghai("2026-03-04T11:00")));
        assertThat(service.lifecycle().replay(service.history(id))).isEqualTo(closed);
    }

    @Test
    void unansweredComplaint_warnsAt75Percent_thenBreachesAndEscalates() {
        Feedback complaint = Feedback.builder(FeedbackId.of("fb-2"), Channel.APP, MON_1000).build();
        service.executeOrThrow(CaseCommand.open(CommandId.of("cmd-0"), id, Actor.system("app"), complaint));
        at("2026-03-02T10:05", CaseChange.Registered.of(FeedbackCategory.SERVICE_ATTITUDE, Severity.MAJOR,
                Priority.HIGH, LI));

        // 75 % of 1 working hour from 10:00 is 10:45: nothing is due at 10:44:59.
        clock.set(shanghai("2026-03-02T10:44:59"));
        assertThat(service.processDue(100)).isEmpty();
        clock.set(shanghai("2026-03-02T10:45"));
        List<CommandResult> warned = service.processDue(100);
        assertThat(warned).singleElement().satisfies(r -> assertThat(((CommandResult.Accepted) r).events())
                .singleElement().satisfies(e -> {
                    assertThat(e.change()).isEqualTo(new CaseChange.SlaWarningReached(SlaTarget.FIRST_RESPONSE, 0));
                    assertThat(e.actor()).isEqualTo(Actor.SLA_MONITOR);
                }));
        // Next due is the first-response breach, right after the 11:00 deadline (the resolution
        // warning, 75 % of 8 h, is only at 16:00): 1 ns after it, kept at the next microsecond.
        Instant breachDue = shanghai("2026-03-02T11:00").plusNanos(1_000);
        assertThat(service.nextDue()).contains(breachDue);

        // At 11:00 exactly the clock is at its target, not beyond it: not breached yet.
        clock.set(shanghai("2026-03-02T11:00"));
        assertThat(service.processDue(100)).isEmpty();
        // A scheduler that wakes at nextDue() finds the breach.
        clock.set(breachDue);
        List<CommandResult> breached = service.processDue(100);
        assertThat(breached).singleElement().satisfies(r -> assertThat(((CommandResult.Accepted) r).events())
                .extracting(e -> e.type()).containsExactly(CaseEventType.SLA_BREACH, CaseEventType.ESCALATE));
        FeedbackCase c = service.find(id).orElseThrow();
        assertThat(c.owner()).contains(SUPERVISOR);
        assertThat(c.escalationCount()).isEqualTo(1);
        assertThat(c.breachRecorded(SlaTarget.FIRST_RESPONSE)).isTrue();

        // Running the monitor again records nothing twice.
        assertThat(service.processDue(100)).isEmpty();
        assertThat(service.lifecycle().replay(service.history(id))).isEqualTo(c);
    }

    @Test
    void invalidFeedback_isRejectedWithItsReason_andKept() {
        Feedback spam = Feedback.builder(FeedbackId.of("fb-3"), Channel.SOCIAL_MEDIA, MON_1000).build();
        service.executeOrThrow(CaseCommand.open(CommandId.of("cmd-0"), id, Actor.system("social"), spam));
        FeedbackCase rejected = at("2026-03-02T10:01",
                new CaseChange.Rejected(org.qualityloop.model.feedback.Validity.malicious("advertising spam")));
        assertThat(rejected.state()).isEqualTo(CaseState.REJECTED);
        assertThat(rejected.feedback().validity().reason()).contains("advertising spam");
        assertThat(rejected.outcome().orElseThrow().closure()).isEqualTo(Closure.REJECTED);
        assertThat(service.history(id)).hasSize(2);
    }
}
