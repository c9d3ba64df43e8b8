package org.qualityloop.workflow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
import org.qualityloop.workflow.cases.CaseEventType;
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
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.Page;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.StoredEvent;
import org.qualityloop.workflow.store.UnitOfWork;

/**
 * The contract every {@link CaseStore} must keep, as JUnit 5 tests: extend this class in your
 * store's tests and give it an empty store per test.
 *
 * <pre>{@code
 * class JdbcCaseStoreContractTest extends CaseStoreContract {
 *     @Override
 *     protected CaseStore newStore() {
 *         return new JdbcCaseStore(freshDataSource());
 *     }
 * }
 * }</pre>
 *
 * <p>Checked: atomic appends with optimistic concurrency under races; idempotent retries
 * (a duplicate command id answers with the earlier events); snapshots consistent with the events
 * (the snapshot and the events after it fold to the replay of the whole history); the SLA due
 * index seen alike by two engines, each alert recorded once; claims and their leases; paging and
 * queries over open cases; the global feed resuming from a checkpoint without gaps even when a
 * transaction that began first commits last; a failing unit of work writing nothing. The suite
 * expects appends to different cases not to wait for each other's unit of work (a store may
 * serialise appends to one case, and the instant of their commits), unless the store runs one
 * write transaction at a time and says so ({@link #appendsRunSideBySide()}).
 */
