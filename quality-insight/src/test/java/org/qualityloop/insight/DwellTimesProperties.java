package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/** Invariants of the dwell times over random valid histories. */
class DwellTimesProperties {

    static final FeedbackLifecycle LIFECYCLE = FeedbackLifecycle.standard(History.OFFICE);

    static List<List<CaseEvent>> histories(long seed, int n) {
        List<List<CaseEvent>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(History.random(seed * 1_000 + i, i));
        }
        return out;
    }

    @Property(tries = 100)
    void anySplitMergedEqualsOnePass(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 5) int parts) {
        List<List<CaseEvent>> all = histories(seed, n);
        DwellTimes one = DwellTimes.of(LIFECYCLE);
        all.forEach(one::add);
        List<DwellTimes> partials = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partials.add(DwellTimes.of(LIFECYCLE));
        }
        for (int i = 0; i < all.size(); i++) {
            partials.get(Math.floorMod(Long.hashCode(seed) + i * 7, parts)).add(all.get(i));
        }
        DwellTimes merged = DwellTimes.of(LIFECYCLE);
        for (int p = parts - 1; p >= 0; p--) { // in reverse order
            merged.merge(partials.get(p));
        }
        assertThat(merged).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(merged.byState()).isEqualTo(one.byState());
        assertThat(merged.byStage()).isEqualTo(one.byStage());
    }

    /** The states read from event types are the states the lifecycle folds the history into. */
    @Property(tries = 150)
    void pathFollowsTheLifecycle(@ForAll long seed) {
        List<CaseEvent> h = History.random(seed, 1);
        CaseState state = CaseState.RECEIVED;
        int failed = 0;
        for (int i = 1; i < h.size(); i++) {
            state = CasePath.next(state, h.get(i).type(), failed, LIFECYCLE.maxFollowUpAttempts());
            failed = switch (h.get(i).type()) {
                case FOLLOW_UP_FAILED -> failed + 1;
                case REOPEN -> 0;
                default -> failed;
            };
            assertThat(state).isEqualTo(LIFECYCLE.replay(h.subList(0, i + 1)).state());
        }
    }

    /** Per node, team and customer parts add up to the visit, in both kinds of time. */
    @Property(tries = 200)
    void teamAndCustomerAddUp(@ForAll long seed) {
        DwellTimes d = DwellTimes.of(LIFECYCLE);
        histories(seed, 30).forEach(d::add);
        for (NodeDwell n : d.byState()) {
            for (TimeSplit s : List.of(n.wall(), n.working())) {
                long total = s.total().mean().toNanos() * s.total().count();
                long team = s.team().mean().toNanos() * s.team().count();
                long customer = s.customer().map(c -> c.mean().toNanos() * c.count()).orElse(0L);
                assertThat(team + customer).isCloseTo(total, org.assertj.core.api.Assertions.within(
                        1_000_000L * (s.total().count() + 1)));
                assertThat(s.team().max()).isLessThanOrEqualTo(s.total().max());
            }
            assertThat(n.working().total().max()).isLessThanOrEqualTo(n.wall().total().max());
        }
    }
}
