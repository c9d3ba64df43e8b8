package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.sla.ReopenMode;
import org.qualityloop.model.sla.SlaTarget;
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
import org.qualityloop.workflow.engine.EscalationPolicy;
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.InMemoryCaseStore;
import org.qualityloop.workflow.store.StoredCase;

/**
 * Two and four engine instances over one store, with random commands sent to random instances,
 * clock moves, SLA monitor runs on random instances, and instances that die holding a claim.
 * After every step:
 * <ul>
 *   <li>every alert is recorded at most once, and every recording an instance reported is in
 *       the history exactly once;</li>
 *   <li>every instance reads the same case, equal to the replay of its history and to the store's
 *       snapshot (rebuilt field by field) with the events after it;</li>
 *   <li>{@code nextDue()} is never an instant whose alerts are recorded: after the instances have
 *       drained what is due, it is empty or in the future, or the end of a dead instance's lease;
 *       and draining always ends.</li>
 * </ul>
 */
class ClusteredEngineProperties {

    private static final Instant START = Instant.parse("2026-03-20T06:30:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    static final class Cluster {
        final TestClock clock = new TestClock(START);
        final InMemoryCaseStore store = new InMemoryCaseStore();
        final FeedbackLifecycle lifecycle;
        final List<CaseService> engines = new ArrayList<>();
        final List<CaseId> ids = new ArrayList<>();
        /** Alert command ids (case and id) that some instance reported as newly recorded. */
        final Set<String> recorded = new HashSet<>();
        /** Cases a dead instance holds a claim on, with the version it claimed and the lease's end. */
        final Map<CaseId, Instant> deadClaims = new HashMap<>();
        int commands;

        Cluster(int instances, int calendar, ReopenMode mode) {
            lifecycle = FeedbackLifecycle.builder(CaseEngineProperties.calendar(calendar)).maxFollowUpAttempts(2)
                    .build();
            for (int i = 0; i < instances; i++) {
                engines.add(CaseService.builder(lifecycle, CaseEngineProperties.policy(mode), clock)
                        .store(store).claimLease(LEASE)
                        .escalation(EscalationPolicy.onBreach(List.of(AgentId.of("lead")), Set.of(SlaTarget.RESOLUTION)))
                        .build());
            }
        }

        @Override
        public String toString() {
            return "Cluster[instances=" + engines.size() + ", cases=" + ids.size() + ", now=" + clock.instant() + "]";
        }
    }

    @Property(tries = 60)
    void instancesOverOneStore_recordEveryAlertOnce_andNeverStall(@ForAll("clusters") ActionChain<Cluster> chain) {
        chain.withInvariant("cluster invariants", ClusteredEngineProperties::check).run();
        Statistics.label("alert recorded anew").coverage(cov -> cov.check(true).count(n -> n > 0));
        Statistics.label("drained after a dead claim").coverage(cov -> cov.check(true).count(n -> n > 0));
    }

    @Provide
    Arbitrary<ActionChain<Cluster>> clusters() {
        return Arbitraries.of(2, 4).flatMap(instances -> Arbitraries.integers().between(0, 1).flatMap(cal ->
                Arbitraries.of(ReopenMode.class).map(mode ->
                        ActionChain.<Cluster>startWith(() -> new Cluster(instances, cal, mode))
                                .withAction(2, new Open())
                                .withAction(10, new Send())
                                .withAction(4, new Advance())
                                .withAction(3, new RunMonitor())
                                .withAction(1, new DieHoldingClaim())
                                .withAction(2, new Drain())
                                .withMaxTransformations(40)))).flatMap(a -> a);
    }

    static final class Open implements Action.Independent<Cluster> {
        @Override
        public Arbitrary<Transformer<Cluster>> transformer() {
            return Arbitraries.integers().between(0, 3).flatMap(engine -> Arbitraries.integers().between(0, 90)
                    .map(ago -> Transformer.mutate("open on instance " + engine, c -> {
                        CaseService s = c.engines.get(engine % c.engines.size());
                        CaseId id = CaseId.of("case-" + (c.ids.size() + 1));
                        Feedback f = Feedback.builder(FeedbackId.of("fb-" + id.value()), Channel.APP,
                                c.clock.instant().minus(Duration.ofMinutes(ago))).build();
                        CommandResult r = s.execute(CaseCommand.open(CommandId.of("cmd-" + ++c.commands), id,
                                Actor.system("intake"), f));
                        assertThat(r.isAccepted()).as("%s", r).isTrue();
                        c.ids.add(id);
                    })));
        }
    }

    static final class Send implements Action.Dependent<Cluster> {
        @Override
        public boolean precondition(Cluster c) {
            return !c.ids.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Cluster>> transformer(Cluster state) {
            return Arbitraries.of(state.ids).flatMap(id -> Arbitraries.integers().between(0, 3).flatMap(engine ->
                    CaseEngineProperties.changes().map(change ->
                            Transformer.mutate(change.type() + " on " + id + " via instance " + engine, c -> {
                                CaseService s = c.engines.get(engine % c.engines.size());
                                FeedbackCase read = s.find(id).orElseThrow();
                                CommandResult r = s.execute(CaseCommand.of(CommandId.of("cmd-" + ++c.commands), id,
                                        read.version(), Actor.agent(AgentId.of("a-1")), change));
                                if (r instanceof CommandResult.Rejected rej) {
                                    assertThat(rej.reason()).isNotEqualTo(CommandResult.Reason.STALE_VERSION);
                                }
                            }))));
        }
    }

    static final class Advance implements Action.Independent<Cluster> {
        @Override
        public Arbitrary<Transformer<Cluster>> transformer() {
            return Arbitraries.oneOf(Arbitraries.longs().between(1, 120), Arbitraries.longs().between(120, 2_880))
                    .map(minutes -> Transformer.mutate("advance " + minutes + " min",
                            c -> c.clock.advance(Duration.ofMinutes(minutes))));
        }
    }

