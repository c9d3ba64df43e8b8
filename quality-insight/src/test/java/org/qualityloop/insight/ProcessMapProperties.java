package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.workflow.cases.CaseEvent;

/** Invariants of the process map over random valid histories. */
class ProcessMapProperties {

    @Property(tries = 100)
    void anySplitMergedEqualsOnePass(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 5) int parts) {
        List<List<CaseEvent>> all = DwellTimesProperties.histories(seed, n);
        ProcessMap one = ProcessMap.of(DwellTimesProperties.LIFECYCLE);
        all.forEach(one::add);
        List<ProcessMap> partials = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partials.add(ProcessMap.of(DwellTimesProperties.LIFECYCLE));
        }
        for (int i = 0; i < all.size(); i++) {
            partials.get(Math.floorMod(Long.hashCode(seed) + i * 3, parts)).add(all.get(i));
        }
        ProcessMap merged = ProcessMap.of(DwellTimesProperties.LIFECYCLE);
        for (int p = parts - 1; p >= 0; p--) {
            merged.merge(partials.get(p));
        }
        assertThat(merged).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(merged.result(1)).isEqualTo(one.result(1));
    }

    /** What enters a node leaves it or ends there: visits = moves out + ends; and starts = cases. */
    @Property(tries = 100)
    void flowIsConserved(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n) {
        ProcessMap m = ProcessMap.of(DwellTimesProperties.LIFECYCLE);
        DwellTimesProperties.histories(seed, n).forEach(m::add);
        ProcessGraph g = m.result(1);
        assertThat(g.nodes().stream().mapToLong(ProcessNode::starts).sum()).isEqualTo(n);
        assertThat(g.nodes().stream().mapToLong(ProcessNode::ends).sum()).isEqualTo(n);
        for (ProcessNode node : g.nodes()) {
            long out = g.edges().stream().filter(e -> e.from().equals(node.name())).mapToLong(ProcessEdge::count).sum();
            long in = g.edges().stream().filter(e -> e.to().equals(node.name())).mapToLong(ProcessEdge::count).sum();
            assertThat(out + node.ends()).isEqualTo(node.visits());
            assertThat(in + node.starts()).isEqualTo(node.visits());
        }
        ProcessGraph filtered = m.result(3);
        assertThat(filtered.edges()).allMatch(e -> e.count() >= 3);
        assertThat(filtered.rework()).isEqualTo(g.rework());
    }
}
