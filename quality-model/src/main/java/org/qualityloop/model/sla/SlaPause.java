package org.qualityloop.model.sla;

import java.time.Instant;
import org.qualityloop.model.internal.Checks;

/**
 * A finished pause of an SLA clock, {@code [from, to)}: working time inside it does not count.
 *
 * @param from when the clock paused
 * @param to when it resumed, after {@code from}
 */
public record SlaPause(Instant from, Instant to) {

    /**
     * Validates the pause.
     *
     * @param from when the clock paused
     * @param to when it resumed, after {@code from}
     */
    public SlaPause {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from, but was " + to + " <= " + from);
        }
    }
}
