package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.insight.ProcessEdge;
import org.qualityloop.insight.ProcessGraph;
import org.qualityloop.insight.ProcessNode;
import org.qualityloop.insight.Rework;

/**
 * The process map's graph survives its JSON form, and reading applies the graph's rules: every
 * property required, no null count, edges only between nodes of the graph.
 */
public abstract class InsightJsonContract {

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();

    static ProcessGraph graph() {
        return new ProcessGraph(3, 1,
                List.of(new ProcessNode("RECEIVED", 3, 3, 1), new ProcessNode("REJECTED", 1, 0, 1),
                        new ProcessNode("REGISTERED", 2, 0, 1)),
                List.of(new ProcessEdge("RECEIVED", "REJECTED", 1, Duration.ofMillis(1_500), Duration.ofMillis(1_500)),
                        new ProcessEdge("RECEIVED", "REGISTERED", 2, Duration.ofMinutes(5), Duration.ofSeconds(330))),
                new Rework(0, 0, 0, 0));
    }

    @Test
    void aGraph_roundTripsThroughJson() {
        String json = codec().write(graph());
        assertThat(json).startsWith("{\"cases\":3,\"minFrequency\":1,\"nodes\":[{\"name\":\"RECEIVED\",\"visits\":3,")
                .contains("{\"from\":\"RECEIVED\",\"to\":\"REJECTED\",\"count\":1,\"median\":\"PT1.5S\",\"mean\":\"PT1.5S\"}");
        ProcessGraph back = codec().read(json, ProcessGraph.class);
        assertThat(back).isEqualTo(graph());
        assertThat(codec().write(back)).isEqualTo(json);
    }

    @Test
    void reading_appliesTheGraphsRules() {
        String json = codec().write(graph());
        assertThatThrownBy(() -> codec().read(json.replace("\"to\":\"REJECTED\"", "\"to\":\"CLOSED\""),
                ProcessGraph.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edges[0].to must name a node, but was CLOSED");
        assertThatThrownBy(() -> codec().read(json.replace("\"cases\":3,", ""), ProcessGraph.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cases");
        assertThatThrownBy(() -> codec().read(json.replace("\"visits\":3", "\"visits\":null"), ProcessGraph.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("visits");
    }
}
