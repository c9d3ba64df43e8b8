package org.qualityloop.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.model.StageId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/**
 * The process map of case histories: the directly-follows graph of lifecycle states — how often
 * cases went from one state straight to another, and how long that took (wall-clock time from
 * entering the first state to entering the second, with percentiles) — with the rework loops
 * counted: reopenings and failed follow-up attempts tried again. {@link #result(long)} gives the
 * graph over every case, {@link #result(StageId, long)} over the cases of one process stage
 * (those whose received change names it).
 *
 * <p>States come from the event types as in {@link DwellTimes} (changes that keep the state are
 * not moves); every history starts in {@code RECEIVED} and ends in the state its last event left
 * it in. A closed case that was reopened takes the edge {@code CLOSED → REOPENED}.
 *
 * <p><b>Merging.</b> {@link #merge} adds another map's moves: any split of the same histories,
 * accumulated apart and merged in any order, equals the map of all of them ({@code equals}
 * holds). Maps merge only with the same number of follow-up attempts.
 *
 * <p>Mutable and not thread-safe: confine an instance to a thread and merge the partials.
 */
public final class ProcessMap implements Mergeable<ProcessMap> {

    private static final CaseState[] STATES = CaseState.values();

    private final int maxFollowUpAttempts;
    /** The moves of cases without a stage; those of the others are under their stage only. */
    private final Graph noStage = new Graph();
    private final Map<StageId, Graph> byStage = new TreeMap<>();

    /**
     * Creates an empty map.
     *
     * @param maxFollowUpAttempts the follow-up attempts of the lifecycle that wrote the histories,
     *     at least 1
     * @throws IllegalArgumentException when {@code maxFollowUpAttempts} is below 1
     */
    public ProcessMap(int maxFollowUpAttempts) {
        if (maxFollowUpAttempts < 1) {
            throw new IllegalArgumentException("maxFollowUpAttempts must be at least 1, but was " + maxFollowUpAttempts);
        }
        this.maxFollowUpAttempts = maxFollowUpAttempts;
    }

    /**
     * Creates an empty map for the histories of a lifecycle.
     *
     * @param lifecycle the lifecycle, not null
     * @return the map
     */
    public static ProcessMap of(FeedbackLifecycle lifecycle) {
        return new ProcessMap(Checks.notNull(lifecycle, "lifecycle").maxFollowUpAttempts());
    }

    /**
     * Adds the moves of one case's history.
     *
     * @param history the events in sequence order, starting with the received change; not empty
     * @throws IllegalArgumentException when the history is empty, does not start with a received
     *     change, holds a null, or an event is earlier than the one before it; nothing is added then
     */
    public void add(List<CaseEvent> history) {
        CaseChange.Received received = CasePath.opening(history);
        CasePath.checkOrder(history);
        Optional<StageId> stage = received.stage();
        Graph graph = stage.isEmpty() ? noStage : byStage.computeIfAbsent(stage.get(), k -> new Graph());
        CaseState state = CaseState.RECEIVED;
        Instant entered = history.get(0).at();
        int failed = 0;
        long reopenings = 0;
        long repeated = 0;
        graph.enter(state, true);
        for (int i = 1; i < history.size(); i++) {
            CaseEvent e = history.get(i);
            CaseEventType type = e.type();
            CaseState next = CasePath.next(state, type, failed, maxFollowUpAttempts);
            if (type == CaseEventType.FOLLOW_UP_FAILED) {
                failed++;
                if (next == state) {
                    repeated++;
                }
            } else if (type == CaseEventType.REOPEN) {
                failed = 0;
                reopenings++;
            }
            if (next != state) {
                long millis = WorkingClock.wallMillis(entered, e.at());
                graph.move(state, next, millis);
                state = next;
                entered = e.at();
            }
        }
        graph.end(state, reopenings, repeated);
    }

    /**
     * Adds every move accumulated in {@code other}; {@code other} is not changed.
     *
     * @param other a map with the same follow-up attempts, not null; may be this one, which
     *     doubles every count
     * @return this map
     * @throws IllegalArgumentException when {@code other} has another number of follow-up
     *     attempts; nothing is changed then
     */
    @Override
    public ProcessMap merge(ProcessMap other) {
        Objects.requireNonNull(other, "other");
        if (other.maxFollowUpAttempts != maxFollowUpAttempts) {
            throw new IllegalArgumentException("other.maxFollowUpAttempts must be " + maxFollowUpAttempts
                    + ", but was " + other.maxFollowUpAttempts);
        }
        Graph otherNoStage = other == this ? new Graph().merge(noStage) : other.noStage;
        Map<StageId, Graph> otherStages = new TreeMap<>();
        other.byStage.forEach((k, v) -> otherStages.put(k, other == this ? new Graph().merge(v) : v));
        noStage.merge(otherNoStage);
        otherStages.forEach((k, v) -> byStage.computeIfAbsent(k, x -> new Graph()).merge(v));
        return this;
    }

    /**
     * Returns the follow-up attempts of the lifecycle the histories were written under.
     *
     * @return the maximum, at least 1
     */
    public int maxFollowUpAttempts() {
        return maxFollowUpAttempts;
    }

    /**
     * Returns the number of histories added.
     *
     * @return the count of cases
     */
    public long cases() {
        return byStage.values().stream().mapToLong(g -> g.cases).sum() + noStage.cases;
    }

    /**
     * Returns the stages whose cases have a map of their own, in the order of their ids.
     *
     * @return the stages, unmodifiable
     */
    public List<StageId> stages() {
        return List.copyOf(byStage.keySet());
    }

