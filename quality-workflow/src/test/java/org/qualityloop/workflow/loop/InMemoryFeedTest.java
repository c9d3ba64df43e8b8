package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.engine.CaseCommand;
import org.qualityloop.workflow.engine.CaseService;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.StoredEvent;

/**
 * The in-memory store's feed over thousands of events: it is kept in fixed-size chunks, so a feed
 * this long spans several of them, and every page read across a chunk's end must still hold each
 * event once, at consecutive positions, in each case's own order.
 */
class InMemoryFeedTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));

    @Test
    void read_feedSpanningSeveralChunks_holdsEveryEventOnceInOrder() {
        TestClock clock = new TestClock(T0);
        InMemoryCaseStore store = new InMemoryCaseStore();
        CaseService s = CaseService.builder(LIFECYCLE, CaseEngineProperties.policy(ReopenMode.RESTART), clock)
                .store(store).build();
        int cases = 1_500;
        for (int i = 0; i < cases; i++) {
            CaseId id = CaseId.of("case-" + i);
            long v = s.executeOrThrow(CaseCommand.open(CommandId.of("open"), id, Actor.system("intake"),
                    Feedback.builder(FeedbackId.of("fb-" + i), Channel.APP, clock.instant()).build())).version();
            if (i % 3 != 0) {
                s.executeOrThrow(CaseCommand.of(CommandId.of("reg"), id, v, AGENT,
                        CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH,
                                AgentId.of("agent-1"))));
            }
            clock.advance(Duration.ofSeconds(1));
        }

        List<StoredEvent> feed = new ArrayList<>();
        long after = 0;
        for (List<StoredEvent> page = store.read(after, 700); !page.isEmpty(); page = store.read(after, 700)) {
            feed.addAll(page);
            after = page.get(page.size() - 1).position();
        }

        Map<CaseId, List<CaseEvent>> byCase = new LinkedHashMap<>();
        for (int i = 0; i < feed.size(); i++) {
            assertThat(feed.get(i).position()).isEqualTo(i + 1L);
            CaseEvent e = feed.get(i).event();
            byCase.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
        }
        int total = 0;
        for (int i = 0; i < cases; i++) {
            List<CaseEvent> history = store.history(CaseId.of("case-" + i));
            assertThat(byCase.get(CaseId.of("case-" + i))).isEqualTo(history);
            total += history.size();
        }
        assertThat(feed).hasSize(total);
        assertThat(total).as("events enough to span several chunks of the feed").isGreaterThan(3 * 1024);
        assertThat(store.read(total - 1L, 5)).hasSize(1);
        assertThat(store.read(total, 5)).isEmpty();
    }
}
