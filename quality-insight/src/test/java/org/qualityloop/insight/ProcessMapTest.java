package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.StageId;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * The process map of the two histories of {@link DwellTimesTest}, derived by hand (wall-clock
 * time between entering a state and entering the next).
 *
 * <pre>
 * case A: RECEIVED -1h-> REGISTERED -6h-> IN_PROGRESS -20h-> RESOLVED -72h-> FOLLOW_UP -2h-> CLOSED
 * case B: RECEIVED -30m-> REGISTERED -30m-> IN_PROGRESS -1h-> RESOLVED -2h-> FOLLOW_UP -1h-> REOPENED
 *         -1h-> IN_PROGRESS -1h-> RESOLVED -17h-> FOLLOW_UP (two failed attempts tried again, the third
 *         closes) -3h-> CLOSED
 * </pre>
 * Edges: RECEIVED→REGISTERED 2 [30m, 1h] median x(0) = 30m, mean 45m; REGISTERED→IN_PROGRESS 2
 * [30m, 6h] 30m, 3h15; IN_PROGRESS→RESOLVED 3 [1h, 1h, 20h] median x(1) = 1h, mean 22h/3 = 7h20;
 * RESOLVED→FOLLOW_UP 3 [2h, 17h, 72h] 17h, 91h/3 = 30h20; FOLLOW_UP→CLOSED 2 [2h, 3h] 2h, 2h30;
 * FOLLOW_UP→REOPENED 1 [1h]; REOPENED→IN_PROGRESS 1 [1h]. Visits: RECEIVED 2 (both start there),
 * REGISTERED 2, IN_PROGRESS 3, RESOLVED 3, FOLLOW_UP 3, REOPENED 1, CLOSED 2 (both end there).
 * Rework: 1 reopening in 1 case, 2 repeated follow-ups in 1 case.
 */
class ProcessMapTest {

    static ProcessMap example() {
        ProcessMap m = ProcessMap.of(FeedbackLifecycle.standard(History.OFFICE));
        m.add(DwellTimesTest.caseA());
        m.add(DwellTimesTest.caseB());
        return m;
    }

    @Test
    void everyEdgeWithItsCountAndTimes() {
        ProcessGraph g = example().result(1);
        assertThat(g.cases()).isEqualTo(2);
        assertThat(g.edges()).containsExactly(
                new ProcessEdge("RECEIVED", "REGISTERED", 2, Duration.ofMinutes(30), Duration.ofMinutes(45)),
                new ProcessEdge("REGISTERED", "IN_PROGRESS", 2, Duration.ofMinutes(30), Duration.ofMinutes(195)),
                new ProcessEdge("IN_PROGRESS", "RESOLVED", 3, Duration.ofHours(1), Duration.ofMinutes(440)),
                new ProcessEdge("RESOLVED", "FOLLOW_UP", 3, Duration.ofHours(17), Duration.ofMinutes(1820)),
                new ProcessEdge("FOLLOW_UP", "CLOSED", 2, Duration.ofHours(2), Duration.ofMinutes(150)),
                new ProcessEdge("FOLLOW_UP", "REOPENED", 1, Duration.ofHours(1), Duration.ofHours(1)),
                new ProcessEdge("REOPENED", "IN_PROGRESS", 1, Duration.ofHours(1), Duration.ofHours(1)));
        assertThat(g.nodes()).containsExactly(new ProcessNode("RECEIVED", 2, 2, 0),
                new ProcessNode("REGISTERED", 2, 0, 0), new ProcessNode("IN_PROGRESS", 3, 0, 0),
                new ProcessNode("RESOLVED", 3, 0, 0), new ProcessNode("FOLLOW_UP", 3, 0, 0),
                new ProcessNode("CLOSED", 2, 0, 2), new ProcessNode("REOPENED", 1, 0, 0));
        assertThat(g.rework()).isEqualTo(new Rework(1, 1, 2, 1));
    }

