package org.qualityloop.workflow.engine;

import org.qualityloop.model.CaseId;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CommandId;

/**
 * A request to change a case: who asks for which change, on which case, at which version they
 * read it, under an id that makes a retry safe.
 *
 * <p>Optimistic concurrency: {@code expectedVersion} is the {@linkplain
 * org.qualityloop.workflow.cases.FeedbackCase#version() version} of the case the caller read (0
 * to open a new case); if the case has moved on, the command is rejected as stale and nothing is
 * written. Idempotency: a command whose id the case already recorded is not applied again; the
 * engine answers with the events the first attempt recorded. Command ids starting with
 * {@code "sla:"} are reserved for the engine. Immutable.
 *
 * @param id the command's id, unique per case, not null
 * @param caseId the case, not null
 * @param expectedVersion the version the caller read, 0 for a new case; not negative
 * @param actor who asks, not null
 * @param change the change asked for, not null; not a {@linkplain
 *     org.qualityloop.workflow.cases.CaseEventType#isSystem() system change}
 */
public record CaseCommand(CommandId id, CaseId caseId, long expectedVersion, Actor actor, CaseChange change) {

    /**
     * Validates the command.
     *
     * @param id the command's id, unique per case, not null
     * @param caseId the case, not null
     * @param expectedVersion the version the caller read, 0 for a new case; not negative
     * @param actor who asks, not null
     * @param change the change asked for, not null; not a {@linkplain
     *     org.qualityloop.workflow.cases.CaseEventType#isSystem() system change}
     * @throws IllegalArgumentException when the expected version is negative
     */
    public CaseCommand {
        Checks.notNull(id, "id");
        Checks.notNull(caseId, "caseId");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative, but was " + expectedVersion);
        }
        Checks.notNull(actor, "actor");
        Checks.notNull(change, "change");
    }

    /**
     * A command opening a new case for a piece of feedback.
     *
     * @param id the command's id, not null
     * @param caseId the new case's id, not null
     * @param actor who registers it (an agent, the customer, an intake system), not null
     * @param feedback the feedback, not null
     * @return the command, expecting version 0
     */
    public static CaseCommand open(CommandId id, CaseId caseId, Actor actor, Feedback feedback) {
        return new CaseCommand(id, caseId, 0, actor, CaseChange.Received.of(feedback));
    }

    /**
     * A command changing an existing case.
     *
     * @param id the command's id, not null
     * @param caseId the case, not null
     * @param expectedVersion the version read, at least 1
     * @param actor who asks, not null
     * @param change the change, not null
     * @return the command
     */
    public static CaseCommand of(CommandId id, CaseId caseId, long expectedVersion, Actor actor, CaseChange change) {
        return new CaseCommand(id, caseId, expectedVersion, actor, change);
    }
}
