package org.qualityloop.metrics;

import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * Customer Effort Score of a non-empty sample (see {@link CesAccumulator}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param form the question form, which fixes the scale and direction
 * @param responses number of answers, positive
 * @param mean the mean answer, within the form's scale
 * @param agreeShare for {@link CesForm#AGREEMENT_1_TO_7} the share answering 5–7; empty for
 *     {@link CesForm#EFFORT_1_TO_5}
 */
public record CesResult(CesForm form, long responses, double mean, Optional<Proportion> agreeShare) {

    /**
     * Validates the fields.
     *
     * @param form the question form, which fixes the scale and direction
     * @param responses number of answers, positive
     * @param mean the mean answer, within the form's scale
     * @param agreeShare for {@link CesForm#AGREEMENT_1_TO_7} the share answering 5–7; empty for
     *     {@link CesForm#EFFORT_1_TO_5}
     * @throws IllegalArgumentException if a value is outside its range or {@code agreeShare} is
     *     present for the effort form or absent for the agreement form
     */
    public CesResult {
        Objects.requireNonNull(form, "form");
        Checks.notNull(agreeShare, "agreeShare");
        Checks.positive(responses, "responses");
        Checks.between(mean, form.min(), form.max(), "mean");
        if (agreeShare.isPresent() != (form == CesForm.AGREEMENT_1_TO_7)) {
            throw new IllegalArgumentException("agreeShare must be present exactly for "
                    + "AGREEMENT_1_TO_7, but form was " + form + " and agreeShare present was "
                    + agreeShare.isPresent());
        }
    }
}
