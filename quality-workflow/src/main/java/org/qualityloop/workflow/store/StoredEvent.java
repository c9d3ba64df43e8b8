package org.qualityloop.workflow.store;

import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseEvent;

/**
 * An event with its position in the store's global feed ({@link CaseStore#read}). Positions are
 * assigned by the store, start at 1, and increase in the order the events become readable.
 *
 * @param position the position, from 1
 * @param event the event, not null
 */
public record StoredEvent(long position, CaseEvent event) {
    /** Validates. 
     *
     * @param position the position, from 1
     * @param event the event, not null
     */
    public StoredEvent {
        Checks.positive(position, "position");
        Checks.notNull(event, "event");
    }
}
