package org.qualityloop.workflow.store;

import java.time.Instant;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;

/**
 * An entry of the SLA due index: a case with an alert due, as {@link CaseStore#due} answers.
 *
 * @param caseId the case, not null
 * @param version the case's version the due instant was computed on, from 1
 * @param dueAt when its next alert falls due, at microsecond precision, not null
 */
public record DueCase(CaseId caseId, long version, Instant dueAt) {
    /** Validates. 
     *
     * @param caseId the case, not null
     * @param version the case's version the due instant was computed on, from 1
     * @param dueAt when its next alert falls due, at microsecond precision, not null
     */
    public DueCase {
        Checks.notNull(caseId, "caseId");
        Checks.positive(version, "version");
        Checks.notNull(dueAt, "dueAt");
    }
}
