package org.qualityloop.examples.report;

import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.examples.internal.Valid;

/**
 * The KPI scorecard as a table: each KPI with its stage, measured value, target and status (met,
 * at risk, missed or no data), in the order of the scorecard's rows, and the count per status in
 * the caption.
 *
 * <p>The section {@linkplain #hasData() has no data} when the scorecard has no rows. Immutable and
 * thread-safe.
 *
 * @param title the table's heading, not blank
 * @param scorecard the graded KPIs, not null
 */
public record ScorecardSection(String title, KpiScorecard scorecard) implements ReportSection {

    /**
     * Validates the fields.
     *
     * @param title the table's heading, not blank
     * @param scorecard the graded KPIs, not null
     * @throws IllegalArgumentException if the title is blank
     * @throws NullPointerException naming the field if an argument is null
     */
    public ScorecardSection {
        title = Inputs.title(title);
        Valid.notNull(scorecard, "scorecard");
    }

    /**
     * Tells whether the scorecard has a KPI.
     *
     * @return {@code false} when the scorecard has no rows; a KPI without a measured value still
     *     counts as data (its row says "no data")
     */
    @Override
    public boolean hasData() {
        return !scorecard.rows().isEmpty();
    }
}
