package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.workflow.cases.CaseEvent;

/** Invariants of the cohorts over random valid histories, open, closed and rejected. */
class CohortsProperties {

    @Property(tries = 60)
    void anySplitMergedEqualsOnePass(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int n,
            @ForAll @IntRange(min = 1, max = 4) int parts) {
        List<List<CaseEvent>> all = DwellTimesProperties.histories(seed, n);
        Cohorts one = Cohorts.of(DwellTimesProperties.LIFECYCLE);
        all.forEach(one::add);
        List<Cohorts> partials = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partials.add(Cohorts.of(DwellTimesProperties.LIFECYCLE));
        }
        for (int i = 0; i < all.size(); i++) {
            partials.get(Math.floorMod(Long.hashCode(seed) + i * 7, parts)).add(all.get(i));
        }
        Cohorts merged = Cohorts.of(DwellTimesProperties.LIFECYCLE);
        for (int p = parts - 1; p >= 0; p--) {
            merged.merge(partials.get(p));
        }
        assertThat(merged).isEqualTo(one).hasSameHashCodeAs(one);
        for (CohortDimension d : CohortDimension.values()) {
            assertThat(merged.by(d)).isEqualTo(one.by(d));
        }
    }

    /** Every dimension partitions the cases: its cohorts' cases and closed cases add up to the whole. */
    @Property(tries = 60)
    void everyDimensionPartitionsTheCases(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
        Cohorts c = Cohorts.of(DwellTimesProperties.LIFECYCLE);
        List<List<CaseEvent>> all = DwellTimesProperties.histories(seed, n);
        all.forEach(c::add);
        long closed = all.stream().filter(h -> !DwellTimesProperties.LIFECYCLE.replay(h).state().isOpen()).count();
        for (CohortDimension d : CohortDimension.values()) {
            assertThat(c.by(d).stream().mapToLong(CohortKpis::cases).sum()).isEqualTo(n);
            assertThat(c.by(d).stream().mapToLong(CohortKpis::closed).sum()).isEqualTo(closed);
        }
    }
}
