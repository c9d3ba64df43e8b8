package org.qualityloop.workflow.engine;

import java.util.List;
import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackCase;

/**
 * What executing a {@link CaseCommand} gave: the case after it and the events recorded, or a
 * rejection saying why nothing was written. Rejections are results, not exceptions
 * ({@link CaseService#executeOrThrow} is there for callers who prefer one).
 */
public sealed interface CommandResult permits CommandResult.Accepted, CommandResult.Rejected {

    /**
     * Returns the case the command was for.
     *
     * @return the case the command was for
     */
    CaseId caseId();

    /**
     * Returns true for {@link Accepted}.
     *
     * @return true for {@link Accepted}
     */
    boolean isAccepted();

    /**
     * The command was applied (or, for a retry, had been applied before).
     *
     * @param current the case after the command; for a retry, the case as it stands now
     * @param events the events the command recorded, in order
     * @param retry true when the command's id had been recorded before and nothing new was written
     */
    record Accepted(FeedbackCase current, List<CaseEvent> events, boolean retry) implements CommandResult {
        /**
         * Validates and copies.
         *
         * @param current the case after the command; for a retry, the case as it stands now
         * @param events the events the command recorded, in order
         * @param retry true when the command's id had been recorded before and nothing new was
         *     written
         */
        public Accepted {
            Checks.notNull(current, "current");
            events = Checks.listCopy(events, "events");
        }

        @Override
        public CaseId caseId() {
            return current.id();
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        /**
         * Returns the case's version after the command, to send with the next command.
         *
         * @return the case's version after the command, to send with the next command
         */
        public long version() {
            return current.version();
        }
    }

    /**
     * The command was not applied; the stored case is unchanged.
     *
     * @param caseId the case, not null
     * @param reason why, not null
     * @param state the case's state when the command was refused; empty when the case does not exist
     * @param event the kind of change the command asked for, not null
     * @param message a sentence naming the case, its state and the event; never personal data
     */
    record Rejected(CaseId caseId, Reason reason, Optional<CaseState> state, CaseEventType event, String message)
            implements CommandResult {
        /**
         * Validates.
         *
         * @param caseId the case, not null
         * @param reason why, not null
         * @param state the case's state when the command was refused; empty when the case does not
         *     exist
         * @param event the kind of change the command asked for, not null
         * @param message a sentence naming the case, its state and the event; never personal data
         */
        public Rejected {
            Checks.notNull(caseId, "caseId");
            Checks.notNull(reason, "reason");
            Checks.notNull(state, "state");
            Checks.notNull(event, "event");
            Checks.notBlank(message, "message");
        }

        @Override
        public boolean isAccepted() {
            return false;
        }
    }

    /** Why a command was rejected. */
    enum Reason {
        /** No case has the command's id. */
        UNKNOWN_CASE,
        /** A case with that id exists already. */
        CASE_EXISTS,
        /** The case has moved on since the version the command expected. */
        STALE_VERSION,
        /** The lifecycle has no transition for the change in the case's state. */
        NOT_ALLOWED,
        /** A guard refused the change; the message gives its reason. */
        GUARD_REFUSED,
        /** The change is one only the engine records. */
        SYSTEM_CHANGE,
        /** The command's id was recorded before with a different change. */
        COMMAND_ID_REUSED,
        /** The command is malformed for the case, e.g. feedback received after the present instant. */
        INVALID
    }
}
