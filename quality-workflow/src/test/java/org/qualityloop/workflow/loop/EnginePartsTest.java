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
import org.qualityloop.workflow.cases.SlaAlert;
import org.qualityloop.workflow.engine.CaseRepository.AppendResult;
import org.qualityloop.workflow.engine.InMemoryCaseRepository;
import org.qualityloop.workflow.engine.SlaMonitor;
import org.qualityloop.workflow.knowledge.InMemoryKnowledgeBase;
import org.qualityloop.workflow.knowledge.KnowledgeEntry;

/** The repository, the SLA monitor and the knowledge base on their own. */
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

    @Test
    void monitor_findsOnlyWhatIsDue_earliestFirst_andIgnoresOlderVersions() {
        SlaMonitor monitor = new SlaMonitor(LIFECYCLE);
        FeedbackCase late = LIFECYCLE.replay(registered("case-b", Duration.ofMinutes(30)));
        FeedbackCase early = LIFECYCLE.replay(registered("case-a", Duration.ZERO));
        monitor.track(late);
        monitor.track(early);
        assertThat(monitor.nextDue()).contains(T0.plus(Duration.ofHours(1)));
        // First response is breached strictly after its deadline.
        assertThat(monitor.due(T0.plus(Duration.ofHours(1)), 10)).isEmpty();
        assertThat(monitor.due(T0.plus(Duration.ofMinutes(91)), 10)).extracting(SlaAlert::caseId)
                .containsExactly(CaseId.of("case-a"), CaseId.of("case-b"));
        assertThat(monitor.due(T0.plus(Duration.ofMinutes(91)), 1)).hasSize(1);

        // An older version arriving late does not replace a newer one.
        FeedbackCase responded = LIFECYCLE.apply(early, CaseEvent.of(early.id(), 4, CommandId.of("c3"),
                Actor.system("t"), T0.plusSeconds(60), CaseChange.responded()));
        monitor.track(responded);
        monitor.track(early);
        assertThat(monitor.due(T0.plus(Duration.ofMinutes(91)), 10)).extracting(SlaAlert::caseId)
                .containsExactly(CaseId.of("case-b"));
        monitor.forget(CaseId.of("case-b"));
        assertThat(monitor.trackedCases()).isEqualTo(1);
        assertThat(monitor.nextDue()).contains(T0.plus(Duration.ofHours(8)));
        assertThatThrownBy(() -> monitor.due(T0, 0)).hasMessage("limit must be at least 1, but was 0");
    }

    @Test
    void repository_appendsAtomically_andHistoriesAreSnapshots() {
        InMemoryCaseRepository repo = new InMemoryCaseRepository();
        List<CaseEvent> events = registered("case-a", Duration.ZERO);
        FeedbackCase opened = LIFECYCLE.open(events.get(0));
        assertThat(repo.append(opened.id(), 0, events.subList(0, 1), opened)).isEqualTo(AppendResult.APPENDED);
        List<CaseEvent> snapshot = repo.history(opened.id());
        FeedbackCase registered = LIFECYCLE.replay(events);
        assertThat(repo.append(opened.id(), 1, events.subList(1, 3), registered)).isEqualTo(AppendResult.APPENDED);
        assertThat(snapshot).hasSize(1);
        assertThat(repo.history(opened.id())).isEqualTo(events);
        assertThat(repo.eventsOf(opened.id(), CommandId.of("c2"))).contains(events.subList(1, 3));
        assertThat(repo.append(opened.id(), 1, events.subList(1, 3), registered))
                .isEqualTo(AppendResult.DUPLICATE_COMMAND);
        CaseEvent other = CaseEvent.of(opened.id(), 2, CommandId.of("c9"), Actor.system("t"), T0,
                new CaseChange.Escalated(AgentId.of("lead"), Optional.empty(), "vip"));
        FeedbackCase escalated = LIFECYCLE.apply(opened, other);
        assertThat(repo.append(opened.id(), 1, List.of(other), escalated)).isEqualTo(AppendResult.STALE_VERSION);
        assertThat(repo.history(opened.id())).isEqualTo(events);
        assertThatThrownBy(() -> repo.append(opened.id(), 3, List.of(other), escalated))
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
