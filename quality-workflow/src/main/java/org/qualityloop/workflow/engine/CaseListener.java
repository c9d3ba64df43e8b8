package org.qualityloop.workflow.engine;

import java.util.List;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.FeedbackCase;

/**
 * Told of every command the case service applied, after its events are stored: to notify the
 * customer, update a search index, feed metrics. Called on the thread that executed the command;
 * must be thread-safe. A listener that throws is logged (case id and exception type only) and
 * cannot undo or corrupt the stored case; later listeners are still told.
 */
@FunctionalInterface
public interface CaseListener {

    /**
     * Called once per applied command (not for a retry answered from the history).
     *
     * @param current the case after the command, not null
     * @param events the events the command recorded, not null, not empty
     */
    void onApplied(FeedbackCase current, List<CaseEvent> events);
}
