package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.IpaQuadrant;
import org.qualityloop.examples.internal.Valid;

/**
 * The importance–performance grid: each attribute placed by its performance (x-axis) and
 * importance (y-axis), the crosshairs, and the four quadrants labelled as Martilla and James did
 * — concentrate here, keep up the good work, low priority, possible overkill.
 *
 * <p>The section {@linkplain #hasData() has no data} when it has no attribute; use {@link
 * #noData(String)} when {@code IpaGrid.meanCentred} returned empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's heading, not blank
 * @param attributes the attributes in display order; may be empty
 * @param importanceCrosshair the importance that separates low from high, finite
 * @param performanceCrosshair the performance that separates low from high, finite
 */
public record ImportancePerformanceSection(String title, List<Attribute> attributes, double importanceCrosshair,
        double performanceCrosshair) implements ReportSection {

    /**
     * Validates and copies the fields.
     *
     * @param title the chart's heading, not blank
     * @param attributes the attributes in display order; may be empty
     * @param importanceCrosshair the importance that separates low from high, finite
     * @param performanceCrosshair the performance that separates low from high, finite
     * @throws IllegalArgumentException if the title is blank, a crosshair is not finite, or an
     *     attribute's quadrant does not follow from its ratings and the crosshairs (a rating on a
     *     crosshair counts as high)
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public ImportancePerformanceSection {
        title = Inputs.title(title);
        attributes = Valid.listCopy(attributes, "attributes");
        Valid.finite(importanceCrosshair, "importanceCrosshair");
        Valid.finite(performanceCrosshair, "performanceCrosshair");
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            IpaQuadrant expected = quadrant(a.importance(), a.performance(), importanceCrosshair,
                    performanceCrosshair);
            if (a.quadrant() != expected) {
                throw new IllegalArgumentException("attributes[" + i + "].quadrant must be " + expected
                        + " for importance " + a.importance() + " and performance " + a.performance()
                        + " with crosshairs at importance " + importanceCrosshair + " and performance "
                        + performanceCrosshair + ", but was " + a.quadrant());
            }
        }
    }

    private static IpaQuadrant quadrant(double importance, double performance, double importanceCut,
            double performanceCut) {
        boolean important = importance >= importanceCut;
        boolean performing = performance >= performanceCut;
        if (important) {
            return performing ? IpaQuadrant.KEEP_UP_THE_GOOD_WORK : IpaQuadrant.CONCENTRATE_HERE;
        }
        return performing ? IpaQuadrant.POSSIBLE_OVERKILL : IpaQuadrant.LOW_PRIORITY;
    }

    /**
     * Shows an importance–performance analysis, labelling each attribute by its
     * {@code toString()}.
     *
     * @param title the chart's heading, not blank
     * @param analysis the analysis, not null
     * @param points the ratings the analysis was made from, with a point for every attribute of
     *     the analysis; not null
     * @param <A> the attribute key
     * @return the section, with the attributes in the analysis's order
     * @throws IllegalArgumentException if an attribute of the analysis has no point
     */
    public static <A> ImportancePerformanceSection of(String title, IpaGrid<A> analysis,
            Map<A, IpaPoint> points) {
        return of(title, analysis, points, String::valueOf);
    }

    /**
     * Shows an importance–performance analysis with the given attribute labels.
     *
     * @param title the chart's heading, not blank
     * @param analysis the analysis, not null
     * @param points the ratings the analysis was made from, with a point for every attribute of
     *     the analysis; not null
     * @param label the label of an attribute, not null; it must return a non-blank text
     * @param <A> the attribute key
     * @return the section, with the attributes in the analysis's order
     * @throws IllegalArgumentException if an attribute of the analysis has no point
     */
    public static <A> ImportancePerformanceSection of(String title, IpaGrid<A> analysis,
            Map<A, IpaPoint> points, Function<? super A, String> label) {
        Valid.notNull(analysis, "analysis");
        Valid.notNull(points, "points");
        Valid.notNull(label, "label");
        List<Attribute> attributes = new ArrayList<>();
        analysis.quadrants().forEach((attribute, quadrant) -> {
            IpaPoint point = points.get(attribute);
            if (point == null) {
                throw new IllegalArgumentException("points must hold every attribute of the analysis, but had none "
                        + "for '" + label.apply(attribute) + "'");
            }
            attributes.add(new Attribute(label.apply(attribute), point.importance(), point.performance(),
                    quadrant));
        });
        return new ImportancePerformanceSection(title, attributes, analysis.importanceCrosshair(),
                analysis.performanceCrosshair());
    }

    /**
     * Returns a section without attributes, rendered as a "no data" note.
     *
     * @param title the chart's heading, not blank
     * @return the empty section, with both crosshairs at 0
     */
    public static ImportancePerformanceSection noData(String title) {
        return new ImportancePerformanceSection(title, List.of(), 0.0, 0.0);
    }

    /**
     * Tells whether there is an attribute to place.
     *
     * @return {@code false} when there is nothing to plot
     */
    @Override
    public boolean hasData() {
        return !attributes.isEmpty();
    }

    /**
     * One attribute on the grid. Immutable and thread-safe.
     *
     * @param name the attribute's label, not blank
     * @param importance its mean importance rating, finite
     * @param performance its mean performance rating, finite
     * @param quadrant its quadrant, not null
     */
    public record Attribute(String name, double importance, double performance, IpaQuadrant quadrant) {

        /**
         * Validates the fields.
         *
         * @param name the attribute's label, not blank
         * @param importance its mean importance rating, finite
         * @param performance its mean performance rating, finite
         * @param quadrant its quadrant, not null
         * @throws IllegalArgumentException if the name is blank or a rating is not finite
         * @throws NullPointerException if the name or the quadrant is null
         */
        public Attribute {
            Valid.notBlank(name, "name");
            Valid.finite(importance, "importance");
            Valid.finite(performance, "performance");
            Valid.notNull(quadrant, "quadrant");
        }
    }
}
