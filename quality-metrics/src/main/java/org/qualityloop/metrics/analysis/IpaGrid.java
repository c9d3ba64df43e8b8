package org.qualityloop.metrics.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.ImportancePerformance;

/**
 * The result of an importance–performance analysis (Martilla and James 1977): each attribute is
 * placed in an {@link IpaQuadrant} by comparing its importance and performance with two
 * crosshairs. The inputs are one {@link IpaPoint} per attribute, for example the mean ratings of
 * the survey's {@link ImportancePerformance} responses from {@link #meanPoints(Collection)}.
 *
 * <p>The crosshair choice changes the answer and must be explicit: {@linkplain
 * #meanCentred(Map) mean-centred} crosshairs sit at the mean importance and mean performance
 * over all attributes (every grid then has attributes on both sides); {@linkplain
 * #scaleCentred(Map, double, double) scale-centred} crosshairs sit at the scale's midpoint
 * (an attribute is "high" only in absolute terms). Edge rule: a value exactly on a crosshair
 * counts as high.
 *
 * <p>Immutable and thread-safe if the attribute keys are.
 *
 * @param <A> the attribute key
 * @param importanceCrosshair the importance value separating low from high
 * @param performanceCrosshair the performance value separating low from high
 * @param quadrants each attribute's quadrant, in input order
 */
public record IpaGrid<A>(
        double importanceCrosshair, double performanceCrosshair, Map<A, IpaQuadrant> quadrants) {

    /**
     * Validates and copies the fields.
     *
     * @param importanceCrosshair the importance value separating low from high
     * @param performanceCrosshair the performance value separating low from high
     * @param quadrants each attribute's quadrant, in input order
     * @throws IllegalArgumentException if a crosshair is not finite
     */
    public IpaGrid {
        Checks.finite(importanceCrosshair, "importanceCrosshair");
        Checks.finite(performanceCrosshair, "performanceCrosshair");
        Objects.requireNonNull(quadrants, "quadrants");
        quadrants = Collections.unmodifiableMap(new LinkedHashMap<>(quadrants));
    }

    /**
     * Averages survey ratings per attribute: the point of an attribute is its mean importance and
     * mean performance over its responses. Attributes appear in order of their first response.
     *
     * @param responses the responses, not null; all of one attribute on the same scale
     * @return the mean point per attribute
     * @throws IllegalArgumentException if responses for one attribute use different scales
     */
    public static Map<String, IpaPoint> meanPoints(Collection<ImportancePerformance> responses) {
        Objects.requireNonNull(responses, "responses");
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (ImportancePerformance response : responses) {
            Checks.notNull(response, "response");
            long[] sum = sums.computeIfAbsent(response.attribute(), a -> new long[] {0, 0, 0, response.scale()});
            if (sum[3] != response.scale()) {
                throw new IllegalArgumentException("scale of attribute '" + response.attribute() + "' must be "
                        + sum[3] + " in every response, but was " + response.scale());
            }
            sum[0] = Counters.plus(sum[0], response.importance(), "importance sum");
            sum[1] = Counters.plus(sum[1], response.performance(), "performance sum");
            sum[2] = Counters.plus(sum[2], 1, "responses");
        }
        Map<String, IpaPoint> points = new LinkedHashMap<>();
        sums.forEach((attribute, sum) -> points.put(attribute,
                new IpaPoint((double) sum[0] / sum[2], (double) sum[1] / sum[2])));
        return points;
    }

    /**
     * Classifies attributes with crosshairs at the mean importance and mean performance.
     *
     * @param points ratings per attribute, not null
     * @param <A> the attribute key
     * @return the analysis, empty if there are no attributes
     */
    public static <A> Optional<IpaGrid<A>> meanCentred(Map<A, IpaPoint> points) {
        Objects.requireNonNull(points, "points");
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double importance = 0;
        double performance = 0;
        for (IpaPoint point : points.values()) {
            importance += Objects.requireNonNull(point, "point").importance();
            performance += point.performance();
        }
        return Optional.of(classify(points, importance / points.size(),
                performance / points.size()));
    }

    /**
     * Classifies attributes with both crosshairs at the midpoint of the rating scale, e.g. 3 on a
     * 1–5 scale.
     *
     * @param points ratings per attribute, each within the scale; not null
     * @param scaleMin the lowest rating
     * @param scaleMax the highest rating, above {@code scaleMin}
     * @param <A> the attribute key
     * @return the analysis (with no quadrants if there are no attributes)
     * @throws IllegalArgumentException if the scale is invalid or a rating lies outside it
     */
    public static <A> IpaGrid<A> scaleCentred(Map<A, IpaPoint> points,
            double scaleMin, double scaleMax) {
        Objects.requireNonNull(points, "points");
        Checks.finite(scaleMin, "scaleMin");
        if (!(scaleMax > scaleMin) || !Double.isFinite(scaleMax)) {
            throw new IllegalArgumentException(
                    "scaleMax must be finite and above scaleMin (" + scaleMin + "), but was "
                            + scaleMax);
        }
        for (Map.Entry<A, IpaPoint> entry : points.entrySet()) {
            Checks.between(entry.getValue().importance(), scaleMin, scaleMax,
                    "importance of " + entry.getKey());
            Checks.between(entry.getValue().performance(), scaleMin, scaleMax,
                    "performance of " + entry.getKey());
        }
        double mid = (scaleMin + scaleMax) / 2;
        return classify(points, mid, mid);
    }

    private static <A> IpaGrid<A> classify(Map<A, IpaPoint> points,
            double importanceCut, double performanceCut) {
        Map<A, IpaQuadrant> quadrants = new LinkedHashMap<>();
        points.forEach((attribute, point) -> {
            boolean important = point.importance() >= importanceCut;
            boolean performing = point.performance() >= performanceCut;
            IpaQuadrant quadrant = important
                    ? (performing ? IpaQuadrant.KEEP_UP_THE_GOOD_WORK : IpaQuadrant.CONCENTRATE_HERE)
                    : (performing ? IpaQuadrant.POSSIBLE_OVERKILL : IpaQuadrant.LOW_PRIORITY);
            quadrants.put(Objects.requireNonNull(attribute, "attribute"), quadrant);
        });
        return new IpaGrid<>(importanceCut, performanceCut, quadrants);
    }
}
