package org.qualityloop.workflow.store;

import java.util.List;
import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;

/**
 * One page of open cases, in case id order.
 *
 * @param items the cases' summaries, unmodifiable
 * @param next where the next page starts (pass it as {@code after}); empty on the last page. A
 *     store may give a cursor that leads to an empty page.
 */
public record Page(List<CaseSummary> items, Optional<CaseId> next) {
    /** Validates and copies. 
     *
     * @param items the cases' summaries, unmodifiable
     * @param next where the next page starts (pass it as {@code after}); empty on the last page. A store may give a cursor that leads to an empty page.
     */
    public Page {
        items = Checks.listCopy(items, "items");
        Checks.notNull(next, "next");
    }
}
