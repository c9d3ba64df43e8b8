package org.qualityloop.benchmarks.machine;

/**
 * One state machine engine running the benchmarked lifecycle:
 * REGISTERED -assign-> ASSIGNED -respond-> RESPONDED -startFix-> RECTIFYING -fixDone->
 * FOLLOW_UP -confirm-> CLOSED, and FOLLOW_UP -reject-> REOPENED -assign-> ASSIGNED.
 *
 * @param <K> what the engine keeps per case
 */
public interface Engine<K> {

    /** Events of the happy path, from REGISTERED to CLOSED. */
    Event[] HAPPY_PATH = {Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE, Event.CONFIRM};

    /** Events of one reopen cycle, from FOLLOW_UP back to FOLLOW_UP. */
    Event[] REOPEN_CYCLE = {Event.REJECT, Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE};

    /** @return a short name for tables */
    String name();

    /** @return a new case in REGISTERED */
    K create();

    /**
     * Fires an event.
     *
     * @return {@code true} if the engine took a transition; {@code false} if it rejected the
     *         event (explicitly, or by silently staying where it was)
     */
    boolean fire(K kase, Event event);

    /** @return the case's current state */
    State state(K kase);

    /** @return a new case in FOLLOW_UP, ready for reopen cycles */
    default K inFollowUp() {
        K kase = create();
        for (int i = 0; i < 4; i++) {
            if (!fire(kase, HAPPY_PATH[i])) {
                throw new IllegalStateException(name() + " rejected " + HAPPY_PATH[i]);
            }
        }
        return kase;
    }
}
