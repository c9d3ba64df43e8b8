package org.qualityloop.workflow.store;

import java.util.List;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;

/**
 * A case as a store reads it: its latest kept snapshot, if any, and the events after it.
 *
 * @param snapshot the latest snapshot the store kept, or empty
 * @param events the events after the snapshot's version in sequence order, or the whole history
 *     when there is no snapshot; unmodifiable
 */
public record StoredCase(Optional<CaseSnapshot> snapshot, List<CaseEvent> events) {
    /**
     * Validates and copies.
     *
     * @param snapshot the latest snapshot the store kept, or empty
     * @param events the events after the snapshot's version in sequence order, or the whole history when there is no snapshot; unmodifiable
     * @throws IllegalArgumentException when the events do not follow the snapshot (or start the
     *     history) in sequence
     */
    public StoredCase {
        Checks.notNull(snapshot, "snapshot");
        events = Checks.listCopy(events, "events");
        long from = snapshot.isPresent() ? snapshot.get().version() : 0;
        if (snapshot.isEmpty() && events.isEmpty()) {
            throw new IllegalArgumentException("a stored case needs a snapshot or events, but had neither");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).sequence() != from + 1 + i) {
                throw new IllegalArgumentException("events[" + i + "] must have sequence " + (from + 1 + i)
                        + ", but had " + events.get(i).sequence());
            }
        }
    }

    /**
     * Returns the case's version: that of its last event.
     *
     * @return the case's version: that of its last event
     */
    public long version() {
        return (snapshot.isPresent() ? snapshot.get().version() : 0) + events.size();
    }
}
