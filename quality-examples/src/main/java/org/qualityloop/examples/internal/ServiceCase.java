package org.qualityloop.examples.internal;

import java.time.Instant;
import java.util.Optional;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.outcome.CaseOutcome;

/**
 * A service case on its way through the process: who the customer is, which stages they reached,
 * how what happened shifts their survey answers, and how many of its feedback cases are still open.
 *
 * <p>Not thread-safe: mutable, confined to the thread running the simulation.
 */
final class ServiceCase {
    final CustomerId customer;
    final double[] stageShift;
    final boolean[] reached;
    CustomerSegment segment;
    Instant end;
    Optional<CaseOutcome> complaint = Optional.empty();
    boolean complaintFailed;
    double shift;
    boolean responds;
    int pending;

    ServiceCase(CustomerId customer, int stages) {
        this.customer = customer;
        this.stageShift = new double[stages];
        this.reached = new boolean[stages];
    }
}
