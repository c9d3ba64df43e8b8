package org.qualityloop.examples.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoTally;

/**
 * The Kano classification of features as a table: per feature the count of answers in each
 * category (attractive, one-dimensional, must-be, indifferent, reverse, questionable), the
 * feature's category ({@link KanoTally#classification()}) and its better and worse coefficients.
 *
 * <p>The section {@linkplain #hasData() has no data} when it has no feature. Immutable and
 * thread-safe.
 *
 * @param title the table's heading, not blank
 * @param counts the answers per category of each feature, features in display order; names not
 *     blank, counts not negative, a missing category counting 0
 */
public record KanoSection(String title, Map<String, Map<KanoCategory, Long>> counts) implements ReportSection {

    /**
     * Validates and copies the fields, keeping the order of the features.
     *
     * @param title the table's heading, not blank
     * @param counts the answers per category of each feature, in display order
     * @throws IllegalArgumentException if a feature name is blank or a count is negative
     * @throws NullPointerException naming the field if an argument, key or value is null
     */
    public KanoSection {
        title = Inputs.title(title);
        Valid.notNull(counts, "counts");
        Map<String, Map<KanoCategory, Long>> copy = new LinkedHashMap<>();
        counts.forEach((feature, byCategory) -> {
            if (feature == null || byCategory == null) {
                throw new NullPointerException("counts must not contain null keys or values");
            }
            if (feature.isBlank()) {
                throw new IllegalArgumentException("counts must not have a blank feature name, but had '" + feature
                        + "'");
            }
            Map<KanoCategory, Long> all = new EnumMap<>(KanoCategory.class);
            all.putAll(KanoTally.of(byCategory).counts());
            copy.put(feature, Collections.unmodifiableMap(all));
        });
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the tally of one feature, to classify it.
     *
     * @param feature a feature of {@link #counts()}, not null
     * @return a new tally of its counts
     * @throws IllegalArgumentException if the section has no such feature
     */
    public KanoTally tally(String feature) {
        Map<KanoCategory, Long> c = counts.get(Valid.notNull(feature, "feature"));
        if (c == null) {
            throw new IllegalArgumentException("feature must be a feature of the section, but was '" + feature + "'");
        }
        return KanoTally.of(c);
    }

    /**
     * Tells whether there is a feature to show.
     *
     * @return {@code false} when there is no feature
     */
    @Override
    public boolean hasData() {
        return !counts.isEmpty();
    }
}
