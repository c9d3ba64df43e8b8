package org.qualityloop.workflow.cases;

import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.StageId;
import org.qualityloop.model.feedback.Feedback;

/**
 * What a case is about, as registered: the part of a {@link FeedbackCase} that registration and
 * priority changes replace. Immutable; package-private, so the nullable components (unknown
 * before registration) never reach the public API, which wraps them in {@code Optional}.
 *
 * @param stage the stage of the service process, or null when unknown
 * @param category the category, not null
 * @param severity the severity, not null
 * @param priority the priority, or null before registration
 * @param segment the customer's segment, or null when not given
 */
record Classification(StageId stage, FeedbackCategory category, Severity severity, Priority priority,
        CustomerSegment segment) {

    /** The feedback's own classification, before registration. */
    static Classification of(Feedback feedback, StageId stage) {
        return new Classification(stage, feedback.category(), feedback.severity(), null, null);
    }

    Classification registered(CaseChange.Registered r) {
        return new Classification(stage, r.category(), r.severity(), r.priority(), r.segment().orElse(null));
    }

    Classification reclassified(CaseChange.Reclassified r) {
        return new Classification(stage, r.category().orElse(category), r.severity().orElse(severity), priority,
                r.segment().orElse(segment));
    }

    Classification withPriority(Priority p) {
        return p == priority ? this : new Classification(stage, category, severity, p, segment);
    }
}
