package org.qualityloop.workflow.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.ServiceFailure;

/**
 * How a case is being handled: the part of a {@link FeedbackCase} that waiting on the customer,
 * recovery actions, resolution, follow-ups and reopening replace. Immutable; package-private
 * (nullable components never reach the public API).
 *
 * @param awaitingCustomer whether the case waits on the customer
 * @param failedFollowUps the failed follow-up attempts of the current cycle
 * @param reopenCount how often the case was reopened
 * @param recoveryActions the recovery actions, unmodifiable
 * @param failure the service failure diagnosed at the last resolution, or null
 * @param satisfaction the satisfaction given at the confirmation, or null
 */
record Handling(boolean awaitingCustomer, int failedFollowUps, int reopenCount, List<RecoveryAction> recoveryActions,
        ServiceFailure failure, Integer satisfaction) {

    /** A new case's. */
    static final Handling NEW = new Handling(false, 0, 0, List.of(), null, null);

    Handling awaiting(boolean value) {
        return value == awaitingCustomer ? this
                : new Handling(value, failedFollowUps, reopenCount, recoveryActions, failure, satisfaction);
    }

    Handling recovered(RecoveryAction action) {
        List<RecoveryAction> r = new ArrayList<>(recoveryActions.size() + 1);
        r.addAll(recoveryActions);
        r.add(action);
        return new Handling(awaitingCustomer, failedFollowUps, reopenCount, Collections.unmodifiableList(r), failure,
                satisfaction);
    }

    /** Resolved with the failure diagnosed (or null): no longer waiting on the customer. */
    Handling resolved(ServiceFailure diagnosed) {
        return new Handling(false, failedFollowUps, reopenCount, recoveryActions, diagnosed, satisfaction);
    }

    Handling followUpFailed() {
        return new Handling(awaitingCustomer, failedFollowUps + 1, reopenCount, recoveryActions, failure,
                satisfaction);
    }

    Handling confirmed(Integer score) {
        return new Handling(awaitingCustomer, failedFollowUps, reopenCount, recoveryActions, failure, score);
    }

    /** A new cycle: not waiting, no failed follow-ups, no satisfaction yet, one more reopening. */
    Handling reopened() {
        return new Handling(false, 0, reopenCount + 1, recoveryActions, failure, null);
    }
}
