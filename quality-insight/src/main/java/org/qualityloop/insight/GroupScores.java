package org.qualityloop.insight;

import java.util.Optional;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.model.internal.Checks;

/**
 * The scores of one group of customers: NPS ({@link NpsResult}, whose own intervals are at 95 %)
 * with its adjusted-Wald interval at the chosen confidence level, satisfaction on the 1–5 scale
 * ({@link CsatResult}), and the share of satisfied customers (top two boxes, 4 and 5) with its
 * Wilson interval at that level. Immutable and thread-safe.
 *
 * @param nps the NPS of the group's likelihood-to-recommend answers, or empty when there were none
 * @param satisfaction the satisfaction of the group's 1–5 ratings, or empty when there were none
 * @param satisfiedInterval the Wilson interval of the top-two-box share at {@code level}; present
 *     exactly when {@code satisfaction} is
 * @param level the confidence level of the two intervals, at least 0.5 and below 1
 * @param npsInterval the adjusted-Wald interval of the NPS at {@code level} (Rocks 2016, as
 *     {@link NpsResult#adjustedWald()} at 95 %), clipped to −100…100; present exactly when
 *     {@code nps} is
 */
public record GroupScores(Optional<NpsResult> nps, Optional<CsatResult> satisfaction,
        Optional<Interval> satisfiedInterval, double level, Optional<Interval> npsInterval) {

    /**
     * Validates the scores.
     *
     * @param nps the NPS of the group's answers, or empty when there were none
     * @param satisfaction the satisfaction of the group's ratings, or empty when there were none
     * @param satisfiedInterval the Wilson interval of the top-two-box share at {@code level};
     *     present exactly when {@code satisfaction} is
     * @param level the confidence level, at least 0.5 and below 1
     * @param npsInterval the adjusted-Wald interval of the NPS at {@code level}; present exactly
     *     when {@code nps} is
     * @throws IllegalArgumentException when an interval is present without its score or missing
     *     with it, or the level is outside [0.5, 1)
     */
    public GroupScores {
        Checks.notNull(nps, "nps");
        Checks.notNull(satisfaction, "satisfaction");
        Checks.notNull(satisfiedInterval, "satisfiedInterval");
        Checks.notNull(npsInterval, "npsInterval");
        Confidence.check(level);
        if (satisfaction.isPresent() != satisfiedInterval.isPresent()) {
            throw new IllegalArgumentException("satisfiedInterval must be present exactly when satisfaction is, but was "
                    + (satisfiedInterval.isPresent() ? "present" : "empty"));
        }
        if (nps.isPresent() != npsInterval.isPresent()) {
            throw new IllegalArgumentException("npsInterval must be present exactly when nps is, but was "
                    + (npsInterval.isPresent() ? "present" : "empty"));
        }
    }

    /**
     * The scores at the 95 % level: the NPS interval is the NPS result's own adjusted-Wald one.
     *
     * @param nps the NPS of the group's answers, or empty when there were none
     * @param satisfaction the satisfaction of the group's ratings, or empty when there were none
     * @param satisfiedInterval the Wilson 95 % interval of the top-two-box share; present exactly
     *     when {@code satisfaction} is
     * @throws IllegalArgumentException when {@code satisfiedInterval} is present without
     *     {@code satisfaction} or missing with it
     */
    public GroupScores(Optional<NpsResult> nps, Optional<CsatResult> satisfaction,
            Optional<Interval> satisfiedInterval) {
        this(nps, satisfaction, satisfiedInterval, Confidence.DEFAULT_LEVEL,
                Checks.notNull(nps, "nps").map(NpsResult::adjustedWald));
    }
}
