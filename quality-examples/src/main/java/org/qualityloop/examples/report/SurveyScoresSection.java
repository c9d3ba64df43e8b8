package org.qualityloop.examples.report;

import java.util.Optional;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.metrics.CesResult;
import org.qualityloop.metrics.CsatResult;

/**
 * Customer satisfaction (CSAT) and customer effort (CES) as a table: each score with its scale
 * and which end is better, the share of satisfied customers (top two boxes) or of customers who
 * found it easy (CES 2.0's 5–7), and the number of answers.
 *
 * <p>The section {@linkplain #hasData() has no data} when it has neither result. Immutable and
 * thread-safe.
 *
 * @param title the table's heading, not blank
 * @param csat the satisfaction ratings' result, or empty when nobody rated
 * @param ces the effort answers' result, or empty when nobody answered
 */
public record SurveyScoresSection(String title, Optional<CsatResult> csat, Optional<CesResult> ces)
        implements ReportSection {

    /**
     * Validates the fields.
     *
     * @param title the table's heading, not blank
     * @param csat the satisfaction result, or empty
     * @param ces the effort result, or empty
     * @throws IllegalArgumentException if the title is blank
     * @throws NullPointerException naming the field if an argument is null
     */
    public SurveyScoresSection {
        title = Inputs.title(title);
        Valid.notNull(csat, "csat");
        Valid.notNull(ces, "ces");
    }

    /**
     * Tells whether there is a score to show.
     *
     * @return {@code false} when neither CSAT nor CES has an answer
     */
    @Override
    public boolean hasData() {
        return csat.isPresent() || ces.isPresent();
    }
}
