package org.qualityloop.jackson.mixins;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.qualityloop.insight.ProcessEdge;
import org.qualityloop.insight.ProcessGraph;
import org.qualityloop.insight.ProcessNode;
import org.qualityloop.insight.Rework;

/**
 * The JSON mapping of the {@code quality-insight} results: the process map's graph, its nodes,
 * edges and rework counts, bound through their canonical constructors (which apply every rule)
 * with every property required and {@code null} refused for every count.
 */
public final class InsightJson {

    private InsightJson() {
    }

    /**
     * Registers the mapping: each target type with its mix-in.
     *
     * @param context receives each target type and its mix-in, not null
     */
    public static void setup(BiConsumer<Class<?>, Class<?>> context) {
        Objects.requireNonNull(context, "context");
        context.accept(ProcessGraph.class, GraphMixIn.class);
        context.accept(ProcessNode.class, NodeMixIn.class);
        context.accept(ProcessEdge.class, EdgeMixIn.class);
        context.accept(Rework.class, ReworkMixIn.class);
    }

    /** {@code {"cases","minFrequency","nodes","edges","rework"}}. */
    @JsonPropertyOrder({"cases", "minFrequency", "nodes", "edges", "rework"})
    abstract static class GraphMixIn {
        @JsonCreator
        GraphMixIn(@JsonProperty(value = "cases", required = true) @JsonSetter(nulls = Nulls.FAIL) long cases,
                @JsonProperty(value = "minFrequency", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long minFrequency,
                @JsonProperty(value = "nodes", required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
                List<ProcessNode> nodes,
                @JsonProperty(value = "edges", required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
                List<ProcessEdge> edges,
                @JsonProperty(value = "rework", required = true) @JsonSetter(nulls = Nulls.FAIL) Rework rework) {
        }
    }

    /** {@code {"name","visits","starts","ends"}}. */
    @JsonPropertyOrder({"name", "visits", "starts", "ends"})
    abstract static class NodeMixIn {
        @JsonCreator
        NodeMixIn(@JsonProperty(value = "name", required = true) String name,
                @JsonProperty(value = "visits", required = true) @JsonSetter(nulls = Nulls.FAIL) long visits,
                @JsonProperty(value = "starts", required = true) @JsonSetter(nulls = Nulls.FAIL) long starts,
                @JsonProperty(value = "ends", required = true) @JsonSetter(nulls = Nulls.FAIL) long ends) {
        }
    }

    /** {@code {"from","to","count","median","mean"}}, durations in ISO-8601. */
    @JsonPropertyOrder({"from", "to", "count", "median", "mean"})
    abstract static class EdgeMixIn {
        @JsonCreator
        EdgeMixIn(@JsonProperty(value = "from", required = true) String from,
                @JsonProperty(value = "to", required = true) String to,
                @JsonProperty(value = "count", required = true) @JsonSetter(nulls = Nulls.FAIL) long count,
                @JsonProperty(value = "median", required = true) Duration median,
                @JsonProperty(value = "mean", required = true) Duration mean) {
        }
    }

    /** {@code {"reopenings","casesReopened","repeatedFollowUps","casesWithRepeatedFollowUp"}}. */
    @JsonPropertyOrder({"reopenings", "casesReopened", "repeatedFollowUps", "casesWithRepeatedFollowUp"})
    abstract static class ReworkMixIn {
        @JsonCreator
        ReworkMixIn(@JsonProperty(value = "reopenings", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long reopenings,
                @JsonProperty(value = "casesReopened", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long casesReopened,
                @JsonProperty(value = "repeatedFollowUps", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long repeatedFollowUps,
                @JsonProperty(value = "casesWithRepeatedFollowUp", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long casesWithRepeatedFollowUp) {
        }
    }
}
