package org.qualityloop.benchmarks.machine;

/** An engine with a case of its own, so the benchmarks can drive it without casts. */
final class Bound<K> {
    private final Engine<K> engine;
    private final K followUp;

    Bound(Engine<K> engine) {
        this.engine = engine;
        this.followUp = engine.inFollowUp();
    }

    Object create() {
        return engine.create();
    }

    /** Creates a case and drives it to CLOSED. */
    Object happyPath() {
        K kase = engine.create();
        for (Event e : Engine.HAPPY_PATH) {
            if (!engine.fire(kase, e)) {
                throw new IllegalStateException(engine.name() + " rejected " + e);
            }
        }
        return kase;
    }

    /** One reopen cycle on the existing case, FOLLOW_UP back to FOLLOW_UP. */
    Object reopenCycle() {
        for (Event e : Engine.REOPEN_CYCLE) {
            if (!engine.fire(followUp, e)) {
                throw new IllegalStateException(engine.name() + " rejected " + e);
            }
        }
        return followUp;
    }

    /** Fires an event not allowed in FOLLOW_UP; returns whether it was (wrongly) accepted. */
    boolean notAllowed() {
        return engine.fire(followUp, Event.START_FIX);
    }
}