public abstract class CaseStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
    private static final SlaPolicy POLICY = new SlaPolicy("contract", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), SlaTarget.RESOLUTION, Duration.ofHours(8)),
            List.of(), ReopenMode.RESTART);

    /** Creates the suite. */
    protected CaseStoreContract() {
    }

    /**
     * A new, empty store; called once per test.
     *
     * @return the store
     */
    protected abstract CaseStore newStore();

    /**
     * Whether an append may commit while another append, to another case, is inside its unit of
     * work. True by default. A store that runs one write transaction at a time, as SQLite does
     * (and {@code JdbcCaseStore} on an H2 file), answers false: its commits cannot come out of
     * order, and the suite then checks the feed with the appends one after another.
     *
     * @return true when appends to different cases run side by side
     */
    protected boolean appendsRunSideBySide() {
        return true;
    }

    private final MovableClock clock = new MovableClock(T0);

    private CaseService engine(CaseStore store) {
        return CaseService.builder(LIFECYCLE, POLICY, clock).store(store).claimLease(Duration.ofMinutes(5)).build();
    }

    private static Feedback feedback(String id) {
        return Feedback.builder(FeedbackId.of("fb-" + id), Channel.APP, T0).build();
    }

    private static long open(CaseService s, String id) {
        return s.executeOrThrow(CaseCommand.open(CommandId.of("open-" + id), CaseId.of(id), AGENT, feedback(id)))
                .version();
    }

    private static long register(CaseService s, String id, long version, String owner) {
        return s.executeOrThrow(CaseCommand.of(CommandId.of("reg-" + id), CaseId.of(id), version, AGENT,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of(owner))))
                .version();
    }

    /** An append of one event, made by hand, on a case at {@code current}. */
    private static Append appendOf(FeedbackCase current, String command, UnitOfWork work) {
        CaseEvent e = CaseEvent.of(current.id(), current.version() + 1, CommandId.of(command), AGENT, T0,
                new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "contract"));
        FeedbackCase next = LIFECYCLE.apply(current, e);
        return new Append(current.id(), current.version(), List.of(e), Optional.of(CaseSnapshot.of(next)),
                CaseSummary.of(next), work);
    }

    private static FeedbackCase opened(String id) {
        return LIFECYCLE.open(CaseEvent.of(CaseId.of(id), 1, CommandId.of("open-" + id), AGENT, T0,
                CaseChange.Received.of(feedback(id))));
    }

    private static Append openAppend(String id, UnitOfWork work) {
        FeedbackCase c = opened(id);
        CaseEvent e = CaseEvent.of(c.id(), 1, CommandId.of("open-" + id), AGENT, T0, CaseChange.Received.of(feedback(id)));
        return new Append(c.id(), 0, List.of(e), Optional.of(CaseSnapshot.of(c)), CaseSummary.of(c), work);
    }

    private static List<StoredEvent> readAll(CaseStore store, long after) {
        List<StoredEvent> out = new ArrayList<>();
        long from = after;
        while (true) {
            List<StoredEvent> page = store.read(from, 3);
            if (page.isEmpty()) {
                return out;
            }
            for (StoredEvent e : page) {
                assertTrue(e.position() > from, "positions must increase: " + e.position() + " after " + from);
                from = e.position();
                out.add(e);
            }
        }
    }

    // ------------------------------------------------------------------ appends and reads

    /** The snapshot and the events after it fold to the replay of the whole history. */
    @Test
    public void load_snapshotAndLaterEvents_foldToTheReplayOfTheHistory() {
        CaseStore store = newStore();
        CaseService s = engine(store);
        long v = register(s, "case-1", open(s, "case-1"), "li");
        clock.advance(Duration.ofMinutes(10));
        s.executeOrThrow(CaseCommand.of(CommandId.of("respond"), CaseId.of("case-1"), v, AGENT, CaseChange.responded()));
        List<CaseEvent> history = store.history(CaseId.of("case-1"));
        assertEquals(4, history.size());
        StoredCase stored = store.load(CaseId.of("case-1")).orElseThrow();
        assertEquals(4, stored.version());
        FeedbackCase replayed = LIFECYCLE.replay(history);
        FeedbackCase read = stored.snapshot().filter(CaseSnapshot::isCurrentSchema)
                .map(snap -> LIFECYCLE.replay(snap, stored.events())).orElseGet(() -> LIFECYCLE.replay(history));
        assertEquals(replayed, read);
        stored.snapshot().ifPresent(snap -> assertEquals(CaseSnapshot.of(LIFECYCLE.replay(
                history.subList(0, (int) snap.version()))), snap));
        assertEquals(Optional.of(replayed), s.find(CaseId.of("case-1")));
        assertEquals(Optional.empty(), store.load(CaseId.of("nobody")));
        assertEquals(List.of(), store.history(CaseId.of("nobody")));
        assertEquals(Optional.empty(), store.eventsOf(CaseId.of("nobody"), CommandId.of("x")));
    }

    /** A command id the case recorded is answered with its earlier events; nothing is written. */
    @Test
    public void append_duplicateCommand_answersWithTheEarlierEvents() {
        CaseStore store = newStore();
        CaseService s = engine(store);
        long v = register(s, "case-1", open(s, "case-1"), "li");
        List<CaseEvent> registered = store.eventsOf(CaseId.of("case-1"), CommandId.of("reg-case-1")).orElseThrow();
        assertEquals(2, registered.size());
        FeedbackCase current = s.find(CaseId.of("case-1")).orElseThrow();
        Append again = new Append(current.id(), v, List.of(CaseEvent.of(current.id(), v + 1,
                CommandId.of("reg-case-1"), AGENT, T0, CaseChange.responded())), Optional.empty(),
                CaseSummary.of(LIFECYCLE.apply(current, CaseEvent.of(current.id(), v + 1, CommandId.of("reg-case-1"),
                        AGENT, T0, CaseChange.responded()))), UnitOfWork.NONE);
        assertEquals(new AppendResult.Duplicate(registered), store.append(again));
        assertEquals(3, store.history(CaseId.of("case-1")).size());
        CommandResult retry = s.execute(CaseCommand.of(CommandId.of("reg-case-1"), CaseId.of("case-1"), 1, AGENT,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of("li"))));
        assertTrue(assertInstanceOf(CommandResult.Accepted.class, retry).retry());
    }

    /** An append on a version the case has left is a conflict naming both versions. */
    @Test
    public void append_staleVersion_isAConflictNamingBothVersions() {
        CaseStore store = newStore();
        CaseService s = engine(store);
        register(s, "case-1", open(s, "case-1"), "li");
        assertEquals(new AppendResult.Conflict(1, 3), store.append(appendOf(opened("case-1"), "late", UnitOfWork.NONE)));
        CaseEvent reopen = CaseEvent.of(CaseId.of("case-1"), 1, CommandId.of("open-again"), AGENT, T0,
                CaseChange.Received.of(feedback("case-1")));
        assertEquals(new AppendResult.Conflict(0, 3), store.append(new Append(CaseId.of("case-1"), 0, List.of(reopen),
                Optional.empty(), CaseSummary.of(opened("case-1")), UnitOfWork.NONE)));
        assertEquals(3, store.history(CaseId.of("case-1")).size());
    }

    /**
     * Of many appends racing on one version of one case, exactly one is written.
     *
     * @throws Exception when a racing thread fails or is interrupted
     */
    @Test
    public void append_racingOnOneVersion_exactlyOneWins() throws Exception {
        CaseStore store = newStore();
        assertInstanceOf(AppendResult.Appended.class, store.append(openAppend("case-1", UnitOfWork.NONE)));
        FeedbackCase current = opened("case-1");
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<AppendResult>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Append a = appendOf(current, "racer-" + i, UnitOfWork.NONE);
                results.add(pool.submit(() -> {
                    start.await();
                    return store.append(a);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<AppendResult> f : results) {
                AppendResult r = f.get(1, TimeUnit.MINUTES);
                if (r instanceof AppendResult.Appended) {
                    won++;
                } else {
                    assertEquals(new AppendResult.Conflict(1, 2), r);
                }
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, store.history(CaseId.of("case-1")).size());
        assertEquals(2, readAll(store, 0).size());
    }

    /** A unit of work that throws leaves nothing written, not even in the feed. */
    @Test
    public void append_failingUnitOfWork_writesNothing() {
        CaseStore store = newStore();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.append(
                openAppend("case-1", tx -> {
                    assertEquals(CaseId.of("case-1"), tx.append().caseId());
                    throw new IllegalStateException("payment refused");
                })));
        assertEquals("payment refused", thrown.getMessage());
        assertEquals(Optional.empty(), store.load(CaseId.of("case-1")));
        assertEquals(List.of(), readAll(store, 0));
        assertEquals(Page.class, store.openCases(CaseQuery.all(), Optional.empty(), 10).getClass());
        assertTrue(store.openCases(CaseQuery.all(), Optional.empty(), 10).items().isEmpty());
        assertInstanceOf(AppendResult.Appended.class, store.append(openAppend("case-1", UnitOfWork.NONE)));
    }

    // ------------------------------------------------------------------ the SLA due index

    /** Two engines see the same due alerts; each is recorded once, and nextDue() moves on. */
    @Test
    public void dueIndex_twoEngines_recordEachAlertOnce_andNextDueMovesOn() {
        CaseStore store = newStore();
        CaseService a = engine(store);
        CaseService b = engine(store);
        register(a, "case-1", open(a, "case-1"), "li");
        register(b, "case-2", open(b, "case-2"), "wang");
        Instant breach = a.nextDue().orElseThrow();
        assertEquals(Optional.of(breach), b.nextDue());
        assertEquals(0, breach.getNano() % 1_000, "due instants are whole microseconds");
        clock.advance(Duration.ofMinutes(61));
        List<CommandResult> byA = a.processDue(1);
        assertEquals(1, byA.size());
        List<CommandResult> byB = b.processDue(10);
        assertEquals(1, byB.size());
        assertEquals(List.of(), a.processDue(10));
        assertEquals(List.of(), b.processDue(10));
        for (String id : List.of("case-1", "case-2")) {
            long breaches = store.history(CaseId.of(id)).stream().filter(e -> e.type() == CaseEventType.SLA_BREACH)
                    .count();
            assertEquals(1, breaches, "breaches recorded on " + id);
        }
        Instant next = a.nextDue().orElseThrow();
        assertTrue(next.isAfter(clock.instant()), "nextDue " + next + " must be after the handled instant");
        assertEquals(List.of(), store.due(clock.instant(), 10));
    }

    /** A claim hides a due case until its lease ends; a stale or early claim fails. */
    @Test
    public void claim_hidesTheCase_untilTheLeaseEnds() {
        CaseStore store = newStore();
        CaseService a = engine(store);
        long v = register(a, "case-1", open(a, "case-1"), "li");
        Instant due = store.nextDue().orElseThrow();
        assertFalse(store.claim(CaseId.of("case-1"), v, due.minusSeconds(1), due.plusSeconds(60)), "not due yet");
        assertFalse(store.claim(CaseId.of("case-1"), v - 1, due, due.plusSeconds(60)), "stale version");
        assertEquals(List.of(new DueCase(CaseId.of("case-1"), v, due)), store.due(due, 10));
        assertTrue(store.claim(CaseId.of("case-1"), v, due, due.plusSeconds(300)));
        assertFalse(store.claim(CaseId.of("case-1"), v, due.plusSeconds(1), due.plusSeconds(60)), "already claimed");
        assertEquals(List.of(), store.due(due.plusSeconds(299), 10));
        assertEquals(Optional.of(due.plusSeconds(300)), store.nextDue());
        assertEquals(List.of(new DueCase(CaseId.of("case-1"), v, due)), store.due(due.plusSeconds(300), 10));
        assertTrue(store.claim(CaseId.of("case-1"), v, due.plusSeconds(300), due.plusSeconds(600)));
        store.release(CaseId.of("case-1"), v - 1, Optional.empty());
        assertEquals(Optional.of(due.plusSeconds(600)), store.nextDue(), "a release at another version does nothing");
        store.release(CaseId.of("case-1"), v, Optional.of(due.plusSeconds(900)));
        assertEquals(Optional.of(due.plusSeconds(900)), store.nextDue());
    }

    /** An engine that died holding a claim delays the alert by the lease only. */
    @Test
    public void claim_ofADeadInstance_isTakenOverAfterTheLease() {
        CaseStore store = newStore();
        CaseService survivor = engine(store);
        long v = register(survivor, "case-1", open(survivor, "case-1"), "li");
        clock.advance(Duration.ofMinutes(61));
        Instant now = clock.instant();
        assertTrue(store.claim(CaseId.of("case-1"), v, now, now.plus(Duration.ofMinutes(5))));
        assertEquals(List.of(), survivor.processDue(10));
        assertEquals(Optional.of(now.plus(Duration.ofMinutes(5))), survivor.nextDue());
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, survivor.processDue(10).size());
        assertTrue(survivor.nextDue().orElseThrow().isAfter(clock.instant()));
    }

    // ------------------------------------------------------------------ queries

    /** Open cases page in id order and match state, owner, team and overdue target. */
    @Test
    public void openCases_pageInIdOrder_andMatchTheQuery() {
        CaseStore store = newStore();
        CaseService s = engine(store);
        for (int i = 1; i <= 7; i++) {
            long v = open(s, "case-" + i);
            if (i % 2 == 0) {
                register(s, "case-" + i, v, i == 2 ? "li" : "wang");
            }
        }
        clock.advance(Duration.ofHours(2));
        s.processDue(100);
        List<String> all = new ArrayList<>();
        Optional<CaseId> after = Optional.empty();
        int pages = 0;
        do {
            Page p = store.openCases(CaseQuery.all(), after, 3);
            assertTrue(p.items().size() <= 3);
            p.items().forEach(x -> all.add(x.caseId().value()));
            after = p.next();
            assertTrue(++pages < 10, "paging must end");
        } while (after.isPresent());
        assertEquals(List.of("case-1", "case-2", "case-3", "case-4", "case-5", "case-6", "case-7"), all);
        assertEquals(List.of("case-4", "case-6"), ids(store.openCases(CaseQuery.all().ownedBy(AgentId.of("wang")),
                Optional.empty(), 10)));
        assertEquals(List.of("case-1", "case-3", "case-5", "case-7"), ids(store.openCases(
                CaseQuery.all().inState(CaseState.RECEIVED), Optional.empty(), 10)));
        assertEquals(List.of("case-2", "case-4", "case-6"), ids(store.openCases(
                CaseQuery.all().overdueOn(SlaTarget.FIRST_RESPONSE), Optional.empty(), 10)));
        long v = s.find(CaseId.of("case-2")).orElseThrow().version();
        s.executeOrThrow(CaseCommand.of(CommandId.of("reject"), CaseId.of("case-1"), 1, AGENT,
                new CaseChange.Rejected(org.qualityloop.model.feedback.Validity.invalid("duplicate"))));
        assertFalse(ids(store.openCases(CaseQuery.all(), Optional.empty(), 10)).contains("case-1"),
                "a rejected case is not open");
        assertEquals(Optional.of(v), store.openCases(CaseQuery.all().ownedBy(AgentId.of("li")), Optional.empty(), 10)
                .items().stream().findFirst().map(CaseSummary::version));
    }

    private static List<String> ids(Page p) {
        List<String> out = new ArrayList<>();
        p.items().forEach(x -> out.add(x.caseId().value()));
        return out;
    }

    // ------------------------------------------------------------------ the feed

    /**
     * A reader resuming from its checkpoint sees every event once, even when an append that began
     * first (its unit of work still running) commits after one that began later.
     *
     * @throws Exception when the thread holding the first append fails or is interrupted
     */
    @Test
    public void feed_resumingFromACheckpoint_skipsNothing_whenCommitsAreOutOfOrder() throws Exception {
        CaseStore store = newStore();
        store.append(openAppend("case-0", UnitOfWork.NONE));
        if (!appendsRunSideBySide()) {
            assertInstanceOf(AppendResult.Appended.class, store.append(openAppend("case-slow", UnitOfWork.NONE)));
            List<String> order = new ArrayList<>();
            CaseFeed feed = CaseFeed.from(store, 0);
            while (feed.poll(2, e -> order.add(e.event().caseId().value())) > 0) {
                assertTrue(feed.checkpoint() > 0);
            }
            long checkpoint = feed.checkpoint();
            assertInstanceOf(AppendResult.Appended.class, store.append(openAppend("case-fast", UnitOfWork.NONE)));
            CaseFeed resumed = CaseFeed.from(store, checkpoint);
            while (resumed.poll(2, e -> order.add(e.event().caseId().value())) > 0) {
                assertTrue(resumed.checkpoint() > checkpoint);
            }
            assertEquals(List.of("case-0", "case-slow", "case-fast"), order, "delivered");
            return;
        }
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AppendResult> slow = pool.submit(() -> store.append(openAppend("case-slow", tx -> {
                inside.countDown();
                try {
                    if (!finish.await(1, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the test never let the slow append finish");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            })));
            assertTrue(inside.await(1, TimeUnit.MINUTES), "the slow append must reach its unit of work");
            assertInstanceOf(AppendResult.Appended.class, store.append(openAppend("case-fast", UnitOfWork.NONE)));
            CaseFeed feed = CaseFeed.from(store, 0);
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            while (feed.poll(2, e -> order.add(e.event().caseId().value())) > 0) {
                assertTrue(feed.checkpoint() > 0);
            }
            long checkpoint = feed.checkpoint();
            finish.countDown();
            assertInstanceOf(AppendResult.Appended.class, slow.get(1, TimeUnit.MINUTES));
            CaseFeed resumed = CaseFeed.from(store, checkpoint);
            while (resumed.poll(2, e -> order.add(e.event().caseId().value())) > 0) {
                assertTrue(resumed.checkpoint() > checkpoint);
            }
            for (String id : order) {
                assertTrue(seen.add(id), "event of " + id + " delivered twice: " + order);
            }
            assertEquals(Set.of("case-0", "case-slow", "case-fast"), seen, "delivered: " + order);
        } finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    /** Every committed event is in the feed once, in each case's own order. */
    @Test
    public void feed_holdsEveryCommittedEventOnce_inEachCasesOrder() {
        CaseStore store = newStore();
        CaseService s = engine(store);
        register(s, "case-1", open(s, "case-1"), "li");
        open(s, "case-2");
        List<StoredEvent> feed = readAll(store, 0);
        List<CaseEvent> events = new ArrayList<>();
        feed.forEach(e -> events.add(e.event()));
        List<CaseEvent> one = new ArrayList<>();
        for (CaseEvent e : events) {
            if (e.caseId().equals(CaseId.of("case-1"))) {
                one.add(e);
            }
        }
        assertEquals(store.history(CaseId.of("case-1")), one);
        assertEquals(4, events.size());
        assertEquals(feed.subList(2, 4), readAll(store, feed.get(1).position()));
    }
}
