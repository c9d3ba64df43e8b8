package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.ParetoEntry;
import org.qualityloop.examples.internal.Valid;

/**
 * A Pareto chart, such as of complaint categories: one bar per category sorted by count, largest
 * first, the vital few set apart in colour, the cumulative share as a line on a 0–100 % axis and
 * the cut-off (80 % by default) as a dashed line.
 *
 * <p>The section {@linkplain #hasData() has no data} when there are no bars or every count is
 * zero; use {@link #noData(String)} when {@code Pareto.of} returned empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart's heading, not blank
 * @param bars the categories in rank order, counts not increasing; may be empty
 * @param cutoff the cumulative share that defines the vital few, in (0, 1]
 */
public record ParetoSection(String title, List<Bar> bars, double cutoff) implements ReportSection {

    /**
     * Validates and copies the fields.
     *
     * @param title the chart's heading, not blank
     * @param bars the categories in rank order, counts not increasing; may be empty
     * @param cutoff the cumulative share that defines the vital few, in (0, 1]
     * @throws IllegalArgumentException if the title is blank, the bars are not sorted by count,
     *     the cumulative shares decrease or the cut-off is out of range
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public ParetoSection {
        title = Inputs.title(title);
        bars = Valid.listCopy(bars, "bars");
        if (!(cutoff > 0.0 && cutoff <= 1.0)) {
            throw new IllegalArgumentException("cutoff must be greater than 0 and at most 1, but was " + cutoff);
        }
        for (int i = 1; i < bars.size(); i++) {
            if (bars.get(i).count() > bars.get(i - 1).count()) {
                throw new IllegalArgumentException("bars must be sorted by count, largest first, but bars[" + i
                        + "] has " + bars.get(i).count() + " after " + bars.get(i - 1).count());
            }
            if (bars.get(i).cumulativeShare() < bars.get(i - 1).cumulativeShare()) {
                throw new IllegalArgumentException("bars[" + i + "].cumulativeShare must not be below the one "
                        + "before (" + bars.get(i - 1).cumulativeShare() + "), but was "
                        + bars.get(i).cumulativeShare());
            }
        }
    }

    /**
     * Shows a Pareto analysis, labelling each category by its {@code toString()}.
     *
     * @param title the chart's heading, not blank
     * @param pareto the analysis, not null
     * @param <C> the category type
     * @return the section
     */
    public static <C> ParetoSection of(String title, Pareto<C> pareto) {
        return of(title, pareto, String::valueOf);
    }

    /**
     * Shows a Pareto analysis with the given category labels.
     *
     * @param title the chart's heading, not blank
     * @param pareto the analysis, not null
     * @param label the label of a category, not null; it must return a non-blank text
     * @param <C> the category type
     * @return the section
     */
    public static <C> ParetoSection of(String title, Pareto<C> pareto, Function<? super C, String> label) {
        Valid.notNull(pareto, "pareto");
        Valid.notNull(label, "label");
        List<Bar> bars = new ArrayList<>(pareto.entries().size());
        for (ParetoEntry<C> entry : pareto.entries()) {
            bars.add(new Bar(label.apply(entry.category()), entry.count(), entry.share(), entry.cumulativeShare(),
                    entry.vitalFew()));
        }
        return new ParetoSection(title, bars, pareto.cutoff());
    }

    /**
     * Returns a section without bars, rendered as a "no data" note.
     *
     * @param title the chart's heading, not blank
     * @return the empty section, with the default 80 % cut-off
     */
    public static ParetoSection noData(String title) {
        return new ParetoSection(title, List.of(), Pareto.DEFAULT_CUTOFF);
    }

    /**
     * Tells whether any category has a positive count.
     *
     * @return {@code false} when there is nothing to plot
     */
    @Override
    public boolean hasData() {
        return bars.stream().anyMatch(b -> b.count() > 0);
    }

    /**
     * One category's bar. Immutable and thread-safe.
     *
     * @param category the category's label, not blank
     * @param count the category's count, not negative
     * @param share the category's share of all counts, between 0 and 1
     * @param cumulativeShare the share of this and every larger category, between {@code share}
     *     and 1
     * @param vitalFew whether the category belongs to the vital few
     */
    public record Bar(String category, long count, double share, double cumulativeShare, boolean vitalFew) {

        /**
         * Validates the fields.
         *
         * @param category the category's label, not blank
         * @param count the category's count, not negative
         * @param share the category's share of all counts, between 0 and 1
         * @param cumulativeShare the share of this and every larger category, between {@code share}
         *     and 1
         * @param vitalFew whether the category belongs to the vital few
         * @throws IllegalArgumentException if the category is blank or a number is out of range
         * @throws NullPointerException if the category is null
         */
        public Bar {
            Valid.notBlank(category, "category");
            Valid.nonNegative(count, "count");
            Inputs.between(share, 0.0, 1.0, "share");
            Inputs.between(cumulativeShare, share, 1.0, "cumulativeShare");
        }
    }
}
