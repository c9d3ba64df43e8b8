package org.qualityloop.examples.internal;

import java.util.PriorityQueue;

/**
 * The simulation's future events, in order, and the one creation counter that numbers events and
 * tasks alike: ties between events (and tasks) at one instant are broken by that number, so every
 * part must draw it from here, in the order the run makes things.
 *
 * <p>Not thread-safe: confined to the thread running the simulation.
 */
final class Agenda {

    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private long seq;

    /**
     * Returns the next creation number.
     *
     * @return a number greater than every one returned before
     */
    long next() {
        return ++seq;
    }

    /**
     * Adds an event.
     *
     * @param e the event
     */
    void schedule(Event e) {
        events.add(e);
    }

    /**
     * Returns the first event without removing it.
     *
     * @return the first event, or null when there is none
     */
    Event peek() {
        return events.peek();
    }

    /**
     * Removes and returns the first event.
     *
     * @return the first event, or null when there is none
     */
    Event poll() {
        return events.poll();
    }
}
