package org.qualityloop.examples.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The simulated clock: a {@link Clock} whose instant only the simulator moves, forwards, as it
 * takes the next event. The case engine stamps every event with it, so SLA clocks, warnings and
 * breaches run on simulated time; nothing sleeps. Not thread-safe: one simulation, one thread.
 */
public final class SimClock extends Clock {

    private final ZoneId zone;
    private final SimClock source;
    private Instant now;

    /**
     * A clock at an instant.
     *
     * @param start the first instant, not null
     * @param zone the zone reported by {@link #getZone()}, not null
     */
    public SimClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.source = null;
    }

    private SimClock(SimClock source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /**
     * Moves the clock forwards; an earlier instant leaves it where it is.
     *
     * @param t the new instant, not null
     */
    public void advanceTo(Instant t) {
        if (source != null) {
            source.advanceTo(t);
            return;
        }
        if (t.isAfter(now)) {
            now = t;
        }
    }

    @Override
    public Instant instant() {
        return source != null ? source.instant() : now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Returns a view of this clock in another zone; it moves with this clock. */
    @Override
    public Clock withZone(ZoneId newZone) {
        Objects.requireNonNull(newZone, "zone");
        return newZone.equals(zone) ? this : new SimClock(source != null ? source : this, newZone);
    }

    @Override
    public String toString() {
        return "SimClock[" + instant() + ", " + zone + "]";
    }
}
