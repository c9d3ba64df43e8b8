package org.qualityloop.workflow.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the contract suite moves by hand. Thread-safe. */
final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock(Instant start) {
        this.now = start;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the contract suite's clock is in UTC only, not " + zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
