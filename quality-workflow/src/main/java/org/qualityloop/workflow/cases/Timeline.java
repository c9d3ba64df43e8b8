package org.qualityloop.workflow.cases;

import java.time.Instant;
import org.qualityloop.model.outcome.Closure;

/**
 * When things happened to a case: the part of a {@link FeedbackCase} that registration,
 * responses, updates, resolution, closing and reopening replace. Immutable; package-private
 * (nullable components never reach the public API).
 *
 * @param registeredAt when registered, or null
 * @param cycleStartedAt when the current cycle began, not null
 * @param firstResponseAt the first response in any cycle, or null
 * @param respondedAt the first response of the current cycle, or null
 * @param lastUpdateAt the last response or update of the current cycle, or null
 * @param resolvedAt the last resolution in any cycle, or null
 * @param closedAt when closed or rejected, or null while open
 * @param closure how it was closed, or null while open
 */
record Timeline(Instant registeredAt, Instant cycleStartedAt, Instant firstResponseAt, Instant respondedAt,
        Instant lastUpdateAt, Instant resolvedAt, Instant closedAt, Closure closure) {

    /** A case received at {@code at}. */
    static Timeline receivedAt(Instant at) {
        return new Timeline(null, at, null, null, null, null, null, null);
    }

    Timeline registered(Instant at) {
        return new Timeline(at, cycleStartedAt, firstResponseAt, respondedAt, lastUpdateAt, resolvedAt, closedAt,
                closure);
    }

    Timeline responded(Instant at) {
        return new Timeline(registeredAt, cycleStartedAt, firstResponseAt == null ? at : firstResponseAt, at, at,
                resolvedAt, closedAt, closure);
    }

    Timeline updated(Instant at) {
        return new Timeline(registeredAt, cycleStartedAt, firstResponseAt, respondedAt, at, resolvedAt, closedAt,
                closure);
    }

    Timeline resolved(Instant at) {
        return new Timeline(registeredAt, cycleStartedAt, firstResponseAt, respondedAt, lastUpdateAt, at, closedAt,
                closure);
    }

    Timeline closed(Instant at, Closure how) {
        return new Timeline(registeredAt, cycleStartedAt, firstResponseAt, respondedAt, lastUpdateAt, resolvedAt, at,
                how);
    }

    /** A new cycle from {@code at}: no response, update or closing in it yet. */
    Timeline reopened(Instant at) {
        return new Timeline(registeredAt, at, firstResponseAt, null, null, resolvedAt, null, null);
    }
}
