package org.qualityloop.workflow.engine;

import java.util.List;
import java.util.function.Consumer;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.StoredEvent;

/**
 * Follows a store's global feed from a checkpoint and hands each committed event to a consumer,
 * at least once and in position order: the notification path that survives a crash, where a
 * {@link CaseListener} (told in the committing thread, after the commit) may miss an event.
 *
 * <p>Keep {@link #checkpoint()} durably after handling events (ideally in the same transaction as
 * what the consumer wrote) and start again from it after a restart: events after the checkpoint
 * are delivered again, none is skipped, even when appends committed in another order than they
 * began (see {@link CaseStore#read}). A consumer that throws stops the poll; the event it failed
 * on is delivered again by the next poll.
 *
 * <pre>{@code
 * CaseFeed feed = CaseFeed.from(store, checkpoints.load("notifier"));
 * feed.poll(500, e -> notifier.send(e.event()));        // from your scheduler
 * checkpoints.save("notifier", feed.checkpoint());
 * }</pre>
 *
 * <p>Not thread-safe: one feed per consumer, polled from one thread at a time.
 */
public final class CaseFeed {

    private final CaseStore store;
    private long checkpoint;

    private CaseFeed(CaseStore store, long checkpoint) {
        this.store = store;
        this.checkpoint = checkpoint;
    }

    /**
     * A feed resuming after a checkpoint.
     *
     * @param store the store, not null
     * @param checkpoint the last position handled, 0 to start at the beginning
     * @return the feed
     */
    public static CaseFeed from(CaseStore store, long checkpoint) {
        return new CaseFeed(Checks.notNull(store, "store"), Checks.nonNegative(checkpoint, "checkpoint"));
    }

    /**
     * Hands the next committed events to {@code consumer}, advancing the checkpoint past each one
     * it handled.
     *
     * @param limit the most events to hand over, at least 1
     * @param consumer what to do with each event, not null
     * @return how many events were handed over
     */
    public int poll(int limit, Consumer<StoredEvent> consumer) {
        Checks.notNull(consumer, "consumer");
        List<StoredEvent> events = store.read(checkpoint, limit);
        int n = 0;
        for (StoredEvent e : events) {
            if (e.position() <= checkpoint) {
                throw new IllegalStateException("the store returned position " + e.position()
                        + " after checkpoint " + checkpoint + ": positions must increase");
            }
            consumer.accept(e);
            checkpoint = e.position();
            n++;
        }
        return n;
    }

    /**
     * Returns the position of the last event handled, 0 before any.
     *
     * @return the position of the last event handled, 0 before any
     */
    public long checkpoint() {
        return checkpoint;
    }

    @Override
    public String toString() {
        return "CaseFeed[checkpoint=" + checkpoint + "]";
    }
}
