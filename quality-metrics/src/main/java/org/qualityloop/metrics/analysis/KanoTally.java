package org.qualityloop.metrics.analysis;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.Mergeable;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.KanoAnswer;
import org.qualityloop.model.survey.KanoResponse;

/**
 * Counts Kano categories for one attribute (feature) and derives its classification and
 * customer-satisfaction coefficients.
 *
 * <p>Coefficients (Berger et al. 1993): {@code better = (A + O) / (A + O + M + I)} and
 * {@code worse = −(O + M) / (A + O + M + I)}; reverse and questionable answers are left out.
 *
 * <p>Classification: the most frequent of A, O, M, I and R; questionable answers never
 * classify. Tie-break, in this order: M &gt; O &gt; A &gt; I &gt; R — the customary Kano rule of
 * preferring, among equally frequent categories, the one with the greater impact on the
 * product (must-be first), with reverse last.
 *
 * <p>JSON form: an object of counts by category name. Merging adds counts. Mutable and not
 * thread-safe.
 */
public final class KanoTally implements Mergeable<KanoTally> {

    private static final KanoCategory[] TIE_ORDER = {KanoCategory.MUST_BE,
        KanoCategory.ONE_DIMENSIONAL, KanoCategory.ATTRACTIVE, KanoCategory.INDIFFERENT,
        KanoCategory.REVERSE};

    private final long[] counts = new long[KanoCategory.values().length];

    /** Creates an empty tally. */
    public KanoTally() {
    }

    /**
     * Creates a tally from counts by category, e.g. a partial aggregate read back from storage;
     * missing categories count 0.
     *
     * @param counts counts by category, none negative; not null
     * @return a new tally
     * @throws NullPointerException if the counts, a category or a count is null
     * @throws IllegalArgumentException if a count is negative, or the total overflows a
     *     {@code long}
     */
    public static KanoTally of(Map<KanoCategory, Long> counts) {
        KanoTally tally = new KanoTally();
        Checks.notNull(counts, "counts").forEach((category, count) ->
                tally.counts[Checks.notNull(category, "category").ordinal()] = Checks.nonNegative(
                        Checks.notNull(count, "counts[" + category + "]"), "counts[" + category + "]"));
        Counters.argumentTotal("counts", tally.counts);
        return tally;
    }

    /**
     * Adds one respondent's answer pair, classified with
     * {@link KanoCategory#evaluate(KanoAnswer, KanoAnswer)}.
     *
     * @param functional the answer when the feature is present, not null
     * @param dysfunctional the answer when the feature is absent, not null
     * @throws ArithmeticException if the total count would overflow a {@code long}
     */
    public void add(KanoAnswer functional, KanoAnswer dysfunctional) {
        Counters.increment(counts, KanoCategory.evaluate(functional, dysfunctional).ordinal(), "counts", "count");
    }

    /**
     * Adds one Kano response's answer pair, as {@link #add(KanoAnswer, KanoAnswer)} does. The
     * response's attribute and context are not kept: keep one tally per attribute.
     *
     * @param response the response, not null
     * @throws ArithmeticException if the total count would overflow a {@code long}
     */
    public void add(KanoResponse response) {
        Checks.notNull(response, "response");
        add(response.functional(), response.dysfunctional());
    }

    /**
     * Adds the counts of {@code other}; {@code other} is not changed.
     *
     * @param other another tally, not null
     * @return this tally
     */
    @Override
    public KanoTally merge(KanoTally other) {
        Objects.requireNonNull(other, "other");
        Counters.addInto(counts, other.counts, "counts", "count");
        return this;
    }

    /**
     * Returns the count of one category.
     *
     * @param category the category, not null
     * @return the count
     */
    public long count(KanoCategory category) {
        return counts[Objects.requireNonNull(category, "category").ordinal()];
    }

    /**
     * Returns the counts by category, every category present.
     *
     * @return a new map of counts
     */
    public Map<KanoCategory, Long> counts() {
        Map<KanoCategory, Long> map = new EnumMap<>(KanoCategory.class);
        for (KanoCategory category : KanoCategory.values()) {
            map.put(category, counts[category.ordinal()]);
        }
        return map;
    }

    /**
     * Returns the classification by the documented mode and tie-break, or empty if there are
     * only questionable answers or none.
     *
     * @return the category
     */
    public Optional<KanoCategory> classification() {
        KanoCategory best = null;
        for (KanoCategory category : TIE_ORDER) {
            long count = count(category);
            if (count > 0 && (best == null || count > count(best))) {
                best = category;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the better and worse coefficients, or empty if there is no A, O, M or I answer.
     *
     * @return the coefficients
     */
    public Optional<KanoCoefficients> coefficients() {
        long a = count(KanoCategory.ATTRACTIVE);
        long o = count(KanoCategory.ONE_DIMENSIONAL);
        long m = count(KanoCategory.MUST_BE);
        long i = count(KanoCategory.INDIFFERENT);
        long total = a + o + m + i;
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(new KanoCoefficients((double) (a + o) / total,
                -(double) (o + m) / total));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KanoTally other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "KanoTally" + counts();
    }
}
