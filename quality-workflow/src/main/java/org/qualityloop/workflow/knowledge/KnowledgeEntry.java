package org.qualityloop.workflow.knowledge;

import java.time.Instant;
import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.feedback.RootCauseCategory;
import org.qualityloop.model.internal.Checks;

/**
 * A lesson from a typical case (數據沉淀): the problem, its root cause and the fix, filed under the
 * case's category and touchpoint so that the next agent facing the same kind of problem finds it.
 * Immutable and thread-safe; the free text is not shown by {@link #toString()}.
 *
 * @param source the case it was learnt from, not null
 * @param category the case's category, not null
 * @param touchpoint the touchpoint the case concerned, if known
 * @param problem the problem, in the staff's words; not blank
 * @param rootCause the root-cause category, not null
 * @param fix what fixed it; not blank
 * @param recordedAt when it was recorded, not null
 */
public record KnowledgeEntry(CaseId source, FeedbackCategory category, Optional<TouchpointId> touchpoint,
        String problem, RootCauseCategory rootCause, String fix, Instant recordedAt) {

    /**
     * Validates the entry.
     *
     * @param source the case it was learnt from, not null
     * @param category the case's category, not null
     * @param touchpoint the touchpoint the case concerned, if known
     * @param problem the problem, in the staff's words; not blank
     * @param rootCause the root-cause category, not null
     * @param fix what fixed it; not blank
     * @param recordedAt when it was recorded, not null
     */
    public KnowledgeEntry {
        Checks.notNull(source, "source");
        Checks.notNull(category, "category");
        Checks.notNull(touchpoint, "touchpoint");
        Checks.notBlank(problem, "problem");
        Checks.notNull(rootCause, "rootCause");
        Checks.notBlank(fix, "fix");
        Checks.notNull(recordedAt, "recordedAt");
    }

    @Override
    public String toString() {
        return "KnowledgeEntry[source=" + source + ", category=" + category + ", touchpoint="
                + touchpoint.map(Object::toString).orElse("-") + ", rootCause=" + rootCause + ", recordedAt="
                + recordedAt + "]";
    }
}
