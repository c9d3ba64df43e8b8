package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.BlueprintLane;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.JourneyPhase;
import org.qualityloop.model.Priority;
import org.qualityloop.model.ServiceProcess;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseFeed;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.engine.CommandResult;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.StoredEvent;
import org.qualityloop.workflow.store.UnitOfWork;

/** The engine over its store: retries, units of work, the feed, queries and snapshots. */
class CaseServiceStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));

    private static CaseService service(TestClock clock, CaseStore store) {
        return CaseService.builder(LIFECYCLE, CaseEngineProperties.policy(ReopenMode.RESTART), clock).store(store)
                .build();
    }

    private static CommandResult.Accepted open(CaseService s, String id) {
        return s.executeOrThrow(CaseCommand.open(CommandId.of("open-" + id), CaseId.of(id), Actor.system("intake"),
                Feedback.builder(FeedbackId.of("fb-" + id), Channel.APP, T0).build()));
    }

    private static CommandResult.Accepted register(CaseService s, String id, long version, Priority p, String owner) {
        return s.executeOrThrow(CaseCommand.of(CommandId.of("reg-" + id), CaseId.of(id), version, AGENT,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, p, AgentId.of(owner))));
    }

    @Test
    void retryOfOpen_isRecognised_whenTheProcessFilledInTheStage() {
        ServiceProcess process = ServiceProcess.builder("hotel", "Hotel")
                .stage("check-in", "Check-in")
                .touchpoint(Touchpoint.builder("front-desk", "Front desk").stage("check-in")
                        .phase(JourneyPhase.DELIVERY).channel(Channel.COUNTER).lane(BlueprintLane.FRONT_STAGE)
                        .ownedBy("front-office"))
                .build();
        TestClock clock = new TestClock(T0);
        CaseService service = CaseService.builder(LIFECYCLE, CaseEngineProperties.policy(ReopenMode.RESTART), clock)
                .process(process).build();
        CaseCommand open = CaseCommand.open(CommandId.of("req-1"), CaseId.of("stay-1"), Actor.system("app"),
                Feedback.builder(FeedbackId.of("fb-1"), Channel.COUNTER, T0).touchpoint(TouchpointId.of("front-desk"))
                        .build());
        CommandResult.Accepted first = service.executeOrThrow(open);
        assertThat(first.current().stage()).contains(StageId.of("check-in"));

        CommandResult again = service.execute(open);

        assertThat(again).isInstanceOfSatisfying(CommandResult.Accepted.class, a -> {
            assertThat(a.retry()).isTrue();
            assertThat(a.events()).isEqualTo(first.events());
        });
        CaseCommand otherFeedback = CaseCommand.open(CommandId.of("req-1"), CaseId.of("stay-1"), Actor.system("app"),
                Feedback.builder(FeedbackId.of("fb-2"), Channel.COUNTER, T0).build());
        assertThat(service.execute(otherFeedback)).isInstanceOfSatisfying(CommandResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(CommandResult.Reason.COMMAND_ID_REUSED));
        assertThat(service.history(CaseId.of("stay-1"))).hasSize(1);
    }

    @Test
    void buildingTwice_givesEachServiceItsOwnDefaultStore() {
        CaseService.Builder builder = CaseService.builder(LIFECYCLE, CaseEngineProperties.policy(ReopenMode.RESTART),
                new TestClock(T0));
        CaseService a = builder.build();
        CaseService b = builder.build();
        open(a, "case-1");
        assertThat(a.store()).isNotSameAs(b.store());
        assertThat(b.find(CaseId.of("case-1"))).isEmpty();
    }

    @Test
    void unitOfWork_commitsWithTheEvents_andItsFailureWritesNothing() {
        TestClock clock = new TestClock(T0);
        CaseService service = service(clock, new InMemoryCaseStore());
        long v = open(service, "case-1").version();
        List<String> ledger = new ArrayList<>();
        CaseCommand escalate = CaseCommand.of(CommandId.of("esc-1"), CaseId.of("case-1"), v, AGENT,
                new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "vip"));

        assertThatThrownBy(() -> service.execute(escalate, tx -> {
            throw new IllegalStateException("payment system down");
        })).hasMessage("payment system down");
        assertThat(service.history(CaseId.of("case-1"))).hasSize(1);

        CommandResult r = service.execute(escalate, tx -> ledger.add("escalated at v" + tx.append().version()));
        assertThat(r.isAccepted()).isTrue();
        assertThat(ledger).containsExactly("escalated at v2");
        // a retry is answered from the history and does not run the work again
        assertThat(service.execute(escalate, tx -> ledger.add("again"))).isInstanceOfSatisfying(
                CommandResult.Accepted.class, a -> assertThat(a.retry()).isTrue());
        assertThat(ledger).containsExactly("escalated at v2");
    }

    @Test
    void feed_resumesFromItsCheckpoint_andDeliversEveryEventOnce() {
        TestClock clock = new TestClock(T0);
        InMemoryCaseStore store = new InMemoryCaseStore();
        CaseService service = service(clock, store);
        open(service, "case-1");
        open(service, "case-2");
        CaseFeed feed = CaseFeed.from(store, 0);
        List<CaseEvent> seen = new ArrayList<>();
        assertThat(feed.poll(1, e -> seen.add(e.event()))).isEqualTo(1);
        long checkpoint = feed.checkpoint();
        register(service, "case-1", 1, Priority.HIGH, "a");

        // a crash: a new feed from the saved checkpoint, and a consumer that fails once
        CaseFeed resumed = CaseFeed.from(store, checkpoint);
        List<StoredEvent> delivered = new ArrayList<>();
        assertThatThrownBy(() -> resumed.poll(10, e -> {
            if (delivered.size() == 1) {
                delivered.add(null);
                throw new IllegalStateException("mail server down");
            }
            delivered.add(e);
        })).hasMessage("mail server down");
        long after = resumed.checkpoint();
        resumed.poll(10, e -> seen.add(e.event()));
        assertThat(after).isEqualTo(2);
        seen.add(1, delivered.get(0).event());
        List<CaseEvent> all = new ArrayList<>(service.history(CaseId.of("case-1")).subList(0, 1));
        all.add(service.history(CaseId.of("case-2")).get(0));
        all.addAll(service.history(CaseId.of("case-1")).subList(1, 3));
        assertThat(seen).isEqualTo(all);
        assertThat(resumed.poll(10, e -> seen.add(e.event()))).isZero();
    }

    @Test
    void openCases_areAnsweredFromSummaries_byStateOwnerTeamAndOverdueTarget_inPages() {
        TestClock clock = new TestClock(T0);
        CaseService service = service(clock, new InMemoryCaseStore());
        for (int i = 1; i <= 5; i++) {
            long v = open(service, "case-" + i).version();
            if (i % 2 == 1) {
                register(service, "case-" + i, v, Priority.HIGH, i == 1 ? "li" : "wang");
            }
        }
        // case-1, 3, 5 are registered; the first response (2 h for HIGH) is breached after 3 h
        clock.advance(Duration.ofHours(3));
        service.processDue(100);
        assertThat(service.openCases(CaseQuery.all().inState(CaseState.RECEIVED), Optional.empty(), 10).items())
                .extracting(s -> s.caseId().value()).containsExactly("case-2", "case-4");
        assertThat(service.openCases(CaseQuery.all().ownedBy(AgentId.of("wang")), Optional.empty(), 10).items())
                .extracting(s -> s.caseId().value()).containsExactly("case-3", "case-5");
        assertThat(service.openCases(CaseQuery.all().overdueOn(SlaTarget.FIRST_RESPONSE), Optional.empty(), 10)
                .items()).extracting(s -> s.caseId().value()).containsExactly("case-1", "case-3", "case-5");
        List<String> paged = new ArrayList<>();
        Optional<CaseId> after = Optional.empty();
        do {
            var page = service.openCases(CaseQuery.all(), after, 2);
            page.items().forEach(s -> paged.add(s.caseId().value()));
            after = page.next();
        } while (after.isPresent());
        assertThat(paged).containsExactly("case-1", "case-2", "case-3", "case-4", "case-5");
        assertThatThrownBy(() -> CaseQuery.all().inState(CaseState.CLOSED))
                .hasMessage("state must be an open state, but was CLOSED");
    }

    /** A store that hands out its snapshots as if another release had written them in another schema. */
    private static final class OtherSchemaStore extends ForwardingStore {
        OtherSchemaStore(CaseStore inner) {
            super(inner);
        }

        @Override
        public Optional<StoredCase> load(CaseId id) {
            return super.load(id).map(s -> s.snapshot().isEmpty() ? s
                    : new StoredCase(Optional.of(otherSchema(s.snapshot().get())), s.events()));
        }
    }

    private static CaseSnapshot otherSchema(CaseSnapshot s) {
        return CaseSnapshot.builder(CaseSnapshot.SCHEMA_VERSION + 1, s.id(), s.version(), s.updatedAt(),
                CaseState.RECEIVED, 1, s.feedback()).build();
    }

    @Test
    void snapshotOfAnotherSchema_isNeverMisread_theCaseIsRebuiltFromItsEvents() {
        TestClock clock = new TestClock(T0);
        InMemoryCaseStore inner = new InMemoryCaseStore();
        CaseService writer = service(clock, inner);
        long v = open(writer, "case-1").version();
        FeedbackCase registered = register(writer, "case-1", v, Priority.LOW, "li").current();
        CaseSnapshot foreign = otherSchema(CaseSnapshot.of(registered));
        assertThat(foreign.isCurrentSchema()).isFalse();
        assertThatThrownBy(() -> LIFECYCLE.restore(foreign))
                .hasMessageContaining("must be of schema 1 to be restored, but was of schema 2");
        CaseService reader = service(clock, new OtherSchemaStore(inner));
        assertThat(reader.find(CaseId.of("case-1"))).contains(registered);
        assertThatThrownBy(() -> CaseSnapshot.builder(0, CaseId.of("c"), 1, T0, CaseState.RECEIVED, 1,
                Feedback.builder(FeedbackId.of("f"), Channel.APP, T0).build()))
                .hasMessage("schema must be at least 1, but was 0");
    }

    @Test
    void snapshot_rebuiltFieldByField_restoresTheCase_closedOnesWithTheirOutcome() {
        TestClock clock = new TestClock(T0);
        InMemoryCaseStore store = new InMemoryCaseStore();
        CaseService service = service(clock, store);
        CaseId id = CaseId.of("case-1");
        long v = register(service, "case-1", open(service, "case-1").version(), Priority.HIGH, "li").version();
        clock.advance(Duration.ofMinutes(30));
        v = service.executeOrThrow(CaseCommand.of(CommandId.of("r"), id, v, AGENT, CaseChange.responded())).version();
        v = service.executeOrThrow(CaseCommand.of(CommandId.of("s"), id, v, AGENT, CaseChange.Resolved.plain()))
                .version();
        v = service.executeOrThrow(CaseCommand.of(CommandId.of("f"), id, v, AGENT, CaseChange.followUpStarted()))
                .version();
        FeedbackCase closed = service.executeOrThrow(CaseCommand.of(CommandId.of("c"), id, v, AGENT,
                CaseChange.Confirmed.withSatisfaction(4))).current();
        // the in-memory store keeps no snapshot of a closed case: the one the engine offers it
        CaseSnapshot stored = CaseSnapshot.of(closed);
        CaseSnapshot copy = SnapshotCopy.of(stored);
        assertThat(copy).isEqualTo(stored);
        FeedbackCase restored = LIFECYCLE.restore(copy);
        assertThat(restored).isEqualTo(closed);
        assertThat(restored.outcome()).isEqualTo(closed.outcome()).isPresent();
        assertThat(copy.toString()).doesNotContain("fb-case-1");
        assertThatThrownBy(() -> CaseSnapshot.builder(1, id, 3, T0, CaseState.CLOSED, 1,
                Feedback.builder(FeedbackId.of("f"), Channel.APP, T0).build()).build())
                .hasMessageStartingWith("closedAt and closure must be present exactly when the state is closed");
    }

    @Test
    void closedCase_keptWithoutSnapshot_readsAsItsReplay_andReopens() {
        TestClock clock = new TestClock(T0);
        InMemoryCaseStore store = new InMemoryCaseStore();
        CaseService service = service(clock, store);
        CaseId id = CaseId.of("case-1");
        long v = register(service, "case-1", open(service, "case-1").version(), Priority.HIGH, "li").version();
        clock.advance(Duration.ofMinutes(30));
        v = service.executeOrThrow(CaseCommand.of(CommandId.of("r"), id, v, AGENT, CaseChange.responded())).version();
        clock.advance(Duration.ofNanos(123_456_789));
        v = service.executeOrThrow(CaseCommand.of(CommandId.of("s"), id, v, AGENT, CaseChange.Resolved.plain()))
                .version();
        v = service.executeOrThrow(CaseCommand.of(CommandId.of("f"), id, v, AGENT, CaseChange.followUpStarted()))
                .version();
        List<CaseEvent> before = store.history(id);
        clock.advance(Duration.ofMinutes(5));
        CommandResult.Accepted closed = service.executeOrThrow(CaseCommand.of(CommandId.of("c"), id, v, AGENT,
                CaseChange.Confirmed.withSatisfaction(4)));
        assertThat(closed.current().state()).isEqualTo(CaseState.CLOSED);
        List<CaseEvent> history = store.history(id);
        assertThat(history.subList(0, before.size())).isEqualTo(before);
        assertThat(history.subList(before.size(), history.size())).isEqualTo(closed.events());
        assertThat(history.get(4).at()).isEqualTo(T0.plus(Duration.ofMinutes(30)).plusNanos(123_456_789));
        StoredCase stored = store.load(id).orElseThrow();
        assertThat(stored.snapshot()).isEmpty();
        assertThat(stored.events()).isEqualTo(history);
        assertThat(service.find(id)).contains(LIFECYCLE.replay(history)).contains(closed.current());
        assertThat(store.eventsOf(id, CommandId.of("reg-case-1"))).contains(history.subList(1, 3));
        List<CaseEvent> fed = new ArrayList<>();
        for (StoredEvent e : store.read(0, 100)) {
            fed.add(e.event());
        }
        assertThat(fed).isEqualTo(history);
        // a retry of the closing command is answered from the compact history
        assertThat(service.execute(CaseCommand.of(CommandId.of("c"), id, v, AGENT,
                CaseChange.Confirmed.withSatisfaction(4)))).isEqualTo(new CommandResult.Accepted(closed.current(),
                closed.events(), true));
        clock.advance(Duration.ofHours(1));
        CommandResult.Accepted reopened = service.executeOrThrow(CaseCommand.of(CommandId.of("again"), id,
                closed.version(), AGENT, new CaseChange.Reopened("still broken")));
        assertThat(reopened.current().state()).isEqualTo(CaseState.REOPENED);
        List<CaseEvent> after = store.history(id);
        assertThat(after.subList(0, history.size())).isEqualTo(history);
        assertThat(store.load(id).orElseThrow().snapshot()).isPresent();
        assertThat(service.find(id)).contains(LIFECYCLE.replay(after)).contains(reopened.current());
        assertThat(store.read(history.size(), 100)).extracting(StoredEvent::event).isEqualTo(reopened.events());
    }

    /** An append written by hand: one event at {@code at}, the case in {@code state} after it. */
    private static Append handAppend(CaseId id, long version, String command, Instant at, CaseChange change,
            CaseState state) {
        return new Append(id, version, List.of(CaseEvent.of(id, version + 1, CommandId.of(command), AGENT, at, change)),
                Optional.empty(), new CaseSummary(id, version + 1, state, Optional.empty(), Optional.empty(),
                        Optional.empty(), java.util.Set.of(), Optional.empty(), at), UnitOfWork.NONE);
    }

    @Test
    void compactHistory_keepsInstantsToTheNanosecond_andAnySpan() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        CaseId id = CaseId.of("case-1");
        Instant first = Instant.parse("1969-12-31T23:59:59.999999999Z");
        // a store takes any history: the second event is the most seconds after the first that the compact
        // form holds, the third more than that (such a history is kept uncompacted)
        Instant far = first.plusSeconds(Integer.MAX_VALUE).plusSeconds(1).plusNanos(1);
        List<CaseEvent> written = new ArrayList<>();
        Append a1 = handAppend(id, 0, "a", first, CaseChange.Received.of(
                Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, first).build()), CaseState.REJECTED);
        Append a2 = handAppend(id, 1, "b", first.plusSeconds(Integer.MAX_VALUE - 1).plusNanos(7), CaseChange.responded(),
                CaseState.CLOSED);
        Append a3 = handAppend(id, 2, "c", far, CaseChange.responded(), CaseState.IN_PROGRESS);
        Append a4 = handAppend(id, 3, "d", far, CaseChange.responded(), CaseState.CLOSED);
        for (Append a : List.of(a1, a2, a3, a4)) {
            assertThat(store.append(a)).isInstanceOf(AppendResult.Appended.class);
            written.addAll(a.events());
            assertThat(store.history(id)).isEqualTo(written);
            assertThat(store.load(id).orElseThrow().version()).isEqualTo(written.size());
        }
        assertThat(store.history(id).get(1).at()).isEqualTo(Instant.parse("2038-01-19T03:14:06.000000006Z"));
        assertThat(store.eventsOf(id, CommandId.of("b"))).contains(List.of(written.get(1)));
        assertThat(store.append(handAppend(id, 4, "b", far, CaseChange.responded(), CaseState.CLOSED)))
                .isEqualTo(new AppendResult.Duplicate(List.of(written.get(1))));
        assertThat(store.read(0, 10)).extracting(StoredEvent::event).isEqualTo(written);
    }

    /** A store where another instance appends to a case right before this one does. */
    private static final class RacingStore extends ForwardingStore {
        Runnable before;

        RacingStore(CaseStore inner) {
            super(inner);
        }

        @Override
        public AppendResult append(Append append) {
            Runnable r = before;
            before = null;
            if (r != null) {
                r.run();
            }
            return super.append(append);
        }
    }

    @Test
    void appendLosingARace_isRejectedAsStale_namingBothVersions() {
        TestClock clock = new TestClock(T0);
        InMemoryCaseStore inner = new InMemoryCaseStore();
        RacingStore racing = new RacingStore(inner);
        CaseService a = service(clock, racing);
        CaseService b = service(clock, inner);
        long v = open(a, "case-1").version();
        racing.before = () -> b.executeOrThrow(CaseCommand.of(CommandId.of("b-1"), CaseId.of("case-1"), v, AGENT,
                new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "vip")));

        CommandResult r = a.execute(CaseCommand.of(CommandId.of("a-1"), CaseId.of("case-1"), v, AGENT,
                new CaseChange.Escalated(AgentId.of("boss"), Optional.empty(), "vip")));

        assertThat(r).isInstanceOfSatisfying(CommandResult.Rejected.class, rej -> {
            assertThat(rej.reason()).isEqualTo(CommandResult.Reason.STALE_VERSION);
            assertThat(rej.message()).isEqualTo(
                    "case case-1 in state RECEIVED is at version 2, but the ESCALATE command expected version 1");
        });
        assertThat(inner.history(CaseId.of("case-1"))).extracting(e -> e.commandId().value())
                .containsExactly("open-case-1", "b-1");
    }
}
