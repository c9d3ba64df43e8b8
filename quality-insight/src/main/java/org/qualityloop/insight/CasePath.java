package org.qualityloop.insight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qualityloop.model.StageId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;

/**
 * The states a history passes through, read from its event types alone: the same states
 * {@code FeedbackLifecycle.replay} folds the history into, without folding the case (no SLA
 * clocks, no allocation per event). The histories are taken as valid: they are what the engine
 * recorded, or what {@code replay} accepts.
 */
final class CasePath {

    private CasePath() {
    }

    /**
     * The state an event leads to.
     *
     * @param state the state before the event
     * @param type the event's type
     * @param failedFollowUps the failed follow-up attempts of the cycle before the event
     * @param maxFollowUpAttempts the lifecycle's maximum
     * @return the state after it
     */
    static CaseState next(CaseState state, CaseEventType type, int failedFollowUps, int maxFollowUpAttempts) {
        return switch (type) {
            case RECEIVE -> CaseState.RECEIVED;
            case REGISTER -> CaseState.REGISTERED;
            case REJECT -> CaseState.REJECTED;
            case RESPOND -> CaseState.IN_PROGRESS;
            case ASSIGN -> state == CaseState.REOPENED ? CaseState.REGISTERED : state;
            case START_RECTIFICATION -> CaseState.RECTIFYING;
            case RESOLVE -> CaseState.RESOLVED;
            case START_FOLLOW_UP -> CaseState.FOLLOW_UP;
            case CONFIRM -> CaseState.CLOSED;
            case FOLLOW_UP_FAILED -> failedFollowUps + 1 >= maxFollowUpAttempts ? CaseState.CLOSED : state;
            case REOPEN -> CaseState.REOPENED;
            default -> state;
        };
    }

    /**
     * Checks a history's shape: not empty, starting with a received change.
     *
     * @param history the history
     * @return its received change
     */
    static CaseChange.Received opening(List<CaseEvent> history) {
        Checks.notNull(history, "history");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must not be empty");
        }
        CaseEvent first = Checks.notNull(history.get(0), "history[0]");
        if (!(first.change() instanceof CaseChange.Received r)) {
            throw new IllegalArgumentException("history[0] must be a received change, but was " + first.type());
        }
        return r;
    }

    /**
     * Checks that a history holds no null and that no event is earlier than the one before it.
     *
     * @param history the history, its first event checked already
     * @throws IllegalArgumentException naming the first event that fails
     */
    static void checkOrder(List<CaseEvent> history) {
        Instant previous = history.get(0).at();
        for (int i = 1, n = history.size(); i < n; i++) {
            CaseEvent e = history.get(i);
            if (e == null) {
                throw new NullPointerException("history[" + i + "] must not be null");
            }
            Instant at = e.at();
            if (at.isBefore(previous)) {
                throw new IllegalArgumentException("history[" + i + "].at must not be before " + previous
                        + ", the instant of the event before it, but was " + at);
            }
            previous = at;
        }
    }

    /**
     * The stage of a history's case, if its received change names one.
     *
     * @param history the history
     * @return the stage
     */
    static Optional<StageId> stage(List<CaseEvent> history) {
        return opening(history).stage();
    }
}
