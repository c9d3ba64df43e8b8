package org.qualityloop.workflow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.PersonalField;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.Erasure;
import org.qualityloop.workflow.store.PersonalDataErasure;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.StoredEvent;
import org.qualityloop.workflow.store.UnitOfWork;

/**
 * The contract of a case store that erases personal data ({@link PersonalDataErasure}), as JUnit
 * 5 tests: extend this class in your store's tests, next to its {@link CaseStoreContract}, and
 * give it an empty store per test.
 *
 * <pre>{@code
 * class JdbcErasureContractTest extends ErasureContract<JdbcCaseStore> {
 *     @Override
 *     protected JdbcCaseStore newStore() {
 *         return JdbcCaseStore.builder(freshDataSource()).migrate().build();
 *     }
 * }
 * }</pre>
 *
 * <p>Checked: before erasure every read gives the personal data back as it was given; after
 * erasing a customer, every history of theirs replays to the case they had minus its personal
 * data, outcomes (the metrics' inputs), versions and feed positions are unchanged, the erased
 * fields read as erased in {@code load}, {@code history}, {@code eventsOf}, the feed and the
 * snapshot, no personal data of theirs is left in anything the store returns, other customers and
 * anonymous feedback are untouched, erasing again erases nothing, a case keeps working after
 * erasure, and a snapshot offered by an engine that read the case before the erasure brings
 * nothing back. Anonymous feedback is erased by case.
 *
 * @param <S> the store under test
 */