    /**
     * The graph over every case, without the edges taken fewer than {@code minFrequency} times.
     *
     * @param minFrequency the fewest moves an edge needs to be kept, at least 1
     * @return the graph; nodes in the lifecycle's order of states, edges by source then target
     * @throws IllegalArgumentException when {@code minFrequency} is below 1
     */
    public ProcessGraph result(long minFrequency) {
        Graph all = new Graph().merge(noStage);
        byStage.values().forEach(all::merge);
        return all.result(minFrequency);
    }

    /**
     * The graph over the cases of one process stage, filtered as {@link #result(long)} is.
     *
     * @param stage the stage, not null
     * @param minFrequency the fewest moves an edge needs to be kept, at least 1
     * @return the graph, or empty when no case of that stage was added
     */
    public Optional<ProcessGraph> result(StageId stage, long minFrequency) {
        Checks.notNull(stage, "stage");
        Checks.positive(minFrequency, "minFrequency");
        Graph g = byStage.get(stage);
        return g == null ? Optional.empty() : Optional.of(g.result(minFrequency));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessMap m && m.maxFollowUpAttempts == maxFollowUpAttempts && m.noStage.equals(noStage)
                && m.byStage.equals(byStage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxFollowUpAttempts, noStage, byStage);
    }

    @Override
    public String toString() {
        return "ProcessMap[cases=" + cases() + ", stages=" + byStage.size() + "]";
    }

    /** The counts of one graph: visits, starts and ends per state, moves and times per edge. */
    private static final class Graph {
        private final long[] visits = new long[STATES.length];
        private final long[] starts = new long[STATES.length];
        private final long[] ends = new long[STATES.length];
        private final TimeDistribution[] edges = new TimeDistribution[STATES.length * STATES.length];
        private long cases;
        private long reopenings;
        private long casesReopened;
        private long repeatedFollowUps;
        private long casesWithRepeatedFollowUp;

        void enter(CaseState s, boolean start) {
            visits[s.ordinal()]++;
            if (start) {
                starts[s.ordinal()]++;
            }
        }

        void move(CaseState from, CaseState to, long millis) {
            int i = from.ordinal() * STATES.length + to.ordinal();
            TimeDistribution d = edges[i];
            if (d == null) {
                d = new TimeDistribution();
                edges[i] = d;
            }
            d.addMillis(millis);
            visits[to.ordinal()]++;
        }

        void end(CaseState s, long reopened, long repeated) {
            ends[s.ordinal()]++;
            cases++;
            reopenings += reopened;
            repeatedFollowUps += repeated;
            if (reopened > 0) {
                casesReopened++;
            }
            if (repeated > 0) {
                casesWithRepeatedFollowUp++;
            }
        }

        Graph merge(Graph o) {
            for (int i = 0; i < STATES.length; i++) {
                visits[i] = Math.addExact(visits[i], o.visits[i]);
                starts[i] = Math.addExact(starts[i], o.starts[i]);
                ends[i] = Math.addExact(ends[i], o.ends[i]);
            }
            for (int i = 0; i < edges.length; i++) {
                if (o.edges[i] != null) {
                    if (edges[i] == null) {
                        edges[i] = new TimeDistribution();
                    }
                    edges[i].merge(o.edges[i]);
                }
            }
            cases = Math.addExact(cases, o.cases);
            reopenings = Math.addExact(reopenings, o.reopenings);
            casesReopened = Math.addExact(casesReopened, o.casesReopened);
            repeatedFollowUps = Math.addExact(repeatedFollowUps, o.repeatedFollowUps);
            casesWithRepeatedFollowUp = Math.addExact(casesWithRepeatedFollowUp, o.casesWithRepeatedFollowUp);
            return this;
        }

        ProcessGraph result(long minFrequency) {
            Checks.positive(minFrequency, "minFrequency");
            List<ProcessEdge> kept = new ArrayList<>();
            boolean[] linked = new boolean[STATES.length];
            for (int i = 0; i < edges.length; i++) {
                TimeDistribution d = edges[i];
                if (d != null && d.count() >= minFrequency) {
                    int from = i / STATES.length;
                    int to = i % STATES.length;
                    var r = d.result().orElseThrow();
                    kept.add(new ProcessEdge(STATES[from].name(), STATES[to].name(), d.count(), r.p50(), r.mean()));
                    linked[from] = true;
                    linked[to] = true;
                }
            }
            List<ProcessNode> nodes = new ArrayList<>();
            for (int i = 0; i < STATES.length; i++) {
                if (linked[i] || visits[i] >= minFrequency) {
                    nodes.add(new ProcessNode(STATES[i].name(), visits[i], starts[i], ends[i]));
                }
            }
            return new ProcessGraph(cases, minFrequency, nodes, kept,
                    new Rework(reopenings, casesReopened, repeatedFollowUps, casesWithRepeatedFollowUp));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Graph g && g.cases == cases && Arrays.equals(g.visits, visits)
                    && Arrays.equals(g.starts, starts) && Arrays.equals(g.ends, ends) && Arrays.equals(g.edges, edges)
                    && g.reopenings == reopenings && g.casesReopened == casesReopened
                    && g.repeatedFollowUps == repeatedFollowUps
                    && g.casesWithRepeatedFollowUp == casesWithRepeatedFollowUp;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cases, Arrays.hashCode(visits), Arrays.hashCode(ends), reopenings, repeatedFollowUps);
        }
    }
}
