package org.qualityloop.workflow.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.internal.Checks;

/**
 * A {@link KnowledgeBase} held in memory, indexed by category. Thread-safe: adds and searches may
 * run concurrently; a search sees every entry added before it started. Searching costs time in
 * the number of entries in the matching categories.
 */
public final class InMemoryKnowledgeBase implements KnowledgeBase {

    private static final Comparator<KnowledgeEntry> NEWEST_FIRST =
            Comparator.comparing(KnowledgeEntry::recordedAt).reversed();

    private final ConcurrentHashMap<FeedbackCategory, ConcurrentLinkedQueue<KnowledgeEntry>> byCategory =
            new ConcurrentHashMap<>();

    /** Creates an empty knowledge base. */
    public InMemoryKnowledgeBase() {
    }

    @Override
    public void add(KnowledgeEntry entry) {
        Checks.notNull(entry, "entry");
        byCategory.computeIfAbsent(entry.category(), k -> new ConcurrentLinkedQueue<>()).add(entry);
    }

    @Override
    public List<KnowledgeEntry> search(FeedbackCategory category, Optional<TouchpointId> touchpoint) {
        Checks.notNull(category, "category");
        Checks.notNull(touchpoint, "touchpoint");
        List<KnowledgeEntry> found = new ArrayList<>();
        byCategory.forEach((c, entries) -> {
            if (c.isWithin(category)) {
                for (KnowledgeEntry e : entries) {
                    if (touchpoint.isEmpty() || e.touchpoint().equals(touchpoint)) {
                        found.add(e);
                    }
                }
            }
        });
        found.sort(NEWEST_FIRST);
        return List.copyOf(found);
    }

    /**
     * Returns the number of entries.
     *
     * @return the number of entries
     */
    public int size() {
        int n = 0;
        for (ConcurrentLinkedQueue<KnowledgeEntry> q : byCategory.values()) {
            n += q.size();
        }
        return n;
    }

    @Override
    public String toString() {
        return "InMemoryKnowledgeBase[entries=" + size() + "]";
    }
}