public abstract class ErasureContract<S extends CaseStore & PersonalDataErasure> {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
    private static final SlaPolicy POLICY = new SlaPolicy("erasure", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), SlaTarget.RESOLUTION, Duration.ofHours(8)),
            List.of(), ReopenMode.RESTART);
    private static final CustomerId LI = CustomerId.of("c-42");
    private static final CustomerId WANG = CustomerId.of("c-7");

    /** Creates the suite. */
    protected ErasureContract() {
    }

    /**
     * A new, empty store; called once per test.
     *
     * @return the store
     */
    protected abstract S newStore();

    private final MovableClock clock = new MovableClock(T0);

    private CaseService engine(CaseStore store) {
        return CaseService.builder(LIFECYCLE, POLICY, clock).store(store).build();
    }

    /** The cases each test starts from: two of Li, one of Wang, one anonymous; case-1 closed. */
    private static Map<String, Feedback> feedback() {
        Map<String, Feedback> all = new LinkedHashMap<>();
        all.put("case-1", Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0)
                .customer(CustomerRef.of(LI).withName("李偉").withPhone("13812345678"))
                .text("The seat was broken and nobody answered.").build());
        all.put("case-2", Feedback.builder(FeedbackId.of("fb-2"), Channel.EMAIL, T0)
                .customer(CustomerRef.of(LI).withEmail("li.wei@example.com")).build());
        all.put("case-3", Feedback.builder(FeedbackId.of("fb-3"), Channel.PHONE, T0)
                .customer(CustomerRef.of(WANG).withName("王芳")).text("Refund still missing.").build());
        all.put("case-4", Feedback.builder(FeedbackId.of("fb-4"), Channel.KIOSK, T0).text("Dirty floor.").build());
        return all;
    }

    private Map<String, Feedback> seed(CaseService s) {
        Map<String, Feedback> all = feedback();
        all.forEach((id, f) -> s.executeOrThrow(CaseCommand.open(CommandId.of("open-" + id), CaseId.of(id), AGENT, f)));
        for (String id : all.keySet()) {
            s.executeOrThrow(CaseCommand.of(CommandId.of("reg-" + id), CaseId.of(id), 1, AGENT,
                    CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of("li"))));
        }
        clock.advance(Duration.ofMinutes(20));
        long v = run(s, "case-1", CaseChange.responded());
        clock.advance(Duration.ofHours(2));
        v = run(s, "case-1", CaseChange.Resolved.plain());
        s.executeOrThrow(CaseCommand.of(CommandId.of("follow-case-1"), CaseId.of("case-1"), v, AGENT,
                CaseChange.followUpStarted()));
        run(s, "case-1", CaseChange.Confirmed.withSatisfaction(4));
        clock.advance(Duration.ofHours(1));
        s.processDue(100);
        return all;
    }

    private long run(CaseService s, String id, CaseChange change) {
        long v = s.find(CaseId.of(id)).orElseThrow().version();
        return s.executeOrThrow(CaseCommand.of(CommandId.of(change.type() + "-" + id + "-" + v), CaseId.of(id), v,
                AGENT, change)).version();
    }

    /** The received event's feedback of a history. */
    private static Feedback receivedIn(List<CaseEvent> history) {
        return assertInstanceOf(CaseChange.Received.class, history.get(0).change()).feedback();
    }

    /** Every feedback the store returns for a case: history, load (snapshot and events), eventsOf, the feed. */
    private static List<Feedback> everyFeedbackOf(CaseStore store, CaseId id) {
        List<Feedback> out = new ArrayList<>();
        List<CaseEvent> history = store.history(id);
        out.add(receivedIn(history));
        StoredCase stored = store.load(id).orElseThrow();
        stored.snapshot().map(CaseSnapshot::feedback).ifPresent(out::add);
        for (CaseEvent e : stored.events()) {
            if (e.change() instanceof CaseChange.Received r) {
                out.add(r.feedback());
            }
        }
        out.add(receivedIn(store.eventsOf(id, history.get(0).commandId()).orElseThrow()));
        for (StoredEvent e : feed(store)) {
            if (e.event().caseId().equals(id) && e.event().change() instanceof CaseChange.Received r) {
                out.add(r.feedback());
            }
        }
        return out;
    }

    private static List<StoredEvent> feed(CaseStore store) {
        List<StoredEvent> out = new ArrayList<>();
        long after = 0;
        for (List<StoredEvent> page = store.read(after, 5); !page.isEmpty(); page = store.read(after, 5)) {
            out.addAll(page);
            after = page.get(page.size() - 1).position();
        }
        return out;
    }

    /** The case a history replays to once its personal data is erased. */
    private static FeedbackCase replayErased(List<CaseEvent> history) {
        List<CaseEvent> erased = new ArrayList<>(history);
        CaseEvent first = history.get(0);
        CaseChange.Received r = (CaseChange.Received) first.change();
        erased.set(0, new CaseEvent(first.schema(), first.caseId(), first.sequence(), first.commandId(), first.actor(),
                first.at(), new CaseChange.Received(r.feedback().erased(), r.stage())));
        return LIFECYCLE.replay(erased);
    }

    // ------------------------------------------------------------------ before erasure

    /** Kept apart, the personal data still reads back everywhere exactly as it was given. */
    @Test
    public void beforeErasure_everyReadGivesThePersonalDataBack() {
        S store = newStore();
        CaseService s = engine(store);
        Map<String, Feedback> given = seed(s);
        given.forEach((id, f) -> {
            for (Feedback read : everyFeedbackOf(store, CaseId.of(id))) {
                assertEquals(f, read.withValidity(f.validity()), "feedback of " + id + " as read back");
            }
            assertEquals(f, s.find(CaseId.of(id)).orElseThrow().feedback());
            assertEquals(LIFECYCLE.replay(store.history(CaseId.of(id))), s.find(CaseId.of(id)).orElseThrow());
        });
    }

    // ------------------------------------------------------------------ erasing a customer

    /** After erasure each history of the customer replays to the case minus its personal data; outcomes stay. */
    @Test
    public void eraseCustomer_historiesReplayToTheCaseMinusPersonalData_andOutcomesStay() {
        S store = newStore();
        CaseService s = engine(store);
        seed(s);
        Map<String, List<CaseEvent>> before = new LinkedHashMap<>();
        Map<String, FeedbackCase> cases = new LinkedHashMap<>();
        for (String id : List.of("case-1", "case-2", "case-3", "case-4")) {
            before.put(id, store.history(CaseId.of(id)));
            cases.put(id, s.find(CaseId.of(id)).orElseThrow());
        }
        List<StoredEvent> feedBefore = feed(store);
        Erasure erasure = store.eraseCustomer(LI);
        assertEquals(List.of(CaseId.of("case-1"), CaseId.of("case-2")), erasure.cases());
        assertEquals(Map.of(PersonalField.NAME, 1, PersonalField.PHONE, 1, PersonalField.EMAIL, 1,
                PersonalField.TEXT, 1), erasure.fields());
        for (String id : List.of("case-1", "case-2")) {
            List<CaseEvent> after = store.history(CaseId.of(id));
            assertEquals(before.get(id).size(), after.size(), "events of " + id);
            assertEquals(before.get(id).subList(1, after.size()), after.subList(1, after.size()),
                    "every event but the first of " + id + " is unchanged");
            FeedbackCase replayed = LIFECYCLE.replay(after);
            assertEquals(replayErased(before.get(id)), replayed, "replay of " + id);
            assertEquals(cases.get(id).outcome(), replayed.outcome(), "outcome of " + id);
            assertEquals(cases.get(id).version(), replayed.version());
            assertEquals(replayed, s.find(CaseId.of(id)).orElseThrow(), "the engine reads the erased case");
            assertEquals(CaseSummary.of(cases.get(id)), CaseSummary.of(replayed), "summary of " + id);
        }
        assertTrue(cases.get("case-1").outcome().isPresent(), "case-1 closed with an outcome");
        List<StoredEvent> feedAfter = feed(store);
        assertEquals(feedBefore.size(), feedAfter.size());
        for (int i = 0; i < feedAfter.size(); i++) {
            assertEquals(feedBefore.get(i).position(), feedAfter.get(i).position(), "feed positions stay");
            assertEquals(feedBefore.get(i).event().sequence(), feedAfter.get(i).event().sequence());
        }
    }

    /** The erased fields read as erased in every read, and none of the customer's personal data is left. */
    @Test
    public void eraseCustomer_erasedFieldsReadAsErasedEverywhere_andNothingPersonalRemains() {
        S store = newStore();
        CaseService s = engine(store);
        seed(s);
        store.eraseCustomer(LI);
        for (Feedback f : everyFeedbackOf(store, CaseId.of("case-1"))) {
            assertFalse(f.hasPersonalData(), "case-1 holds no personal data");
            assertTrue(f.isTextErased(), "case-1's text reads as erased");
            CustomerRef c = f.customer().orElseThrow();
            assertEquals(LI, c.id(), "the pseudonymous id stays");
            assertEquals(java.util.Set.of(PersonalField.NAME, PersonalField.PHONE), c.erasedFields());
        }
        for (Feedback f : everyFeedbackOf(store, CaseId.of("case-2"))) {
            assertFalse(f.hasPersonalData(), "case-2 holds no personal data");
            assertFalse(f.isTextErased(), "case-2 had no text, so none reads as erased");
            assertEquals(java.util.Set.of(PersonalField.EMAIL), f.customer().orElseThrow().erasedFields());
        }
        assertFalse(s.find(CaseId.of("case-1")).orElseThrow().feedback().hasPersonalData());
    }

    /** Other customers and anonymous feedback keep their personal data. */
    @Test
    public void eraseCustomer_leavesOtherCustomersAndAnonymousFeedbackUntouched() {
        S store = newStore();
        CaseService s = engine(store);
        Map<String, Feedback> given = seed(s);
        store.eraseCustomer(LI);
        for (String id : List.of("case-3", "case-4")) {
            for (Feedback read : everyFeedbackOf(store, CaseId.of(id))) {
                assertEquals(given.get(id), read, "feedback of " + id);
            }
        }
    }

    /** Erasing again, by customer or by case, erases nothing; an unknown customer or case neither. */
    @Test
    public void erasure_isIdempotent() {
        S store = newStore();
        seed(engine(store));
        assertFalse(store.eraseCustomer(LI).isEmpty());
        List<CaseEvent> once = store.history(CaseId.of("case-1"));
        assertEquals(Erasure.none(), store.eraseCustomer(LI));
        assertEquals(Erasure.none(), store.eraseCase(CaseId.of("case-1")));
        assertEquals(once, store.history(CaseId.of("case-1")));
        assertEquals(Erasure.none(), store.eraseCustomer(CustomerId.of("nobody")));
        assertEquals(Erasure.none(), store.eraseCase(CaseId.of("no-case")));
    }

    // ------------------------------------------------------------------ erasing a case

    /** Anonymous feedback, which no customer id finds, is erased by its case. */
    @Test
    public void eraseCase_erasesAnonymousFeedback() {
        S store = newStore();
        seed(engine(store));
        assertEquals(new Erasure(List.of(CaseId.of("case-4")), Map.of(PersonalField.TEXT, 1)),
                store.eraseCase(CaseId.of("case-4")));
        for (Feedback f : everyFeedbackOf(store, CaseId.of("case-4"))) {
            assertTrue(f.isAnonymous());
            assertTrue(f.isTextErased());
            assertEquals("", f.text());
        }
        assertEquals(feedback().get("case-3"), receivedIn(store.history(CaseId.of("case-3"))));
    }

    // ------------------------------------------------------------------ after erasure

    /** An erased case keeps working, a retried command answers erased, and new feedback of the customer is kept. */
    @Test
    public void afterErasure_theCaseKeepsWorking_andNewFeedbackIsKept() {
        S store = newStore();
        CaseService s = engine(store);
        seed(s);
        store.eraseCustomer(LI);
        long v = run(s, "case-2", CaseChange.responded());
        run(s, "case-2", CaseChange.Resolved.plain());
        List<CaseEvent> history = store.history(CaseId.of("case-2"));
        assertEquals(LIFECYCLE.replay(history), s.find(CaseId.of("case-2")).orElseThrow());
        assertTrue(v > 1);
        assertFalse(receivedIn(history).hasPersonalData());
        AppendResult retry = store.append(new Append(CaseId.of("case-2"), 0, List.of(history.get(0)),
                Optional.empty(), CaseSummary.of(LIFECYCLE.replay(history.subList(0, 1))), UnitOfWork.NONE));
        assertFalse(receivedIn(assertInstanceOf(AppendResult.Duplicate.class, retry).earlier()).hasPersonalData());
        Feedback again = Feedback.builder(FeedbackId.of("fb-5"), Channel.APP, clock.instant())
                .customer(CustomerRef.of(LI).withPhone("13900000000")).text("Thanks for the refund.").build();
        s.executeOrThrow(CaseCommand.open(CommandId.of("open-case-5"), CaseId.of("case-5"), AGENT, again));
        assertEquals(again, receivedIn(store.history(CaseId.of("case-5"))));
        assertEquals(List.of(CaseId.of("case-5")), store.eraseCustomer(LI).cases());
    }

    /** A snapshot with personal data from an engine that read the case before the erasure brings none back. */
    @Test
    public void afterErasure_aStaleSnapshotBringsNoPersonalDataBack() {
        S store = newStore();
        CaseService s = engine(store);
        seed(s);
        FeedbackCase read = s.find(CaseId.of("case-3")).orElseThrow();
        assertTrue(read.feedback().hasPersonalData());
        assertFalse(store.eraseCustomer(WANG).isEmpty());
        CaseEvent e = CaseEvent.of(read.id(), read.version() + 1, CommandId.of("stale"), AGENT, clock.instant(),
                CaseChange.responded());
        FeedbackCase next = LIFECYCLE.apply(read, e);
        assertInstanceOf(AppendResult.Appended.class, store.append(new Append(read.id(), read.version(), List.of(e),
                Optional.of(CaseSnapshot.of(next)), CaseSummary.of(next), UnitOfWork.NONE)));
        for (Feedback f : everyFeedbackOf(store, read.id())) {
            assertFalse(f.hasPersonalData(), "no personal data of case-3 after the stale append");
        }
        assertFalse(s.find(read.id()).orElseThrow().feedback().hasPersonalData());
        assertEquals(Erasure.none(), store.eraseCustomer(WANG));
    }
}
