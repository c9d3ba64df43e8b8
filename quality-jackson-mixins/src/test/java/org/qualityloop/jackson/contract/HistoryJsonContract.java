package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
import org.qualityloop.model.TeamId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.calendar.WorkingInterval;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.ServiceFailureKind;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.loop.TestClock;

/**
 * The history's JSON form: every kind of change round-trips, and a history written in schema 1
 * (a file kept in the test resources, never regenerated) still reads and replays to the same case.
 */
public abstract class HistoryJsonContract {

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();


    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final BusinessCalendar CAL = BusinessCalendar.builder("office", "Asia/Shanghai")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingInterval.parse("09:00-18:00")).build();
    private static final SlaPolicy POLICY = new SlaPolicy("p", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30), SlaTarget.NEXT_UPDATE, Duration.ofHours(4),
                    SlaTarget.RESOLUTION, Duration.ofHours(16), SlaTarget.FOLLOW_UP, Duration.ofHours(8)),
            List.of(new SlaWarning.Share(new BigDecimal("0.5")), new SlaWarning.Before(Duration.ofMinutes(10))),
            ReopenMode.CONTINUE, Map.of(), Map.of(),
            Map.of(SlaTarget.RESOLUTION, org.qualityloop.model.sla.SlaZoneSource.CASE));
    private static final AgentId LI = AgentId.of("agent-li");

    /** A history holding every kind of change, made through the engine. */
    public static List<CaseEvent> everyKindOfChange() {
        TestClock clock = new TestClock(T0);
        CaseService service = CaseService.builder(FeedbackLifecycle.standard(CAL), POLICY, clock).build();
        CaseId id = CaseId.of("case-9");
        Feedback f = Feedback.builder(FeedbackId.of("fb-9"), Channel.MINI_PROGRAM, T0.minusSeconds(30))
                .touchpoint(TouchpointId.of("reimbursement-upload")).customer(CustomerRef.of("c-9"))
                .category(FeedbackCategory.PROCESS_SUGGESTION).severity(Severity.MODERATE).text("太慢了")
                .zone(java.time.ZoneId.of("Asia/Seoul")).build();
        service.executeOrThrow(CaseCommand.open(CommandId.of("c0"), id, Actor.customer(f.customer().get().id()), f));
        List<CaseChange> changes = List.of(
                new CaseChange.Registered(FeedbackCategory.PROCESS_SUGGESTION.child("approval"), Severity.MODERATE,
                        Priority.MEDIUM, LI, Optional.of(TeamId.of("expenses")), Optional.empty()),
                new CaseChange.RecoveryRecorded(RecoveryAction.of(org.qualityloop.model.feedback.RecoveryActionKind.APOLOGY,
                        LI, T0, RecoveryOutcome.SUCCEEDED)),
                new CaseChange.PriorityChanged(Priority.HIGH),
                CaseChange.Reclassified.segment(org.qualityloop.model.CustomerSegment.of("vip")),
                CaseChange.Reclassified.zone(java.time.ZoneId.of("Asia/Tokyo")),
                CaseChange.responded(),
                CaseChange.awaitingCustomer(),
                CaseChange.customerReplied(),
                CaseChange.customerUpdated(),
                new CaseChange.RectificationStarted("Add a second approver for amounts under 500 CNY"),
                new CaseChange.Escalated(AgentId.of("lead-wu"), Optional.empty(), "approval node too slow"),
                new CaseChange.RecoveryRecorded(RecoveryAction.compensation(Money.of("20", "CNY"), LI, T0,
                        RecoveryOutcome.PENDING)),
                new CaseChange.Resolved(Optional.of(new ServiceFailure(ServiceFailureKind.PROCESS, Severity.MODERATE,
                        T0, Optional.empty(), Optional.empty(), Optional.of(RootCauseCategory.METHOD),
                        "single approver bottleneck"))),
                new CaseChange.KnowledgeCaptured("Reimbursement stuck at one approver", RootCauseCategory.METHOD,
                        "Parallel approval under 500 CNY"),
                CaseChange.followUpStarted(),
                new CaseChange.Reopened("Still waiting for the refund"),
                CaseChange.Assigned.to(LI),
                CaseChange.responded(),
                CaseChange.Resolved.plain(),
                CaseChange.followUpStarted(),
                CaseChange.followUpFailed(),
                new CaseChange.Confirmed(Optional.of(4)));
        long version = 1;
        int n = 1;
        for (CaseChange change : changes) {
            clock.advance(Duration.ofMinutes(20));
            CommandResult r = service.execute(CaseCommand.of(CommandId.of("c" + n++), id, version, Actor.agent(LI),
                    change));
            assertThat(r.isAccepted()).as("%s", r).isTrue();
            version = ((CommandResult.Accepted) r).version();
            if (n == 3) {
                // let the first-response warning (50 % of 30 min) and breach fall due
                clock.advance(Duration.ofMinutes(40));
                assertThat(service.processDue(10)).allMatch(CommandResult::isAccepted).isNotEmpty();
                version = service.find(id).orElseThrow().version();
            }
        }
        return service.history(id);
    }

    private static String golden() throws IOException {
        try (InputStream in = HistoryJsonContract.class.getResourceAsStream("/json-fixtures/history-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyKindOfChange_roundTrips() {
        List<CaseEvent> history = everyKindOfChange();
        EnumSet<CaseEventType> seen = EnumSet.noneOf(CaseEventType.class);
        history.forEach(e -> seen.add(e.type()));
        // every kind of change but a rejection, which cannot share a history with a resolution
        assertThat(seen).isEqualTo(EnumSet.complementOf(EnumSet.of(CaseEventType.REJECT)));
        String json = codec().writeHistory(history);
        assertThat(codec().readHistory(json)).isEqualTo(history);
        for (CaseEvent e : history) {
            assertThat(codec().readEvent(codec().writeEvent(e))).isEqualTo(e);
        }
    }

    @Test
    void rejection_roundTrips() {
        CaseEvent e = CaseEvent.of(CaseId.of("case-1"), 2, CommandId.of("cmd-2"), Actor.agent(LI), T0,
                new CaseChange.Rejected(org.qualityloop.model.feedback.Validity.invalid("duplicate of case-0")));
        assertThat(codec().readEvent(codec().writeEvent(e))).isEqualTo(e);
    }

    @Test
    void schemaOneHistory_readsAndReplaysToTheSameCase() throws Exception {
        String stored = golden();
        List<CaseEvent> history = codec().readHistory(stored);
        FeedbackCase replayed = FeedbackLifecycle.standard(CAL).replay(history);
        assertThat(history).hasSize(26);
        assertThat(replayed.state()).isEqualTo(org.qualityloop.workflow.cases.CaseState.CLOSED);
        assertThat(replayed.cycle()).isEqualTo(2);
        assertThat(replayed.escalationCount()).isEqualTo(1);
        assertThat(replayed.owner()).contains(LI);
        assertThat(replayed.satisfaction()).contains(4);
        assertThat(replayed.outcome().orElseThrow().slaVerdict(SlaTarget.FIRST_RESPONSE))
                .contains(org.qualityloop.model.sla.SlaStatus.BREACHED);
        assertThat(replayed.recoveryActions()).hasSize(2);
        assertThat(codec().tree(codec().writeHistory(history))).isEqualTo(codec().tree(stored));
    }

    @Test
    void slaTargetsSet_newFields_roundTrip_andAbsentOnesReadAsTheDefaults() {
        CaseChange.SlaTargetsSet full = new CaseChange.SlaTargetsSet(
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30), SlaTarget.RESOLUTION, Duration.ofHours(8)),
                List.of(), ReopenMode.RESTART, Map.of(SlaTarget.FIRST_RESPONSE, "always-on"),
                Map.of(SlaTarget.RESOLUTION, java.util.Set.of(org.qualityloop.model.sla.SlaPauseCondition.RECTIFYING,
                        org.qualityloop.model.sla.SlaPauseCondition.AWAITING_CUSTOMER)),
                Optional.of(CaseChange.SlaTargetsSet.Reason.RECLASSIFIED));
        CaseEvent e = CaseEvent.of(CaseId.of("case-1"), 3, CommandId.of("cmd-2"), Actor.agent(LI),
                Instant.parse("2026-03-02T02:15:00Z"), full);
        String json = codec().writeEvent(e);
        assertThat(json).endsWith("\"change\":{\"type\":\"sla-targets-set\",\"targets\":{\"first_response\":\"PT30M\","
                + "\"resolution\":\"PT8H\"},\"warnings\":[],\"reopenMode\":\"RESTART\",\"calendars\":{\"first_response\":"
                + "\"always-on\"},\"pauseOn\":{\"resolution\":[\"awaiting_customer\",\"rectifying\"]},\"reason\":"
                + "\"RECLASSIFIED\"}}");
        assertThat(codec().readEvent(json)).isEqualTo(e);
        // an event written before calendars, pause conditions and reasons were recorded
        String old = "{\"schema\":1,\"case\":\"case-1\",\"sequence\":3,\"command\":\"cmd-2\",\"actor\":{\"kind\":"
                + "\"AGENT\",\"id\":\"agent-li\"},\"at\":\"2026-03-02T02:15:00Z\",\"change\":{\"type\":"
                + "\"sla-targets-set\",\"targets\":{\"resolution\":\"PT8H\"},\"warnings\":[],\"reopenMode\":\"RESTART\"}}";
        CaseChange.SlaTargetsSet read = (CaseChange.SlaTargetsSet) codec().readEvent(old).change();
        assertThat(read).isEqualTo(new CaseChange.SlaTargetsSet(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(8)),
                List.of(), ReopenMode.RESTART));
        assertThat(read.calendars()).isEmpty();
        assertThat(read.pauseConditions(SlaTarget.RESOLUTION))
                .containsExactly(org.qualityloop.model.sla.SlaPauseCondition.AWAITING_CUSTOMER);
        assertThat(read.reason()).isEmpty();
        assertThat(codec().writeEvent(codec().readEvent(old))).isEqualTo(old);
        String unknown = old.replace("\"reopenMode\":\"RESTART\"", "\"reopenMode\":\"RESTART\",\"pauseOn\":"
                + "{\"resolution\":[\"lunch_break\"]}");
        assertThatThrownBy(() -> codec().readEvent(unknown)).hasMessageContaining("pauseOn[resolution] must name "
                + "conditions the case lifecycle knows").hasMessageContaining("lunch_break");
    }

    @Test
    void slaTargetsSet_zones_roundTrip_andAbsentOnesReadAsNone() {
        CaseChange.SlaTargetsSet zoned = new CaseChange.SlaTargetsSet(Map.of(SlaTarget.RESOLUTION,
                Duration.ofHours(8)), List.of(), ReopenMode.RESTART, Map.of(), Map.of(),
                Optional.of(CaseChange.SlaTargetsSet.Reason.RECLASSIFIED),
                Map.of(SlaTarget.RESOLUTION, java.time.ZoneId.of("America/New_York")));
        CaseEvent e = CaseEvent.of(CaseId.of("case-1"), 3, CommandId.of("cmd-2"), Actor.agent(LI),
                Instant.parse("2026-03-02T02:15:00Z"), zoned);
        String json = codec().writeEvent(e);
        assertThat(json).endsWith("\"change\":{\"type\":\"sla-targets-set\",\"targets\":{\"resolution\":\"PT8H\"},"
                + "\"warnings\":[],\"reopenMode\":\"RESTART\",\"reason\":\"RECLASSIFIED\",\"zones\":{\"resolution\":"
                + "\"America/New_York\"}}}");
        assertThat(codec().readEvent(json)).isEqualTo(e);
        CaseChange.SlaTargetsSet none = (CaseChange.SlaTargetsSet) codec().readEvent(json.replace(
                ",\"zones\":{\"resolution\":\"America/New_York\"}", "")).change();
        assertThat(none.zones()).isEmpty();
        assertThat(codec().writeEvent(CaseEvent.of(CaseId.of("case-1"), 3, CommandId.of("cmd-2"), Actor.agent(LI),
                Instant.parse("2026-03-02T02:15:00Z"), none))).doesNotContain("zones");
        assertThatThrownBy(() -> codec().readEvent(json.replace("America/New_York", "Mars/Olympus")))
                .hasMessageContaining("time zone must be a known id").hasMessageContaining("Mars/Olympus");
    }

    @Test
    void slaPolicy_zoneSources_roundTrip_andAreOmittedWhenNone() {
        SlaPolicy follow = SlaPolicy.builder("follow").defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART)
                .zoneSource(SlaTarget.RESOLUTION, org.qualityloop.model.sla.SlaZoneSource.CASE)
                .zoneSource(SlaTarget.FIRST_RESPONSE, org.qualityloop.model.sla.SlaZoneSource.CALENDAR).build();
        String json = codec().write(follow);
        assertThat(json).isEqualTo("{\"name\":\"follow\",\"rules\":[],\"defaults\":{\"resolution\":\"PT8H\"},"
                + "\"warnings\":[],\"reopen\":\"RESTART\",\"zoneSources\":{\"first_response\":\"CALENDAR\","
                + "\"resolution\":\"CASE\"}}");
        assertThat(codec().read(json, SlaPolicy.class)).isEqualTo(follow);
        SlaPolicy plain = codec().read(json.replace(",\"zoneSources\":{\"first_response\":\"CALENDAR\","
                + "\"resolution\":\"CASE\"}", ""), SlaPolicy.class);
        assertThat(plain.zoneSources()).isEmpty();
        assertThat(codec().write(plain)).doesNotContain("zoneSources");
        assertThatThrownBy(() -> codec().read(json.replace("\"CASE\"", "\"CALLER\""), SlaPolicy.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zoneSources");
    }

    @Test
    void slaPolicy_calendarsAndPauseConditions_roundTrip_andAreOmittedWhenNone() {
        SlaPolicy split = SlaPolicy.builder("split")
                .defaultTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .reopen(ReopenMode.RESTART)
                .calendar(SlaTarget.FIRST_RESPONSE, "always-on")
                .pauseOn(SlaTarget.RESOLUTION, org.qualityloop.model.sla.SlaPauseCondition.RECTIFYING)
                .pauseOn(SlaTarget.NEXT_UPDATE)
                .build();
        String json = codec().write(split);
        assertThat(json).isEqualTo("{\"name\":\"split\",\"rules\":[],\"defaults\":{\"first_response\":\"PT2H\","
                + "\"resolution\":\"PT8H\"},\"warnings\":[],\"reopen\":\"RESTART\",\"calendars\":{\"first_response\":"
                + "\"always-on\"},\"pauseOn\":{\"next_update\":[],\"resolution\":[\"rectifying\"]}}");
        assertThat(codec().read(json, SlaPolicy.class)).isEqualTo(split);
        assertThat(codec().write(POLICY)).doesNotContain("calendars").doesNotContain("pauseOn")
                .contains("\"zoneSources\":{\"resolution\":\"CASE\"}");
        assertThat(codec().read(codec().write(POLICY), SlaPolicy.class)).isEqualTo(POLICY);
    }

    /** The golden fixture of an SLA explanation is the engine's explanation of the worked example. */
    @Test
    void slaExplanation_fixtureIsTheWorkedExample() throws IOException {
        String fixture;
        try (InputStream in = HistoryJsonContract.class.getResourceAsStream("/json-fixtures/SlaExplanation.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        org.qualityloop.workflow.cases.SlaExplanation example =
                org.qualityloop.workflow.loop.SlaExplanationTest.example();
        assertThat(codec().write(example)).isEqualTo(fixture);
        assertThat(codec().read(fixture, org.qualityloop.workflow.cases.SlaExplanation.class)).isEqualTo(example);
    }

    @Test
    void reclassified_shape() {
        CaseEvent e = CaseEvent.of(CaseId.of("case-1"), 2, CommandId.of("cmd-2"), Actor.agent(LI),
                Instant.parse("2026-03-02T02:15:00Z"),
                CaseChange.Reclassified.category(FeedbackCategory.SERVICE_ATTITUDE));
        assertThat(codec().writeEvent(e)).endsWith("\"change\":{\"type\":\"reclassified\",\"category\":"
                + "\"service-attitude\",\"severity\":null,\"segment\":null}}");
        assertThat(codec().readEvent(codec().writeEvent(e))).isEqualTo(e);
        CaseEvent zone = CaseEvent.of(CaseId.of("case-1"), 2, CommandId.of("cmd-2"), Actor.agent(LI),
                Instant.parse("2026-03-02T02:15:00Z"), CaseChange.Reclassified.zone(java.time.ZoneId.of("Europe/London")));
        assertThat(codec().writeEvent(zone)).endsWith("\"change\":{\"type\":\"reclassified\",\"category\":null,"
                + "\"severity\":null,\"segment\":null,\"zone\":\"Europe/London\"}}");
        assertThat(codec().readEvent(codec().writeEvent(zone))).isEqualTo(zone);
    }

    @Test
    void eventShape_isDocumented() {
        CaseEvent e = CaseEvent.of(CaseId.of("case-1"), 2, CommandId.of("cmd-2"), Actor.agent(LI),
                Instant.parse("2026-03-02T02:15:00Z"), new CaseChange.PriorityChanged(Priority.HIGH));
        assertThat(codec().writeEvent(e)).isEqualTo("{\"schema\":1,\"case\":\"case-1\",\"sequence\":2,"
                + "\"command\":\"cmd-2\",\"actor\":{\"kind\":\"AGENT\",\"id\":\"agent-li\"},"
                + "\"at\":\"2026-03-02T02:15:00Z\",\"change\":{\"type\":\"priority-changed\",\"priority\":\"HIGH\"}}");
        assertThat(codec().writeEvent(CaseEvent.of(CaseId.of("case-1"), 3, CommandId.of("cmd-3"), Actor.agent(LI),
                Instant.parse("2026-03-02T02:16:00Z"), CaseChange.responded())))
                .endsWith("\"change\":{\"type\":\"responded\"}}");
    }

    @Test
    void badJson_failsNamingTheEventAndTheRule() {
        String newer = "[{\"schema\":2,\"case\":\"case-1\",\"sequence\":1,\"command\":\"c\",\"actor\":{\"kind\":\"AGENT\","
                + "\"id\":\"a\"},\"at\":\"2026-03-02T02:15:00Z\",\"change\":{\"type\":\"responded\"}}]";
        assertThatThrownBy(() -> codec().readHistory(newer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history[0]: schema must be between 1 and 1, but was 2 (written by a newer version of "
                        + "Quality Loop)");
        String badScore = "{\"schema\":1,\"case\":\"case-1\",\"sequence\":4,\"command\":\"c\",\"actor\":{\"kind\":\"AGENT\","
                + "\"id\":\"a\"},\"at\":\"2026-03-02T02:15:00Z\",\"change\":{\"type\":\"confirmed\",\"satisfaction\":9}}";
        assertThatThrownBy(() -> codec().readEvent(badScore))
                .hasMessage("event: change: satisfaction must be between 1 and 5, but was 9");
        String unknown = "{\"schema\":1,\"case\":\"case-1\",\"sequence\":4,\"command\":\"c\",\"actor\":{\"kind\":\"AGENT\","
                + "\"id\":\"a\"},\"at\":\"2026-03-02T02:15:00Z\",\"change\":{\"type\":\"teleported\"}}";
        assertThatThrownBy(() -> codec().readEvent(unknown)).hasMessageStartingWith("event: ")
                .hasMessageContaining("teleported");
        assertThatThrownBy(() -> codec().readHistory("{}")).hasMessage("a case history must be a JSON array, but was a object");
    }

    private static final String DUPLICATE_IN_CHANGE = "{\"schema\":1,\"case\":\"case-1\",\"sequence\":2,"
            + "\"command\":\"cmd-2\",\"actor\":{\"kind\":\"AGENT\",\"id\":\"agent-li\"},"
            + "\"at\":\"2026-03-02T02:15:00Z\",\"change\":{\"type\":\"priority-changed\",\"priority\":\"LOW\","
            + "\"priority\":\"HIGH\"}}";

    @Test
    void duplicateKeyInChange_isRefusedNamingTheKey() {
        assertThatThrownBy(() -> codec().readEvent(DUPLICATE_IN_CHANGE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read a case history from JSON: duplicate key \"priority\"");
        assertThatThrownBy(() -> codec().readHistory("[" + DUPLICATE_IN_CHANGE + "]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read a case history from JSON: duplicate key \"priority\"");
    }

    /**
     * The module alone refuses a duplicate key inside an event or its change: a mapper of an
     * application's own settings (no strict duplicate detection) must not keep the last value.
     */
    @Test
    void duplicateKeyInChange_isRefusedByTheModuleOnAnyMapper() {
        assertThatThrownBy(() -> codec().readWithModuleOnly(DUPLICATE_IN_CHANGE, CaseEvent.class))
                .hasMessageContaining("Duplicate").hasMessageContaining("priority");
        String change = "{\"type\":\"priority-changed\",\"priority\":\"LOW\",\"priority\":\"HIGH\"}";
        assertThatThrownBy(() -> codec().readWithModuleOnly(change, CaseChange.class))
                .hasMessageContaining("Duplicate");
        String typeLast = "{\"priority\":\"LOW\",\"priority\":\"HIGH\",\"type\":\"priority-changed\"}";
        assertThatThrownBy(() -> codec().readWithModuleOnly(typeLast, CaseChange.class))
                .hasMessageContaining("Duplicate");
        String typeTwice = "{\"type\":\"priority-changed\",\"type\":\"responded\",\"priority\":\"LOW\"}";
        assertThatThrownBy(() -> codec().readWithModuleOnly(typeTwice, CaseChange.class))
                .hasMessageContaining("Duplicate");
        String sequenceTwice = DUPLICATE_IN_CHANGE.replace("\"sequence\":2,", "\"sequence\":2,\"sequence\":3,")
                .replace("\"priority\":\"LOW\",", "");
        assertThatThrownBy(() -> codec().readWithModuleOnly(sequenceTwice, CaseEvent.class))
                .hasMessageContaining("Duplicate");
    }

    @Test
    void duplicateKeyNestedInAChange_isRefusedByTheModuleOnAnyMapper() {
        String nested = "{\"type\":\"sla-targets-set\",\"targets\":{\"resolution\":\"PT8H\",\"resolution\":\"PT1H\"},"
                + "\"warnings\":[],\"reopenMode\":\"RESTART\"}";
        assertThatThrownBy(() -> codec().readWithModuleOnly(nested, CaseChange.class))
                .hasMessageContaining("Duplicate").hasMessageContaining("resolution");
    }

    @Test
    void eventsWithoutDuplicates_readTheSameWithTheModuleOnAnyMapper() throws Exception {
        CaseEvent event = codec().readEvent(DUPLICATE_IN_CHANGE.replace("\"priority\":\"LOW\",", ""));
        assertThat(codec().readWithModuleOnly(codec().writeEvent(event), CaseEvent.class)).isEqualTo(event);
        String typeLast = "{\"priority\":\"HIGH\",\"type\":\"priority-changed\"}";
        assertThat(codec().readWithModuleOnly(typeLast, CaseChange.class))
                .isEqualTo(new CaseChange.PriorityChanged(Priority.HIGH));
    }
}
