package org.qualityloop.examples.internal;

import java.time.Instant;
import org.qualityloop.examples.scenario.Step;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Severity;

/**
 * A piece of feedback a service case will give: at which step (none for general feedback), why,
 * and whether the desk will find it invalid.
 *
 * <p>Not thread-safe: mutable ({@link #invalid}), confined to the thread running the simulation.
 */
final class FeedbackItem {
    final ServiceCase order;
    final Step step;
    final int stage;
    final FeedbackCategory category;
    final Severity severity;
    final boolean failed;
    final boolean slow;
    final Instant occurredAt;
    boolean invalid;

    FeedbackItem(ServiceCase order, Step step, int stage, FeedbackCategory category, Severity severity,
            boolean failed, boolean slow, Instant occurredAt) {
        this.order = order;
        this.step = step;
        this.stage = stage;
        this.category = category;
        this.severity = severity;
        this.failed = failed;
        this.slow = slow;
        this.occurredAt = occurredAt;
    }
}
