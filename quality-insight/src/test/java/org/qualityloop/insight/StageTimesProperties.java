package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;

/** Invariants of {@link StageTimes} over random journey visits. */
class StageTimesProperties {

    private static final String[] STAGES = {"booking", "approval", "payment"};
    private static final String[] STEPS = {"app", "audit", "hotline"};

    /** A visit: stage, optional step, start, end. */
    private record Visit(StageId stage, TouchpointId step, Instant start, Instant end) {
        void addTo(StageTimes t) {
            if (step == null) {
                t.add(stage, start, end);
            } else {
                t.add(stage, step, start, end);
            }
        }
    }

    private static List<Visit> visits(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Visit> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant start = History.MONDAY_9.plusSeconds(r.nextLong(0, 30L * 86_400));
            // zero-length, minutes, days: across nights, weekends and the sketch's threshold
            long seconds = switch (r.nextInt(3)) {
                case 0 -> 0;
                case 1 -> r.nextLong(1, 3_600);
                default -> r.nextLong(3_600, 10L * 86_400);
            };
            out.add(new Visit(StageId.of(STAGES[r.nextInt(STAGES.length)]),
                    r.nextBoolean() ? null : TouchpointId.of(STEPS[r.nextInt(STEPS.length)]), start,
                    start.plusSeconds(seconds)));
        }
        return out;
    }

    @Property(tries = 100)
    void anySplitMergedEqualsOnePass(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 5) int parts) {
        List<Visit> all = visits(seed, n);
        StageTimes one = new StageTimes(History.OFFICE);
        all.forEach(v -> v.addTo(one));
        List<StageTimes> partials = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partials.add(new StageTimes(History.OFFICE));
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).addTo(partials.get(Math.floorMod(Long.hashCode(seed) + i * 7, parts)));
        }
        StageTimes merged = new StageTimes(History.OFFICE);
        for (int p = parts - 1; p >= 0; p--) { // in reverse order
            merged.merge(partials.get(p));
        }
        assertThat(merged).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(merged.byStage()).isEqualTo(one.byStage());
        assertThat(merged.bySteps()).isEqualTo(one.bySteps());
        assertThat(merged.ranking(DwellMeasure.WORKING)).isEqualTo(one.ranking(DwellMeasure.WORKING));
    }

    /** Working time never exceeds wall time, and the ranking is sorted by the mean. */
    @Property(tries = 100)
    void workingWithinWall_andRankingSortedByMean(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int n) {
        StageTimes t = new StageTimes(History.OFFICE);
        visits(seed, n).forEach(v -> v.addTo(t));
        List<StageTimes.Visits> nodes = new ArrayList<>(t.byStage());
        nodes.addAll(t.bySteps());
        assertThat(nodes).isNotEmpty();
        for (StageTimes.Visits v : nodes) {
            assertThat(v.working().max()).isLessThanOrEqualTo(v.wall().max());
            assertThat(v.working().mean()).isLessThanOrEqualTo(v.wall().mean());
        }
        for (DwellMeasure m : new DwellMeasure[] {DwellMeasure.WALL, DwellMeasure.WORKING}) {
            List<StageTimes.Visits> ranked = t.ranking(m);
            for (int i = 1; i < ranked.size(); i++) {
                assertThat(ranked.get(i).of(m).mean()).isLessThanOrEqualTo(ranked.get(i - 1).of(m).mean());
            }
            assertThat(t.bottleneck(m).map(StageTimes.Slowest::node)).isEqualTo(ranked.stream().findFirst());
        }
    }
}
