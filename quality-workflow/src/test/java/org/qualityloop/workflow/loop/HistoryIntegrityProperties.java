package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CustomerId;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.FeedbackCase;

/**
 * Any single-event tampering of a history the engine stored is either refused, naming an event
 * by its sequence, or replays to exactly the case the engine stored.
 */
class HistoryIntegrityProperties {

    private static final HistoryIntegrityTest.Made MADE = HistoryIntegrityTest.made();

    enum Kind { SWAP, SEQUENCE, REUSE_COMMAND, ACTOR, INSTANT_BACKWARDS }

    record Tampering(Kind kind, int index, int other, long delta, Actor actor) {
    }

    @Provide
    Arbitrary<Tampering> tamperings() {
        int n = MADE.history().size();
        Arbitrary<Actor> actors = Arbitraries.of(Actor.agent(AgentId.of("agent-1")), Actor.agent(AgentId.of("agent-2")),
                Actor.customer(CustomerId.of("cust-1")), Actor.SLA_MONITOR, Actor.system("importer"));
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, n - 1),
                Arbitraries.integers().between(0, n - 1), Arbitraries.longs().between(1, 5), actors)
                .as(Tampering::new);
    }

    @Property(tries = 400)
    void tamperedHistory_isRefusedNamingAnEvent_orReplaysToTheStoredCase(@ForAll("tamperings") Tampering t) {
        List<CaseEvent> h = tampered(MADE.history(), t);
        FeedbackCase replayed;
        try {
            replayed = HistoryIntegrityTest.LIFECYCLE.replay(h);
        } catch (IllegalArgumentException refused) {
            Statistics.label("outcome").collect("refused");
            assertThat(refused.getMessage()).matches("event \\d+ of case [^:]+: .+");
            return;
        }
        Statistics.label("outcome").collect("replayed");
        assertThat(replayed).isEqualTo(MADE.stored());
        Statistics.label("outcome").coverage(c -> {
            c.check("refused").count(k -> k > 0);
            c.check("replayed").count(k -> k > 0);
        });
    }

    static List<CaseEvent> tampered(List<CaseEvent> history, Tampering t) {
        List<CaseEvent> h = new ArrayList<>(history);
        CaseEvent e = h.get(t.index());
        switch (t.kind()) {
            case SWAP -> {
                CaseEvent o = h.get(t.other());
                h.set(t.index(), renumbered(o, e.sequence()));
                h.set(t.other(), renumbered(e, o.sequence()));
            }
            case SEQUENCE -> h.set(t.index(), HistoryIntegrityTest.with(e, e.sequence() + t.delta(), e.commandId(),
                    e.actor(), e.at()));
            case REUSE_COMMAND -> h.set(t.index(), HistoryIntegrityTest.with(e, e.sequence(),
                    h.get(t.other()).commandId(), e.actor(), e.at()));
            case ACTOR -> h.set(t.index(), HistoryIntegrityTest.with(e, e.sequence(), e.commandId(), t.actor(),
                    e.at()));
            case INSTANT_BACKWARDS -> {
                // before the previous event (or, for the first, before the feedback was received)
                CaseEvent before = t.index() == 0 ? e : h.get(t.index() - 1);
                h.set(t.index(), HistoryIntegrityTest.with(e, e.sequence(), e.commandId(), e.actor(),
                        before.at().minusSeconds(t.delta())));
            }
            default -> throw new IllegalStateException("unknown kind " + t.kind());
        }
        return h;
    }

    private static CaseEvent renumbered(CaseEvent e, long sequence) {
        return HistoryIntegrityTest.with(e, sequence, e.commandId(), e.actor(), e.at());
    }
}
