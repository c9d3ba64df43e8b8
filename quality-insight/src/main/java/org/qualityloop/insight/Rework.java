package org.qualityloop.insight;

import org.qualityloop.model.internal.Checks;

/**
 * The rework loops of a {@link ProcessGraph}: reopenings, and follow-up attempts that failed and
 * were tried again. Immutable and thread-safe.
 *
 * @param reopenings how often cases were reopened, not negative
 * @param casesReopened how many cases were reopened at least once, at most {@code reopenings}
 * @param repeatedFollowUps how many failed follow-up attempts were followed by another attempt
 *     (the case stayed in follow-up), not negative
 * @param casesWithRepeatedFollowUp how many cases had at least one, at most
 *     {@code repeatedFollowUps}
 */
public record Rework(long reopenings, long casesReopened, long repeatedFollowUps, long casesWithRepeatedFollowUp) {

    /**
     * Validates the counts.
     *
     * @param reopenings how often cases were reopened, not negative
     * @param casesReopened how many cases were reopened at least once, at most {@code reopenings}
     * @param repeatedFollowUps how many failed follow-up attempts were followed by another attempt,
     *     not negative
     * @param casesWithRepeatedFollowUp how many cases had at least one, at most
     *     {@code repeatedFollowUps}
     */
    public Rework {
        Checks.nonNegative(reopenings, "reopenings");
        Checks.nonNegative(casesReopened, "casesReopened");
        Checks.nonNegative(repeatedFollowUps, "repeatedFollowUps");
        Checks.nonNegative(casesWithRepeatedFollowUp, "casesWithRepeatedFollowUp");
        if (casesReopened > reopenings) {
            throw new IllegalArgumentException("casesReopened must be at most reopenings " + reopenings
                    + ", but was " + casesReopened);
        }
        if (casesWithRepeatedFollowUp > repeatedFollowUps) {
            throw new IllegalArgumentException("casesWithRepeatedFollowUp must be at most repeatedFollowUps "
                    + repeatedFollowUps + ", but was " + casesWithRepeatedFollowUp);
        }
    }
}
