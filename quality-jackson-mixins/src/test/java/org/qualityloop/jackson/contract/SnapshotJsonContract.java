package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;

/**
 * A case snapshot's JSON (docs/json.md): the golden file {@code json-fixtures/CaseSnapshot.json}
 * is the snapshot of a case the engine takes mid-loop, a snapshot read from JSON restores to the
 * case it was taken of, and a snapshot of another schema is refused rather than misread.
 */
public abstract class SnapshotJsonContract {

    /** Monday 2 March 2026, 02:00 UTC. */
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven("always", ZoneOffset.UTC);
    private static final FeedbackLifecycle LIFECYCLE = FeedbackLifecycle.standard(ALWAYS);
    private static final SlaPolicy POLICY = new SlaPolicy("complaints", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), SlaTarget.RESOLUTION, Duration.ofHours(16),
                    SlaTarget.FOLLOW_UP, Duration.ofHours(8)),
            List.of(new SlaWarning.Share(new BigDecimal("0.75"))),
            ReopenMode.RESTART);
    private static final AgentId LI = AgentId.of("agent-li");

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();

    /** A clock the scenario moves by hand; views in other zones move with it. */
    private static final class HandClock extends Clock {
        private final java.util.concurrent.atomic.AtomicReference<Instant> time;
        private final ZoneId zone;

        HandClock() {
            this(new java.util.concurrent.atomic.AtomicReference<>(START), ZoneOffset.UTC);
        }

        private HandClock(java.util.concurrent.atomic.AtomicReference<Instant> time, ZoneId zone) {
            this.time = time;
            this.zone = zone;
        }

        void set(Instant t) {
            time.set(t);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new HandClock(time, java.util.Objects.requireNonNull(newZone, "zone"));
        }

        @Override
        public Instant instant() {
            return time.get();
        }
    }

    /**
     * A case mid-loop, as the engine leaves it: reopened once (the first cycle's clocks are past
     * clocks), one finished wait on the customer, the resolution warning recorded by the SLA
     * monitor, and waiting on the customer again.
     *
     * @return the case
     */
    static FeedbackCase midLoopCase() {
        HandClock clock = new HandClock();
        CaseService service = CaseService.builder(LIFECYCLE, POLICY, clock).build();
        CaseId id = CaseId.of("case-snapshot-1");
        Feedback complaint = Feedback.builder(FeedbackId.of("fb-snapshot-1"), Channel.PHONE, START)
                .touchpoint(TouchpointId.of("ticket-change"))
                .customer(CustomerRef.of("c-42"))
                .category(FeedbackCategory.TECHNICAL_ISSUE)
                .severity(Severity.MAJOR)
                .text("The ticket-change page charged me twice.")
                .build();
        service.executeOrThrow(CaseCommand.open(CommandId.of("cmd-0"), id, Actor.system("hotline"), complaint));
        Object[][] steps = {
            {Duration.ofMinutes(15), CaseChange.Registered.of(FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR,
                    Priority.HIGH, LI)},
            {Duration.ofMinutes(40), CaseChange.responded()},
            {Duration.ofHours(2), CaseChange.Resolved.plain()},
            {Duration.ofHours(3), CaseChange.followUpStarted()},
            {Duration.ofHours(4), new CaseChange.Reopened("The refund did not arrive.")},
            {Duration.ofHours(4).plusMinutes(10), CaseChange.Assigned.to(LI)},
            {Duration.ofHours(4).plusMinutes(20), CaseChange.responded()},
            {Duration.ofHours(5), CaseChange.awaitingCustomer()},
            {Duration.ofHours(6), CaseChange.customerReplied()},
        };
        int n = 0;
        for (Object[] step : steps) {
            clock.set(START.plus((Duration) step[0]));
            long version = service.find(id).orElseThrow().version();
            CommandResult r = service.execute(CaseCommand.of(CommandId.of("cmd-" + ++n), id, version,
                    Actor.agent(LI), (CaseChange) step[1]));
            assertThat(r.isAccepted()).as("%s", r).isTrue();
        }
        // 75 % of the 16 resolution hours of the second cycle (from 06:00, one hour paused) is 19:00.
        clock.set(START.plus(Duration.ofHours(17).plusMinutes(30)));
        assertThat(service.processDue(10)).isNotEmpty();
        clock.set(START.plus(Duration.ofHours(18)));
        long version = service.find(id).orElseThrow().version();
        service.executeOrThrow(CaseCommand.of(CommandId.of("cmd-" + ++n), id, version, Actor.agent(LI),
                CaseChange.awaitingCustomer()));
        return service.find(id).orElseThrow();
    }

    private static String fixture() throws IOException {
        try (var in = SnapshotJsonContract.class.getResourceAsStream("/json-fixtures/CaseSnapshot.json")) {
            return new String(Objects.requireNonNull(in, "CaseSnapshot.json").readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void midLoopCase_hasWhatTheFixtureIsMeantToShow() {
        CaseSnapshot snapshot = CaseSnapshot.of(midLoopCase());
        assertThat(snapshot.cycle()).isEqualTo(2);
        assertThat(snapshot.pastClocks()).isNotEmpty();
        assertThat(snapshot.slaPauses()).hasSize(1);
        assertThat(snapshot.slaPausedSince()).isPresent();
        assertThat(snapshot.clocks()).anySatisfy(c -> assertThat(c.warningsRecorded()).containsExactly(0));
    }

    /**
     * The fixture was written before the engine recorded why it set a case's targets: the engine's
     * snapshot of the same case today differs from it only by that reason, and the fixture reads
     * as the same snapshot without it.
     */
    @Test
    void fixture_isTheSnapshotTheEngineTakesOfTheCase() throws Exception {
        String today = codec().write(CaseSnapshot.of(midLoopCase()));
        assertThat(today).containsPattern(REASON);
        String withoutReason = today.replaceAll(REASON, "");
        assertThat(codec().tree(withoutReason)).isEqualTo(codec().tree(fixture()));
        assertThat(codec().read(fixture(), CaseSnapshot.class)).isEqualTo(codec().read(withoutReason,
                CaseSnapshot.class));
    }

    /** The reason of recorded targets, as the engine writes it since reasons are recorded. */
    private static final String REASON = ",\"reason\":\"[A-Z_]+\"";

    @Test
    void snapshotReadFromJson_restoresToTheCaseItWasTakenOf() {
        FeedbackCase taken = midLoopCase();
        String json = codec().write(CaseSnapshot.of(taken));

        CaseSnapshot read = codec().read(json, CaseSnapshot.class);

        assertThat(read.isCurrentSchema()).isTrue();
        FeedbackCase restored = LIFECYCLE.restore(read);
        assertThat(restored).isEqualTo(taken);
        assertThat(restored.clock(SlaTarget.RESOLUTION)).isEqualTo(taken.clock(SlaTarget.RESOLUTION));
        assertThat(CaseSnapshot.of(restored)).isEqualTo(read);
    }

    @Test
    void snapshotOfAnotherSchema_isRefusedNamingTheSchemaAndItsValue() throws IOException {
        String json = fixture();
        assertThat(json).startsWith("{\"schema\":1,");
        for (int schema : new int[] {0, 2}) {
            String other = "{\"schema\":" + schema + "," + json.substring("{\"schema\":1,".length());
            assertThatThrownBy(() -> codec().read(other, CaseSnapshot.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("schema must be 1")
                    .hasMessageContaining("but was " + schema);
        }
    }

    @Test
    void snapshotWithoutSchema_isRefused() throws IOException {
        String json = fixture();
        String without = "{" + json.substring("{\"schema\":1,".length());
        assertThatThrownBy(() -> codec().read(without, CaseSnapshot.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema");
    }
}
