package org.qualityloop.examples.internal;

import java.time.Instant;
import java.util.Comparator;

/**
 * Something that happens at an instant in the simulation, as a record per kind. Ordered by instant,
 * then by creation ({@code seq}), so that events at one instant happen in the order they were scheduled.
 *
 * <p>The records are immutable, but the objects they refer to (a task, a case) are the simulator's
 * mutable state, confined to the thread running the simulation.
 */
sealed interface Event extends Comparable<Event> {

    /** The order of events: by instant, then by creation. */
    Comparator<Event> ORDER = Comparator.comparing(Event::at).thenComparingLong(Event::seq);

    /**
     * Returns when the event happens.
     *
     * @return the instant
     */
    Instant at();

    /**
     * Returns the event's creation number, unique in a run.
     *
     * @return the number
     */
    long seq();

    @Override
    default int compareTo(Event o) {
        return ORDER.compare(this, o);
    }

    /** A customer's feedback reaches the service desk. */
    record FeedbackArrives(Instant at, long seq, FeedbackItem item) implements Event {
    }

    /** A task becomes ready for the queue (a follow-up call falls due). */
    record TaskReady(Instant at, long seq, Task task) implements Event {
    }

    /** An agent finishes a task. */
    record TaskDone(Instant at, long seq, Task task, int agent) implements Event {
    }

    /** The desk's working time begins and idle agents take queued work. */
    record DeskOpens(Instant at, long seq) implements Event {
    }

    /** The customer answers a question the desk was waiting on. */
    record CustomerReplies(Instant at, long seq, OpenCase sim) implements Event {
    }
}
