package org.qualityloop.metrics.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * Pareto analysis (Juran's "vital few and useful many"): categories sorted by count, largest
 * first, with each category's share and cumulative share, and the vital few — the smallest
 * leading group whose cumulative share reaches the cut-off (80 % by default).
 *
 * <p>Rules: ties in count keep the iteration order of the input map (pass a
 * {@code LinkedHashMap} or {@code TreeMap} for a reproducible order). The category whose
 * cumulative share first reaches or passes the cut-off is included in the vital few.
 * Categories with a zero count are listed last and are never vital. The last cumulative share
 * is exactly 1.
 *
 * <p>Immutable, and thread-safe if the categories are.
 *
 * @param <C> the category type
 * @param entries the categories in rank order
 * @param total the sum of all counts, positive
 * @param cutoff the cumulative share that defines the vital few, in (0, 1]
 */
public record Pareto<C>(List<ParetoEntry<C>> entries, long total, double cutoff) {

    /** The conventional cut-off, 80 %. */
    public static final double DEFAULT_CUTOFF = 0.80;

    /**
     * Validates and copies the fields.
     *
     * @param entries the categories in rank order
     * @param total the sum of all counts, positive
     * @param cutoff the cumulative share that defines the vital few, in (0, 1]
     * @throws IllegalArgumentException if {@code total} is not positive or {@code cutoff} is
     *     outside (0, 1]
     */
    public Pareto {
        entries = Checks.listCopy(entries, "entries");
        Checks.positive(total, "total");
        checkCutoff(cutoff);
    }

    private static void checkCutoff(double cutoff) {
        if (!(cutoff > 0.0 && cutoff <= 1.0)) {
            throw new IllegalArgumentException(
                    "cutoff must be greater than 0 and at most 1, but was " + cutoff);
        }
    }

    /**
     * Analyses category counts with the default 80 % cut-off.
     *
     * @param counts counts per category, none negative; not null
     * @param <C> the category type
     * @return the analysis, or empty if the counts sum to zero
     * @throws IllegalArgumentException if a count is negative
     */
    public static <C> Optional<Pareto<C>> of(Map<C, Long> counts) {
        return of(counts, DEFAULT_CUTOFF);
    }

    /**
     * Analyses category counts.
     *
     * @param counts counts per category, none negative; not null
     * @param cutoff the cumulative share defining the vital few, in (0, 1]
     * @param <C> the category type
     * @return the analysis, or empty if the counts sum to zero
     * @throws IllegalArgumentException if a count is negative or the cut-off is out of range
     * @throws NullPointerException if a category or count is null
     */
    public static <C> Optional<Pareto<C>> of(Map<C, Long> counts, double cutoff) {
        Checks.notNull(counts, "counts");
        checkCutoff(cutoff);
        List<Map.Entry<C, Long>> ranked = new ArrayList<>(counts.size());
        for (Map.Entry<C, Long> entry : counts.entrySet()) {
            ranked.add(Map.entry(entry.getKey(), entry.getValue()));
        }
        long total = 0;
        for (Map.Entry<C, Long> entry : ranked) {
            total = Math.addExact(total, Checks.nonNegative(entry.getValue(),
                    "counts[" + entry.getKey() + "]"));
        }
        if (total == 0) {
            return Optional.empty();
        }
        ranked.sort(Comparator.comparing(Map.Entry<C, Long>::getValue).reversed());
        List<ParetoEntry<C>> entries = new ArrayList<>(ranked.size());
        long running = 0;
        boolean reached = false;
        for (Map.Entry<C, Long> entry : ranked) {
            long count = entry.getValue();
            running += count;
            double cumulative = (double) running / total;
            boolean vital = !reached && count > 0;
            if (cumulative >= cutoff) {
                reached = true;
            }
            entries.add(new ParetoEntry<>(entry.getKey(), count, (double) count / total,
                    cumulative, vital));
        }
        return Optional.of(new Pareto<>(entries, total, cutoff));
    }

    /**
     * Returns the vital-few categories in rank order.
     *
     * @return the categories flagged vital
     */
    public List<C> vitalFew() {
        return entries.stream().filter(ParetoEntry::vitalFew).map(ParetoEntry::category).toList();
    }
}
