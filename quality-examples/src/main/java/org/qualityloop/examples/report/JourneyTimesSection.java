package org.qualityloop.examples.report;

import java.util.List;
import java.util.Optional;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.insight.StageTimes;

/**
 * Where time goes in the customers' journeys: the steps of the service process ranked by the mean
 * visit, slowest first, with the slowest step tested against the others — the "find the weak
 * node" step of the quality loop, from quality-insight's {@link StageTimes}.
 *
 * <pre>{@code
 * JourneyTimesSection where = JourneyTimesSection.of("Where time goes in the journey", stageTimes,
 *         DwellMeasure.WORKING, 10);
 * }</pre>
 *
 * <p>Steps are ranked by the mean because a journey's step times add up: the step with the largest
 * mean adds most to the mean journey. The section {@linkplain #hasData() has no data} when no
 * step was visited. Immutable and thread-safe.
 *
 * @param title the table's heading, not blank
 * @param measure the time the steps are ranked by: {@link DwellMeasure#WALL} or
 *     {@link DwellMeasure#WORKING}
 * @param ranking the steps shown, slowest first; may be empty
 * @param moreSteps how many faster steps are left out of the table, not negative
 * @param slowest the slowest step with its test, present when the ranking is not empty
 * @param alpha the significance level the test is judged at, in (0, 1)
 */
public record JourneyTimesSection(String title, DwellMeasure measure, List<StageTimes.Visits> ranking,
        int moreSteps, Optional<StageTimes.Slowest> slowest, double alpha) implements ReportSection {

    /** The significance level {@link #of} judges the test at. */
    public static final double ALPHA = 0.05;

    /**
     * Validates and copies the fields.
     *
     * @param title the table's heading, not blank
     * @param measure wall-clock or working time, not null
     * @param ranking the steps shown, slowest first; may be empty
     * @param moreSteps how many faster steps are left out, not negative
     * @param slowest the slowest step with its test, present exactly when the ranking is not empty
     * @param alpha the significance level, in (0, 1)
     * @throws IllegalArgumentException if the measure is a team measure, the slowest step is
     *     present exactly when the ranking is empty, moreSteps is negative or alpha is outside (0, 1)
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public JourneyTimesSection {
        title = Inputs.title(title);
        if (Valid.notNull(measure, "measure") != DwellMeasure.WALL && measure != DwellMeasure.WORKING) {
            throw new IllegalArgumentException("measure must be WALL or WORKING, but was " + measure);
        }
        ranking = Valid.listCopy(ranking, "ranking");
        Valid.nonNegative(moreSteps, "moreSteps");
        Valid.notNull(slowest, "slowest");
        if (slowest.isPresent() == ranking.isEmpty()) {
            throw new IllegalArgumentException("slowest must be present exactly when ranking is not empty, but was "
                    + (slowest.isPresent() ? "present" : "empty") + " with " + ranking.size() + " ranked steps");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 exclusive, but was " + alpha);
        }
    }

    /**
     * The steps of some journeys ranked by a measure, at most {@code maxSteps} of them, and the
     * slowest step's test judged at {@link #ALPHA}.
     *
     * @param title the heading, not blank
     * @param times the journeys' step visits, not null
     * @param measure {@link DwellMeasure#WALL} or {@link DwellMeasure#WORKING}
     * @param maxSteps the most steps the table lists, at least 1
     * @return the section
     * @throws IllegalArgumentException if the measure is a team measure or maxSteps is below 1
     */
    public static JourneyTimesSection of(String title, StageTimes times, DwellMeasure measure, int maxSteps) {
        Valid.notNull(times, "times");
        Valid.positive(maxSteps, "maxSteps");
        List<StageTimes.Visits> all = times.stepRanking(measure);
        List<StageTimes.Visits> shown = all.subList(0, Math.min(maxSteps, all.size()));
        return new JourneyTimesSection(title, measure, shown, all.size() - shown.size(),
                times.stepBottleneck(measure), ALPHA);
    }

    @Override
    public boolean hasData() {
        return !ranking.isEmpty();
    }
}
