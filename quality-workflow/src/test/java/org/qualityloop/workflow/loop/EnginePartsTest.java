package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.UnitOfWork;
import org.qualityloop.workflow.knowledge.InMemoryKnowledgeBase;
import org.qualityloop.workflow.knowledge.KnowledgeEntry;

/** The in-memory store, its SLA due index and the knowledge base on their own. */
class EnginePartsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
    private static final SlaPolicy POLICY = new SlaPolicy("p", List.of(),
            Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1), SlaTarget.RESOLUTION, Duration.ofHours(8)),
            List.of(), ReopenMode.RESTART);

    /** A case registered at {@code T0 + offset}, received at the same instant, with its events. */
    private static List<CaseEvent> registered(String id, Duration offset) {
        Instant at = T0.plus(offset);
        CaseId cid = CaseId.of(id);
        CaseEvent received = CaseEvent.of(cid, 1, CommandId.of("c1"), Actor.system("t"), at,
                CaseChange.Received.of(Feedback.builder(FeedbackId.of("fb-" + id), Channel.APP, at).build()));
        CaseEvent registered = CaseEvent.of(cid, 2, CommandId.of("c2"), Actor.system("t"), at,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MINOR, Priority.LOW, AgentId.of("a")));
        CaseEvent targets = CaseEvent.of(cid, 3, CommandId.of("c2"), Actor.system("t"), at,
                new CaseChange.SlaTargetsSet(POLICY.defaults(), List.of(), ReopenMode.RESTART));
        return List.of(received, registered, targets);
    }

    /** Appends {@code events} (one command's) to the store, with the case they lead to. */
    private static AppendResult append(InMemoryCaseStore store, List<CaseEvent> history, int from, int to) {
        FeedbackCase after = LIFECYCLE.replay(history.subList(0, to));
        return store.append(new Append(after.id(), from, history.subList(from, to),
                Optional.of(CaseSnapshot.of(after)), CaseSummary.of(after), UnitOfWork.NONE));
    }

    @Test
    void dueIndex_findsOnlyWhatIsDue_earliestFirst_andIgnoresStaleAppends() {
        InMemoryCaseStore store = new InMemoryCaseStore();
        List<CaseEvent> late = registered("case-b", Duration.ofMinutes(30));
        List<CaseEvent> early = registered("case-a", Duration.ZERO);
        append(store, late, 0, 1);
        append(store, late, 1, 3);
        append(store, early, 0, 1);
        append(store, early, 1, 3);
        // The breach falls due 1 ns after the deadline; the index keeps it at the next microsecond.
        assertThat(store.nextDue()).contains(T0.plus(Duration.ofHours(1)).plusNanos(1_000));
        // First response is breached strictly after its deadline.
        assertThat(store.due(T0.plus(Duration.ofHours(1)), 10)).isEmpty();
        assertThat(store.due(T0.plus(Duration.ofMinutes(91)), 10)).extracting(DueCase::caseId)
                .containsExactly(CaseId.of("case-a"), CaseId.of("case-b"));
        assertThat(store.due(T0.plus(Duration.ofMinutes(91)), 1)).hasSize(1);

        // An older version arriving late does not replace a newer one.
        List<CaseEvent> responded = new java.util.ArrayList<>(early);
        responded.add(CaseEvent.of(CaseId.of("case-a"), 4, CommandId.of("c3"), Actor.system("t"), T0.plusSeconds(60),
                CaseChange.responded()));
        assertThat(append(store, responded, 3, 4)).isEqualTo(new AppendResult.Appended());
        assertThat(append(store, early, 1, 3)).isEqualTo(new AppendResult.Duplicate(early.subList(1, 3)));
        assertThat(store.due(T0.plus(Duration.ofMinutes(91)), 10)).extracting(DueCase::caseId)
                .containsExactly(CaseId.of("case-b"));
        store.release(CaseId.of("case-b"), 3, Optional.empty());
        assertThat(store.openCases(CaseQuery.all(), Optional.empty(), 10).items()).hasSize(2);
        assertThat(store.nextDue()).contains(T0.plus(Duration.ofHours(8)).plusNanos(1_000));
        assertThatThrownBy(() -> store.due(T0, 0)).hasMessage("limit must be at least 1, but was 0");
    }

    @Test
    void store_appendsAtomically_andHistoriesAreSnapshots() {
        InMemoryCaseStore repo = new InMemoryCaseStore();
        List<CaseEvent> events = registered("case-a", Duration.ZERO);
        FeedbackCase opened = LIFECYCLE.open(events.get(0));
        assertThat(append(repo, events, 0, 1)).isEqualTo(new AppendResult.Appended());
        List<CaseEvent> snapshot = repo.history(opened.id());
        assertThat(append(repo, events, 1, 3)).isEqualTo(new AppendResult.Appended());
        assertThat(snapshot).hasSize(1);
        assertThat(repo.history(opened.id())).isEqualTo(events);
        assertThat(repo.eventsOf(opened.id(), CommandId.of("c2"))).contains(events.subList(1, 3));
        assertThat(append(repo, events, 1, 3)).isEqualTo(new AppendResult.Duplicate(events.subList(1, 3)));
        CaseEvent other = CaseEvent.of(opened.id(), 2, CommandId.of("c9"), Actor.system("t"), T0,
                new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "vip"));
        FeedbackCase escalated = LIFECYCLE.apply(opened, other);
        assertThat(repo.append(new Append(opened.id(), 1, List.of(other), Optional.empty(),
                CaseSummary.of(escalated), UnitOfWork.NONE))).isEqualTo(new AppendResult.Conflict(1, 3));
        assertThat(repo.history(opened.id())).isEqualTo(events);
        assertThatThrownBy(() -> new Append(opened.id(), 3, List.of(other), Optional.empty(),
                CaseSummary.of(escalated), UnitOfWork.NONE))
                .hasMessageStartingWith("events[0] must be event 4 of case case-a under command c9, but was event 2");
        assertThat(repo.size()).isEqualTo(1);
    }

    @Test
    void knowledgeBase_searchesACategoryAndItsChildren_newestFirst() {
        InMemoryKnowledgeBase kb = new InMemoryKnowledgeBase();
        FeedbackCategory payment = FeedbackCategory.TECHNICAL_ISSUE.child("payment");
        KnowledgeEntry older = new KnowledgeEntry(CaseId.of("c-1"), payment, Optional.of(TouchpointId.of("pay")),
                "double charge", RootCauseCategory.MACHINE, "idempotent retry", T0);
        KnowledgeEntry newer = new KnowledgeEntry(CaseId.of("c-2"), FeedbackCategory.TECHNICAL_ISSUE, Optional.empty(),
                "app crash", RootCauseCategory.MACHINE, "update", T0.plusSeconds(60));
        KnowledgeEntry elsewhere = new KnowledgeEntry(CaseId.of("c-3"), FeedbackCategory.SERVICE_ATTITUDE,
                Optional.empty(), "rude", RootCauseCategory.PEOPLE, "training", T0);
        kb.add(older);
        kb.add(newer);
        kb.add(elsewhere);
        assertThat(kb.search(FeedbackCategory.TECHNICAL_ISSUE, Optional.empty())).containsExactly(newer, older);
        assertThat(kb.search(FeedbackCategory.TECHNICAL_ISSUE, Optional.of(TouchpointId.of("pay"))))
                .containsExactly(older);
        assertThat(kb.search(payment, Optional.empty())).containsExactly(older);
        assertThat(older.toString()).doesNotContain("double charge", "idempotent");
        assertThat(kb.size()).isEqualTo(3);
    }
}
