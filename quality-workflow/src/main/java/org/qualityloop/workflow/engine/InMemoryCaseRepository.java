package org.qualityloop.workflow.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;

/**
 * A {@link CaseRepository} in memory: for tests, simulations and single-process deployments.
 *
 * <p>Thread-safe and lock-free for readers. Appends to one case are serialised by a
 * {@link ConcurrentHashMap#compute} on its id; appends to different cases run in parallel. A
 * history returned by {@link #history} is a snapshot: later appends do not show in it. Appending
 * an event costs amortised constant time; checking for a duplicate command looks through the
 * case's own history.
 */
public final class InMemoryCaseRepository implements CaseRepository {

    private static final CaseEvent[] NO_EVENTS = new CaseEvent[0];

    private final ConcurrentHashMap<CaseId, Entry> cases = new ConcurrentHashMap<>();

    /** Creates an empty repository. */
    public InMemoryCaseRepository() {
    }

    /**
     * A case's history and snapshot. Entries are immutable as seen by their readers: an append
     * writes past the end of the shared array (or into a copy) and publishes a new entry, and only
     * the newest entry of a case is ever appended to.
     */
    private static final class Entry {
        final FeedbackCase current;
        final CaseEvent[] events;
        final int size;

        Entry(FeedbackCase current, CaseEvent[] events, int size) {
            this.current = current;
            this.events = events;
            this.size = size;
        }

        Entry append(List<CaseEvent> more, FeedbackCase next) {
            CaseEvent[] array = events;
            int needed = size + more.size();
            if (needed > array.length) {
                array = Arrays.copyOf(array, Math.max(needed, Math.max(8, array.length * 2)));
            }
            for (int i = 0; i < more.size(); i++) {
                array[size + i] = more.get(i);
            }
            return new Entry(next, array, needed);
        }

        int indexOf(CommandId command) {
            for (int i = size - 1; i >= 0; i--) {
                if (events[i].commandId().equals(command)) {
                    return i;
                }
            }
            return -1;
        }

        List<CaseEvent> range(int from, int to) {
            return Collections.unmodifiableList(Arrays.asList(events).subList(from, to));
        }
    }

    @Override
    public Optional<FeedbackCase> find(CaseId id) {
        Entry e = cases.get(Checks.notNull(id, "id"));
        return e == null ? Optional.empty() : Optional.of(e.current);
    }

    @Override
    public List<CaseEvent> history(CaseId id) {
        Entry e = cases.get(Checks.notNull(id, "id"));
        return e == null ? List.of() : e.range(0, e.size);
    }

    @Override
    public Optional<List<CaseEvent>> eventsOf(CaseId id, CommandId command) {
        Checks.notNull(command, "command");
        Entry e = cases.get(Checks.notNull(id, "id"));
        if (e == null) {
            return Optional.empty();
        }
        int last = e.indexOf(command);
        if (last < 0) {
            return Optional.empty();
        }
        int first = last;
        while (first > 0 && e.events[first - 1].commandId().equals(command)) {
            first--;
        }
        return Optional.of(e.range(first, last + 1));
    }

    @Override
    public AppendResult append(CaseId id, long expectedVersion, List<CaseEvent> events, FeedbackCase current) {
        Checks.notNull(id, "id");
        Checks.notNull(events, "events");
        Checks.notNull(current, "current");
        validate(id, expectedVersion, events, current);
        CommandId command = events.get(0).commandId();
        AppendResult[] result = new AppendResult[1];
        cases.compute(id, (k, e) -> {
            if (e != null && e.indexOf(command) >= 0) {
                result[0] = AppendResult.DUPLICATE_COMMAND;
                return e;
            }
            long version = e == null ? 0 : e.current.version();
            if (version != expectedVersion) {
                result[0] = AppendResult.STALE_VERSION;
                return e;
            }
            result[0] = AppendResult.APPENDED;
            return (e == null ? new Entry(current, NO_EVENTS, 0) : e).append(events, current);
        });
        return result[0];
    }

    private static void validate(CaseId id, long expectedVersion, List<CaseEvent> events, FeedbackCase current) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty");
        }
        CommandId command = events.get(0).commandId();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = Checks.notNull(events.get(i), "events[" + i + "]");
            if (!e.caseId().equals(id) || e.sequence() != expectedVersion + 1 + i || !e.commandId().equals(command)) {
                throw new IllegalArgumentException("events[" + i + "] must be event " + (expectedVersion + 1 + i)
                        + " of case " + id + " under command " + command + ", but was event " + e.sequence()
                        + " of case " + e.caseId() + " under command " + e.commandId());
            }
        }
        if (!current.id().equals(id) || current.version() != expectedVersion + events.size()) {
            throw new IllegalArgumentException("current must be case " + id + " at version "
                    + (expectedVersion + events.size()) + ", but was case " + current.id() + " at version "
                    + current.version());
        }
    }

    @Override
    public void forEachOpen(Consumer<FeedbackCase> action) {
        Checks.notNull(action, "action");
        for (Entry e : cases.values()) {
            if (e.current.state().isOpen()) {
                action.accept(e.current);
            }
        }
    }

    /** @return the number of cases held */
    public int size() {
        return cases.size();
    }

    @Override
    public String toString() {
        return "InMemoryCaseRepository[cases=" + cases.size() + "]";
    }
}
