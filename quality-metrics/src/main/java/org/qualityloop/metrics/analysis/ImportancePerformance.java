package org.qualityloop.metrics.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * Importance–performance analysis (Martilla and James 1977): each attribute is placed in an
 * {@link IpaQuadrant} by comparing its importance and performance with two crosshairs.
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
public record ImportancePerformance<A>(
        double importanceCrosshair, double performanceCrosshair, Map<A, IpaQuadrant> quadrants) {

    /**
     * Validates and copies the fields.
     *
     * @throws IllegalArgumentException if a crosshair is not finite
     */
    public ImportancePerformance {
        Checks.finite(importanceCrosshair, "importanceCrosshair");
        Checks.finite(performanceCrosshair, "performanceCrosshair");
        Objects.requireNonNull(quadrants, "quadrants");
        quadrants = Collections.unmodifiableMap(new LinkedHashMap<>(quadrants));
    }

    /**
     * Classifies attributes with crosshairs at the mean importance and mean performance.
     *
     * @param points ratings per attribute, not null
     * @param <A> the attribute key
     * @return the analysis, empty if there are no attributes
     */
    public static <A> Optional<ImportancePerformance<A>> meanCentred(Map<A, IpaPoint> points) {
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
    public static <A> ImportancePerformance<A> scaleCentred(Map<A, IpaPoint> points,
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

    private static <A> ImportancePerformance<A> classify(Map<A, IpaPoint> points,
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
        return new ImportancePerformance<>(importanceCut, performanceCut, quadrants);
    }
}
