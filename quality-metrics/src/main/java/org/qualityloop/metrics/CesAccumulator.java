package org.qualityloop.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.survey.CesResponse;

/**
 * Counts Customer Effort Score answers in one explicitly chosen {@link CesForm}.
 *
 * <p>Formulas: {@code mean = Σ answer / n}; for {@link CesForm#AGREEMENT_1_TO_7} also
 * {@code agreeShare = count(5, 6, 7) / n}, the share who at least somewhat agree that the
 * company made it easy.
 *
 * <p>One counter per scale point; merging adds counts and requires the same form. JSON form:
 * {@code {"form":"AGREEMENT_1_TO_7","counts":[...]}}. Mutable and not thread-safe.
 */
public final class CesAccumulator implements Mergeable<CesAccumulator> {

    private final CesForm form;
    private final long[] counts;

    private CesAccumulator(CesForm form) {
        this.form = form;
        this.counts = new long[form.max() - form.min() + 1];
    }

    /**
     * Creates an empty accumulator for the given form.
     *
     * @param form the question form, not null
     * @return a new accumulator
     */
    public static CesAccumulator of(CesForm form) {
        return new CesAccumulator(Checks.notNull(form, "form"));
    }

    /**
     * Creates an accumulator from per-scale-point counts, e.g. a partial aggregate read back from
     * storage.
     *
     * @param form the question form, not null
     * @param counts the number of answers per scale point of the form, lowest first; none null
     *     or negative
     * @return a new accumulator
     * @throws NullPointerException if the form, the counts or one of them is null
     * @throws IllegalArgumentException if the number of counts does not fit the form, a count is
     *     negative, or the total overflows a {@code long}
     */
    public static CesAccumulator of(CesForm form, List<Long> counts) {
        CesAccumulator ces = of(form);
        List<Long> copy = Checks.listCopy(counts, "counts");
        if (copy.size() != ces.counts.length) {
            throw new IllegalArgumentException("counts must have " + ces.counts.length
                    + " entries for " + form + ", but had " + copy.size());
        }
        for (int i = 0; i < copy.size(); i++) {
            ces.counts[i] = Checks.nonNegative(
                    Checks.notNull(copy.get(i), "counts[" + i + "]"), "counts[" + i + "]");
        }
        Counters.argumentTotal("counts", ces.counts);
        return ces;
    }

    /**
     * Adds one answer.
     *
     * @param answer the answer, within the form's scale
     * @throws IllegalArgumentException if the answer is outside the scale
     */
    public void add(int answer) {
        int index = answer - form.min();
        if (index < 0 || index >= counts.length) {
            throw new IllegalArgumentException("answer must be between " + form.min() + " and "
                    + form.max() + ", but was " + answer);
        }
        Counters.increment(counts, index, "counts", "count");
    }

    /**
     * Adds the answer of one survey response, whose {@link CesResponse#scale() scale} must be the
     * one of this accumulator's form ({@link CesForm#scale()}): the two forms run in opposite
     * directions, so mixing them would make the mean meaningless. The response's context
     * (respondent, time, stage) is not kept. Allocates nothing.
     *
     * @param response the response, not null
     * @throws NullPointerException if the response is null
     * @throws IllegalArgumentException if the response's scale differs from this form's scale,
     *     for example {@code "response scale must be EFFORT_5 for form EFFORT_1_TO_5, but was
     *     AGREEMENT_7"}
     */
    public void add(CesResponse response) {
        Objects.requireNonNull(response, "response must not be null");
        if (response.scale() != form.scale()) {
            throw new IllegalArgumentException("response scale must be " + form.scale() + " for form " + form
                    + ", but was " + response.scale());
        }
        Counters.increment(counts, response.score() - form.min(), "counts", "count");
    }

    /**
     * Adds the counts of {@code other}, which must use the same form.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the forms differ
     */
    @Override
    public CesAccumulator merge(CesAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (other.form != form) {
            throw new IllegalArgumentException(
                    "other form must be " + form + ", but was " + other.form);
        }
        Counters.addInto(counts, other.counts, "counts", "count");
        return this;
    }

    /**
     * Returns the question form.
     *
     * @return the form
     */
    public CesForm form() {
        return form;
    }

    /**
     * Returns the number of answers per scale point, lowest first.
     *
     * @return a new list of counts
     */
    public List<Long> counts() {
        return Arrays.stream(counts).boxed().toList();
    }

    /**
     * Returns the mean (and, for the agreement form, the 5–7 share), or empty on no answers.
     *
     * @return the result, empty on no data
     */
    public Optional<CesResult> result() {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            sum += (double) counts[i] * (form.min() + i);
        }
        if (n == 0) {
            return Optional.empty();
        }
        Optional<Proportion> agree = Optional.empty();
        if (form == CesForm.AGREEMENT_1_TO_7) {
            agree = Optional.of(Proportion.of(counts[4] + counts[5] + counts[6], n));
        }
        return Optional.of(new CesResult(form, n, sum / n, agree));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CesAccumulator other && form == other.form
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * form.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "CesAccumulator[form=" + form + ", counts=" + Arrays.toString(counts) + "]";
    }
}
