package org.qualityloop.insight;

import java.util.Optional;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.model.internal.Checks;

/**
 * The scores of one group of customers: NPS with its adjusted-Wald 95 % interval
 * ({@link NpsResult}), satisfaction on the 1–5 scale ({@link CsatResult}), and the share of
 * satisfied customers (top two boxes, 4 and 5) with its Wilson 95 % interval. Immutable and
 * thread-safe.
 *
 * @param nps the NPS of the group's likelihood-to-recommend answers, or empty when there were none
 * @param satisfaction the satisfaction of the group's 1–5 ratings, or empty when there were none
 * @param satisfiedInterval the Wilson 95 % interval of the top-two-box share; present exactly when
 *     {@code satisfaction} is
 */
public record GroupScores(Optional<NpsResult> nps, Optional<CsatResult> satisfaction,
        Optional<Interval> satisfiedInterval) {

    /**
     * Validates the scores.
     *
     * @param nps the NPS of the group's answers, or empty when there were none
     * @param satisfaction the satisfaction of the group's ratings, or empty when there were none
     * @param satisfiedInterval the Wilson 95 % interval of the top-two-box share; present exactly
     *     when {@code satisfaction} is
     */
    public GroupScores {
        Checks.notNull(nps, "nps");
        Checks.notNull(satisfaction, "satisfaction");
        Checks.notNull(satisfiedInterval, "satisfiedInterval");
        if (satisfaction.isPresent() != satisfiedInterval.isPresent()) {
            throw new IllegalArgumentException("satisfiedInterval must be present exactly when satisfaction is, but was "
                    + (satisfiedInterval.isPresent() ? "present" : "empty"));
        }
    }
}