    @Test
    void filteredByFrequencyAndDrawnInMermaid() {
        ProcessGraph g = example().result(2);
        assertThat(g.edges()).hasSize(5);
        assertThat(g.nodes()).extracting(ProcessNode::name).doesNotContain("REOPENED");
        assertThat(g.rework()).isEqualTo(new Rework(1, 1, 2, 1)); // counted over every history
        assertThat(g.toMermaid()).isEqualTo("""
                flowchart LR
                    start((start))
                    stop((end))
                    n0["RECEIVED (2)"]
                    n1["REGISTERED (2)"]
                    n2["IN_PROGRESS (3)"]
                    n3["RESOLVED (3)"]
                    n4["FOLLOW_UP (3)"]
                    n5["CLOSED (2)"]
                    start -->|2| n0
                    n0 -->|"2 · 30m"| n1
                    n1 -->|"2 · 30m"| n2
                    n2 -->|"3 · 1h"| n3
                    n3 -->|"3 · 17h"| n4
                    n4 -->|"2 · 2h"| n5
                    n5 -->|2| stop
                """);
    }

    @Test
    void perStage() {
        ProcessMap m = example();
        assertThat(m.stages()).containsExactly(StageId.of("approval"));
        ProcessGraph approval = m.result(StageId.of("approval"), 1).orElseThrow();
        assertThat(approval.cases()).isEqualTo(1);
        assertThat(approval.edges()).hasSize(5).allMatch(e -> e.count() == 1);
        assertThat(approval.rework()).isEqualTo(new Rework(0, 0, 0, 0));
        assertThat(m.result(StageId.of("booking"), 1)).isEmpty();
    }

    @Test
    void durationsForPeople() {
        assertThat(ProcessGraph.human(Duration.ZERO)).isEqualTo("0s");
        assertThat(ProcessGraph.human(Duration.ofMillis(300))).isEqualTo("<1s");
        assertThat(ProcessGraph.human(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(ProcessGraph.human(Duration.ofMinutes(90))).isEqualTo("1h 30m");
        assertThat(ProcessGraph.human(Duration.ofHours(51).plusMinutes(10))).isEqualTo("2d 3h");
        assertThat(ProcessGraph.human(Duration.ofDays(2).plusMinutes(5))).isEqualTo("2d");
    }

    @Test
    void invalidGraphsAreRefused() {
        Rework none = new Rework(0, 0, 0, 0);
        ProcessNode a = new ProcessNode("A", 1, 1, 0);
        assertThatThrownBy(() -> new ProcessGraph(1, 1, List.of(a),
                List.of(new ProcessEdge("A", "B", 1, Duration.ZERO, Duration.ZERO)), none))
                .hasMessage("edges[0].to must name a node, but was B");
        assertThatThrownBy(() -> new ProcessGraph(1, 2, List.of(a),
                List.of(new ProcessEdge("A", "A", 1, Duration.ZERO, Duration.ZERO)), none))
                .hasMessage("edges[0].count must be at least minFrequency 2, but was 1");
        assertThatThrownBy(() -> new ProcessGraph(1, 1, List.of(a, a), List.of(), none))
                .hasMessage("nodes[1].name must be unique, but A repeats");
        assertThatThrownBy(() -> new ProcessNode("A", 1, 2, 0)).hasMessage("starts must be at most visits 1, but was 2");
        assertThatThrownBy(() -> new Rework(1, 2, 0, 0)).hasMessage("casesReopened must be at most reopenings 1, but was 2");
        assertThatThrownBy(() -> example().result(0)).hasMessage("minFrequency must be positive, but was 0");
    }

    @Test
    void mergingIntoItselfDoubles() {
        ProcessMap m = example();
        m.merge(m);
        assertThat(m).isEqualTo(example().merge(example()));
        assertThat(m.result(1).edges().get(0).count()).isEqualTo(4);
    }
}
