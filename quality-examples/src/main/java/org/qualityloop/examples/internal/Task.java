package org.qualityloop.examples.internal;

import java.time.Instant;

/**
 * A piece of work for an agent. Ordered: kind, then escalated first, priority, readiness, creation.
 * The case's escalation and priority are copied when the task is made, so a queued task keeps its
 * place until it is replaced.
 *
 * <p>Not thread-safe: mutable ({@link #cancelled}), confined to the thread running the simulation.
 */
final class Task implements Comparable<Task> {
    final TaskKind kind;
    final OpenCase sim;
    final long seq;
    final int escalation;
    final int priority;
    final Instant readyAt;
    boolean cancelled;

    Task(TaskKind kind, OpenCase sim, Instant readyAt, long seq) {
        this.kind = kind;
        this.sim = sim;
        this.readyAt = readyAt;
        this.seq = seq;
        this.escalation = sim.escalation;
        this.priority = sim.priority.ordinal();
    }

    @Override
    public int compareTo(Task o) {
        int c = kind.compareTo(o.kind);
        if (c == 0) {
            c = Integer.compare(o.escalation, escalation);
        }
        if (c == 0) {
            c = Integer.compare(o.priority, priority);
        }
        if (c == 0) {
            c = readyAt.compareTo(o.readyAt);
        }
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
