package org.qualityloop.examples.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.qualityloop.metrics.CalendarPeriod;
import org.qualityloop.metrics.Interval;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.examples.internal.Valid;

/**
 * The NPS trend: the Net Promoter Score of each period as a line with its 95 % confidence band,
 * and an optional target line.
 *
 * <p>The periods are the categories of the x-axis, in order. A period without a point (nobody
 * answered) leaves a gap in the line and the band. The section {@linkplain #hasData() has no
 * data} when no period has a point.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's heading, not blank
 * @param periods the period labels in display order, such as {@code 2026-W45}; distinct, none
 *     blank; may be empty
 * @param points the NPS per period label, keyed only by labels in {@code periods}; not null; the
 *     iteration order does not matter
 * @param target the target NPS, between −100 and 100, or empty for no target line
 */
public record NpsTrendSection(String title, List<String> periods, Map<String, Point> points,
        OptionalDouble target) implements ReportSection {

    /**
     * Validates and copies the fields.
     *
     * @param title the chart's heading, not blank
     * @param periods the period labels in display order, such as {@code 2026-W45}; distinct, none
     *     blank; may be empty
     * @param points the NPS per period label, keyed only by labels in {@code periods}; not null;
     *     the
     *     iteration order does not matter
     * @param target the target NPS, between −100 and 100, or empty for no target line
     * @throws IllegalArgumentException if the title is blank, a period label is blank or repeated,
     *     a point is keyed by a label not in {@code periods}, or the target is out of range
     * @throws NullPointerException naming the field if an argument, element, key or value is null
     */
    public NpsTrendSection {
        title = Inputs.title(title);
        periods = Inputs.labels(periods, "periods");
        points = Inputs.keyedBy(points, periods, "points", "periods");
        Valid.notNull(target, "target");
        if (target.isPresent()) {
            Inputs.between(target.getAsDouble(), -100.0, 100.0, "target");
        }
    }

    /**
     * Builds the trend from NPS results per calendar period. The axis runs from the earliest to
     * the latest period, with every period in between; periods missing from the map are gaps.
     * Each point's band is the result's {@linkplain NpsResult#adjustedWald() adjusted-Wald}
     * interval.
     *
     * @param title the chart's heading, not blank
     * @param results the NPS result per period, all periods of one unit; not null, no null key or
     *     value; may be empty (the section then has no data)
     * @return the section, without a target
     * @throws IllegalArgumentException if the title is blank or the periods are of different units
     */
    public static NpsTrendSection of(String title, Map<CalendarPeriod, NpsResult> results) {
        Map<CalendarPeriod, NpsResult> given = Valid.mapCopy(results, "results");
        List<CalendarPeriod> span = Periods.span(given.keySet(), "results");
        Map<String, Point> points = new LinkedHashMap<>();
        for (CalendarPeriod period : span) {
            NpsResult result = given.get(period);
            if (result != null) {
                points.put(Periods.label(period), Point.of(result));
            }
        }
        return new NpsTrendSection(title, Periods.labels(span), points, OptionalDouble.empty());
    }

    /**
     * Returns this trend with a target line.
     *
     * @param target the target NPS, between −100 and 100
     * @return a copy with the target
     * @throws IllegalArgumentException if the target is out of range
     */
    public NpsTrendSection withTarget(double target) {
        return new NpsTrendSection(title, periods, points, OptionalDouble.of(target));
    }

    /**
     * Tells whether any period has a point.
     *
     * @return {@code false} when there is nothing to plot
     */
    @Override
    public boolean hasData() {
        return !points.isEmpty();
    }

    /**
     * One period's NPS with its confidence interval.
     *
     * <p>The interval need not contain the score: the adjusted-Wald interval is centred on the
     * adjusted NPS, which differs from the score on small samples. Immutable and thread-safe.
     *
     * @param score the NPS, between −100 and 100
     * @param interval the 95 % confidence interval, within −100…100; not null
     * @param responses the number of responses, positive
     */
    public record Point(double score, Interval interval, long responses) {

        /**
         * Validates the fields.
         *
         * @param score the NPS, between −100 and 100
         * @param interval the 95 % confidence interval, within −100…100; not null
         * @param responses the number of responses, positive
         * @throws IllegalArgumentException if a value is out of range
         * @throws NullPointerException if the interval is null
         */
        public Point {
            Inputs.between(score, -100.0, 100.0, "score");
            Valid.notNull(interval, "interval");
            Inputs.between(interval.lower(), -100.0, 100.0, "interval.lower");
            Inputs.between(interval.upper(), -100.0, 100.0, "interval.upper");
            Valid.positive(responses, "responses");
        }

        /**
         * Takes the score, the adjusted-Wald interval and the number of responses of a result.
         *
         * @param result the period's NPS result, not null
         * @return the point
         */
        public static Point of(NpsResult result) {
            Valid.notNull(result, "result");
            return new Point(result.score(), result.adjustedWald(), result.responses());
        }
    }
}