    static final class RunMonitor implements Action.Independent<Cluster> {
        @Override
        public Arbitrary<Transformer<Cluster>> transformer() {
            return Arbitraries.integers().between(0, 3).flatMap(engine -> Arbitraries.integers().between(1, 4)
                    .map(limit -> Transformer.mutate("monitor on instance " + engine + ", limit " + limit,
                            c -> runMonitor(c, c.engines.get(engine % c.engines.size()), limit))));
        }
    }

    static int runMonitor(Cluster c, CaseService s, int limit) {
        List<CommandResult> results = s.processDue(limit);
        assertThat(results.size()).isLessThanOrEqualTo(limit);
        int recorded = 0;
        for (CommandResult r : results) {
            assertThat(r.isAccepted()).as("%s", r).isTrue();
            CommandResult.Accepted a = (CommandResult.Accepted) r;
            CaseEvent alert = a.events().get(0);
            assertThat(alert.type()).isIn(CaseEventType.SLA_WARNING, CaseEventType.SLA_BREACH);
            String key = alert.caseId() + "/" + alert.commandId();
            if (!a.retry()) {
                assertThat(c.recorded.add(key)).as("alert %s recorded twice", key).isTrue();
                recorded++;
            }
            Statistics.label("alert recorded anew").collect(!a.retry());
        }
        return recorded;
    }

    /** An instance claims a due case and dies before recording anything. */
    static final class DieHoldingClaim implements Action.Independent<Cluster> {
        @Override
        public Arbitrary<Transformer<Cluster>> transformer() {
            return Arbitraries.just(Transformer.mutate("an instance dies holding a claim", c -> {
                Instant now = c.clock.instant();
                List<DueCase> due = c.store.due(now, 1);
                if (!due.isEmpty()) {
                    DueCase d = due.get(0);
                    assertThat(c.store.claim(d.caseId(), d.version(), now, now.plus(LEASE))).isTrue();
                    assertThat(c.store.due(now, Integer.MAX_VALUE)).extracting(DueCase::caseId)
                            .doesNotContain(d.caseId());
                    c.deadClaims.put(d.caseId(), now.plus(LEASE));
                }
            }));
        }
    }

    /** Monitor runs on the instances in turn until nothing is due now; they must get there. */
    static final class Drain implements Action.Independent<Cluster> {
        @Override
        public Arbitrary<Transformer<Cluster>> transformer() {
            return Arbitraries.just(Transformer.mutate("drain what is due", c -> {
                Instant now = c.clock.instant();
                int rounds = 0;
                while (c.engines.get(0).nextDue().filter(t -> !t.isAfter(now)).isPresent()) {
                    assertThat(++rounds).as("draining must end: nextDue() stuck at %s", c.engines.get(0).nextDue())
                            .isLessThan(500);
                    runMonitor(c, c.engines.get(rounds % c.engines.size()), 2);
                }
                Statistics.label("drained after a dead claim").collect(!c.deadClaims.isEmpty());
                for (CaseId id : c.ids) {
                    FeedbackCase cur = c.engines.get(0).find(id).orElseThrow();
                    boolean heldByDead = c.deadClaims.getOrDefault(id, Instant.MIN).isAfter(now);
                    if (!heldByDead) {
                        assertThat(c.lifecycle.dueAlerts(cur, now)).as("left unrecorded on %s", id).isEmpty();
                    }
                }
                c.engines.get(0).nextDue().ifPresent(t -> assertThat(t).isAfter(now));
            }));
        }
    }

    static void check(Cluster c) {
        int alertEvents = 0;
        for (CaseId id : c.ids) {
            List<CaseEvent> history = c.store.history(id);
            FeedbackCase replayed = c.lifecycle.replay(history);
            for (CaseService s : c.engines) {
                assertThat(s.find(id)).as("instance view of %s", id).contains(replayed);
            }
            StoredCase stored = c.store.load(id).orElseThrow();
            if (replayed.state().isOpen()) {
                assertThat(stored.snapshot()).as("snapshot of open case %s", id).isPresent();
                assertThat(c.lifecycle.replay(SnapshotCopy.of(stored.snapshot().get()), stored.events()))
                        .as("snapshot of %s rebuilt field by field", id).isEqualTo(replayed);
            } else {
                // the in-memory store keeps a case that is no longer open compactly, without a snapshot
                assertThat(stored.snapshot()).as("snapshot of closed case %s", id).isEmpty();
                assertThat(stored.events()).as("events of closed case %s", id).isEqualTo(history);
            }
            Set<CommandId> commands = new HashSet<>();
            CommandId previous = null;
            for (CaseEvent e : history) {
                if (!e.commandId().equals(previous)) {
                    assertThat(commands.add(e.commandId())).as("command %s twice in %s", e.commandId(), id).isTrue();
                    previous = e.commandId();
                }
                if (e.type() == CaseEventType.SLA_WARNING || e.type() == CaseEventType.SLA_BREACH) {
                    alertEvents++;
                    assertThat(c.recorded).contains(id + "/" + e.commandId());
                }
            }
        }
        assertThat(alertEvents).as("every reported recording is in a history once").isEqualTo(c.recorded.size());
        Instant now = c.clock.instant();
        for (DueCase d : c.store.due(now, Integer.MAX_VALUE)) {
            FeedbackCase cur = c.engines.get(0).find(d.caseId()).orElseThrow();
            assertThat(d.version()).isEqualTo(cur.version());
            assertThat(c.lifecycle.dueAlerts(cur, now)).as("due entry of %s has alerts due", d.caseId()).isNotEmpty();
        }
    }
}
