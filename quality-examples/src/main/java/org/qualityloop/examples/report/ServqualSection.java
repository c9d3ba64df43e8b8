package org.qualityloop.examples.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.qualityloop.metrics.analysis.ServqualResult;
import org.qualityloop.examples.internal.Valid;

/**
 * SERVQUAL gap bars: the gap (perception − expectation) of each dimension and, set apart, the
 * overall gap, drawn from a zero axis, so that shortfalls go down and are coloured apart from
 * gaps where perception exceeds expectation.
 *
 * <p>The section {@linkplain #hasData() has no data} when it has neither a dimension nor an
 * overall gap; use {@link #noData(String)} when the accumulator had no respondents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's heading, not blank
 * @param dimensionGaps the gap per dimension, in display order; names not blank, gaps finite;
 *     may be empty
 * @param overallGap the overall gap, finite, or empty to leave it out
 */
public record ServqualSection(String title, Map<String, Double> dimensionGaps, OptionalDouble overallGap)
        implements ReportSection {

    /**
     * Validates and copies the fields, keeping the order of the dimensions.
     *
     * @param title the chart's heading, not blank
     * @param dimensionGaps the gap per dimension, in display order; names not blank, gaps finite;
     *     may be empty
     * @param overallGap the overall gap, finite, or empty to leave it out
     * @throws IllegalArgumentException if a name is blank or a gap is not finite
     * @throws NullPointerException naming the field if an argument, key or value is null
     */
    public ServqualSection {
        title = Inputs.title(title);
        Valid.notNull(dimensionGaps, "dimensionGaps");
        Map<String, Double> copy = new LinkedHashMap<>();
        dimensionGaps.forEach((dimension, gap) -> {
            if (dimension == null || gap == null) {
                throw new NullPointerException("dimensionGaps must not contain null keys or values");
            }
            if (dimension.isBlank()) {
                throw new IllegalArgumentException("dimensionGaps must not have a blank dimension name, but had '"
                        + dimension + "'");
            }
            copy.put(dimension, Valid.finite(gap, "dimensionGaps[" + dimension + "]"));
        });
        dimensionGaps = Collections.unmodifiableMap(copy);
        Valid.notNull(overallGap, "overallGap");
        if (overallGap.isPresent()) {
            Valid.finite(overallGap.getAsDouble(), "overallGap");
        }
    }

    /**
     * Shows the dimension gaps and the unweighted overall gap of a SERVQUAL result.
     *
     * @param title the chart's heading, not blank
     * @param result the result, not null
     * @return the section
     */
    public static ServqualSection of(String title, ServqualResult result) {
        Valid.notNull(result, "result");
        return new ServqualSection(title, result.dimensionGaps(), OptionalDouble.of(result.overallGap()));
    }

    /**
     * Returns a section without gaps, rendered as a "no data" note.
     *
     * @param title the chart's heading, not blank
     * @return the empty section
     */
    public static ServqualSection noData(String title) {
        return new ServqualSection(title, Map.of(), OptionalDouble.empty());
    }

    /**
     * Tells whether there is a gap to show.
     *
     * @return {@code false} when there is nothing to plot
     */
    @Override
    public boolean hasData() {
        return !dimensionGaps.isEmpty() || overallGap.isPresent();
    }
}
