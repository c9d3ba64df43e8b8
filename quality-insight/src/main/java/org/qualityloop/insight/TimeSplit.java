package org.qualityloop.insight;

import java.util.Optional;
import org.qualityloop.metrics.TimeDistributionResult;
import org.qualityloop.model.internal.Checks;

/**
 * The visits of one node in one kind of time (wall-clock or working): the whole visits, the part
 * of each visit spent waiting on the team, and the part spent waiting on the customer (over the
 * visits that waited on the customer at all). Immutable and thread-safe.
 *
 * @param total the whole visits, not null
 * @param team each visit less its wait on the customer, as many values as {@code total}; not null
 * @param customer each visit's wait on the customer, over the visits that waited; empty when none
 *     did
 */
public record TimeSplit(TimeDistributionResult total, TimeDistributionResult team,
        Optional<TimeDistributionResult> customer) {

    /**
     * Validates the split.
     *
     * @param total the whole visits, not null
     * @param team each visit less its wait on the customer, as many values as {@code total}; not
     *     null
     * @param customer each visit's wait on the customer, over the visits that waited; empty when
     *     none did
     * @throws IllegalArgumentException when {@code team} or {@code customer} counts more visits
     *     than {@code total}
     */
    public TimeSplit {
        Checks.notNull(total, "total");
        Checks.notNull(team, "team");
        Checks.notNull(customer, "customer");
        if (team.count() != total.count()) {
            throw new IllegalArgumentException("team.count must equal total.count " + total.count() + ", but was "
                    + team.count());
        }
        if (customer.isPresent() && customer.get().count() > total.count()) {
            throw new IllegalArgumentException("customer.count must be at most total.count " + total.count()
                    + ", but was " + customer.get().count());
        }
    }
}
