package org.qualityloop.benchmarks.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A clock the benchmark sets and advances; single-threaded. Views in other zones move with it. */
final class MovableClock extends Clock {
    private final MovableClock source;
    private final ZoneId zone;
    private Instant now;

    MovableClock(Instant start) {
        this.source = null;
        this.zone = ZoneOffset.UTC;
        this.now = start;
    }

    private MovableClock(MovableClock source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    private MovableClock root() {
        return source == null ? this : source;
    }

    void set(Instant t) {
        root().now = t;
    }

    void advance(Duration d) {
        MovableClock r = root();
        r.now = r.now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovableClock(root(), Objects.requireNonNull(newZone, "zone"));
    }

    @Override
    public Instant instant() {
        return root().now;
    }
}
