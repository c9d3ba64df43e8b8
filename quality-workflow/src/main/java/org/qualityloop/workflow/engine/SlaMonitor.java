package org.qualityloop.workflow.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.cases.SlaAlert;

/**
 * Answers "which SLA warnings and breaches are due at instant t" from an index of open cases
 * ordered by {@link FeedbackCase#nextSlaAlert()}, without scanning: updating a case costs
 * O(log n) and finding k due alerts among n open cases costs O(k log n).
 *
 * <p>The {@link CaseService} keeps its monitor up to date on every command it applies; it only
 * needs to be told of cases loaded from storage after a restart ({@link CaseService#reindex()}).
 * A monitor holds one entry per open case with an alert ahead; closed cases leave it.
 *
 * <p>Thread-safe: {@link #track} may run concurrently for any cases; an update carrying an older
 * version of a case than the one tracked is ignored, so updates arriving out of order never
 * resurrect a stale deadline. {@link #due} is weakly consistent with concurrent updates.
 */
public final class SlaMonitor {

    private final FeedbackLifecycle lifecycle;
    private final ConcurrentSkipListSet<Key> queue = new ConcurrentSkipListSet<>();
    private final ConcurrentHashMap<CaseId, Tracked> tracked = new ConcurrentHashMap<>();

    /** An entry of the index: when the case's next alert falls due. */
    private record Key(Instant at, CaseId id) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    private record Tracked(FeedbackCase current, Key key) {
    }

    /**
     * Creates an empty monitor.
     *
     * @param lifecycle the lifecycle the cases run on (its calendar decides what is due), not null
     */
    public SlaMonitor(FeedbackLifecycle lifecycle) {
        this.lifecycle = Checks.notNull(lifecycle, "lifecycle");
    }

    /**
     * Tracks a case as it now is: indexes its next alert, or drops it when it is closed. An older
     * version than the one already tracked is ignored.
     *
     * @param current the case, not null
     */
    public void track(FeedbackCase current) {
        Checks.notNull(current, "current");
        tracked.compute(current.id(), (id, old) -> {
            if (old != null && old.current().version() >= current.version()) {
                return old;
            }
            Instant at = current.nextSlaAlert().orElse(null);
            Key oldKey = old == null ? null : old.key();
            Key key = at == null ? null : oldKey != null && oldKey.at().equals(at) ? oldKey : new Key(at, id);
            if (oldKey != null && oldKey != key) {
                queue.remove(oldKey);
            }
            if (key != null && key != oldKey) {
                queue.add(key);
            }
            return current.state().isOpen() ? new Tracked(current, key) : null;
        });
    }

    /**
     * Stops tracking a case, e.g. when it is deleted from storage.
     *
     * @param id the case, not null
     */
    public void forget(CaseId id) {
        Checks.notNull(id, "id");
        tracked.computeIfPresent(id, (k, old) -> {
            if (old.key() != null) {
                queue.remove(old.key());
            }
            return null;
        });
    }

    /**
     * The alerts due at {@code t}, earliest case first: every warning reached and breach
     * incurred by then and not yet recorded, as {@link FeedbackLifecycle#dueAlerts} finds them on
     * the tracked version of each case.
     *
     * @param t the instant, not null
     * @param limit the most alerts to return, at least 1
     * @return the alerts, at most {@code limit}
     */
    public List<SlaAlert> due(Instant t, int limit) {
        Checks.notNull(t, "t");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        List<SlaAlert> out = new ArrayList<>(Math.min(limit, 64));
        for (Key k : queue) {
            if (k.at().isAfter(t) || out.size() >= limit) {
                break;
            }
            Tracked tr = tracked.get(k.id());
            if (tr == null || tr.key() != k) {
                continue;
            }
            for (SlaAlert a : lifecycle.dueAlerts(tr.current(), t)) {
                if (out.size() >= limit) {
                    break;
                }
                out.add(a);
            }
        }
        return out;
    }

    /**
     * When the next alert falls due: a scheduler that calls {@link CaseService#processDue(int)}
     * at this instant finds it (a breach is due one nanosecond after its deadline).
     *
     * @return the earliest indexed instant, or empty when no alert is ahead
     */
    public Optional<Instant> nextDue() {
        java.util.Iterator<Key> it = queue.iterator();
        return it.hasNext() ? Optional.of(it.next().at()) : Optional.empty();
    }

    /** @return the number of open cases tracked */
    public int trackedCases() {
        return tracked.size();
    }

    /** @return the number of cases with an alert ahead */
    public int pending() {
        return queue.size();
    }

    @Override
    public String toString() {
        return "SlaMonitor[tracked=" + tracked.size() + ", pending=" + queue.size() + "]";
    }
}
