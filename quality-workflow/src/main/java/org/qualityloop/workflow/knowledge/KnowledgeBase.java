package org.qualityloop.workflow.knowledge;

import java.util.List;
import java.util.Optional;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.TouchpointId;

/**
 * Where the lessons of closed cases go (知識庫), and where agents look them up. The case engine
 * adds an entry whenever a case records a {@code KnowledgeCaptured} change; integrators implement
 * this over their own store (a wiki, a search index, a table) or use
 * {@link InMemoryKnowledgeBase}.
 *
 * <p>Implementations must be thread-safe: the engine adds entries from whichever thread executed
 * the command.
 */
public interface KnowledgeBase {

    /**
     * Files an entry.
     *
     * @param entry the entry, not null
     */
    void add(KnowledgeEntry entry);

    /**
     * Finds the entries filed under a category or any of its sub-categories (a search for
     * {@code technical-issue} finds {@code technical-issue/payment}), and, when a touchpoint is
     * given, about that touchpoint only.
     *
     * @param category the category, not null
     * @param touchpoint the touchpoint to narrow to, or empty for any
     * @return the entries, newest first
     */
    List<KnowledgeEntry> search(FeedbackCategory category, Optional<TouchpointId> touchpoint);
}
