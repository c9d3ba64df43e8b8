package org.qualityloop.examples.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.survey.ServqualDimension;

/**
 * What customers answer in surveys after their case, and how their experience moves the
 * answers.
 *
 * <p>A share of cases answers: an NPS score (0–10), a CSAT score (1–5) for every stage the case
 * went through and a CES score (1–7 agreement that the service was easy). Each score is a
 * rounded, clipped normal draw around its mean, shifted by the case's experience: every failure,
 * slow step, breached SLA target and reopening lowers it, a complaint resolved to the customer's
 * satisfaction raises it (the recovery paradox). Shifts are in NPS points (0–10 scale); CSAT and
 * CES take 40 % and 60 % of them. The answers of a case with feedback come after its feedback is
 * closed. A smaller share of respondents also fills in SERVQUAL (22 items, expectation and
 * perception on 1–7), importance–performance ratings (1–5) and Kano question pairs. Immutable.
 *
 * @param responseRate the share of cases whose customer answers, between 0 and 1
 * @param nps the NPS score's mean and spread before shifts
 * @param csat the CSAT score's mean and spread before shifts
 * @param ces the CES score's mean and spread before shifts
 * @param effects the shifts an experience causes
 * @param detailShare the share of respondents who also answer SERVQUAL, IPA and Kano
 * @param servqual the mean expectation and perception per SERVQUAL dimension; every dimension
 * @param ipa the attributes rated for importance and performance, in display order
 * @param kano the features asked about in Kano pairs, in display order
 */
public record Surveys(double responseRate, Score nps, Score csat, Score ces, Effects effects, double detailShare,
        Map<ServqualDimension, Gap> servqual, List<IpaAttribute> ipa, List<KanoFeature> kano) {

    /**
     * Validates and copies the components.
     *
     * @param responseRate the share of cases whose customer answers, between 0 and 1
     * @param nps the NPS score's mean and spread before shifts
     * @param csat the CSAT score's mean and spread before shifts
     * @param ces the CES score's mean and spread before shifts
     * @param effects the shifts an experience causes
     * @param detailShare the share of respondents who also answer SERVQUAL, IPA and Kano
     * @param servqual the mean expectation and perception per SERVQUAL dimension; every dimension
     * @param ipa the attributes rated for importance and performance, in display order
     * @param kano the features asked about in Kano pairs, in display order
     * @throws IllegalArgumentException when a share is outside 0–1, a score is off its scale or
     *     a SERVQUAL dimension is missing
     */
    public Surveys {
        Valid.probability(responseRate, "responseRate");
        Objects.requireNonNull(nps, "nps");
        Valid.between(nps.mean(), 0, 10, "nps.mean");
        Objects.requireNonNull(csat, "csat");
        Valid.between(csat.mean(), 1, 5, "csat.mean");
        Objects.requireNonNull(ces, "ces");
        Valid.between(ces.mean(), 1, 7, "ces.mean");
        Objects.requireNonNull(effects, "effects");
        Valid.probability(detailShare, "detailShare");
        Objects.requireNonNull(servqual, "servqual");
        for (ServqualDimension d : ServqualDimension.values()) {
            if (!servqual.containsKey(d)) {
                throw new IllegalArgumentException("servqual must give every dimension, but " + d + " is missing");
            }
        }
        servqual = java.util.Collections.unmodifiableMap(new EnumMap<>(servqual));
        ipa = Valid.listCopy(ipa, "ipa");
        kano = Valid.listCopy(kano, "kano");
    }

    /**
     * A copy whose NPS, CSAT and CES means are all moved by the same number of NPS points (40 %
     * for CSAT, 60 % for CES), e.g. after staff training.
     *
     * @param points the shift in NPS points, finite
     * @return the copy, with means clipped to their scales
     */
    public Surveys withScoresShifted(double points) {
        Valid.finite(points, "points");
        return new Surveys(responseRate, nps.shifted(points, 0, 10), csat.shifted(points * 0.4, 1, 5),
                ces.shifted(points * 0.6, 1, 7), effects, detailShare, servqual, ipa, kano);
    }

    /**
     * A score's distribution before shifts: normal with this mean and spread, rounded and clipped
     * to the scale.
     *
     * @param mean the mean, on the score's scale
     * @param spread the standard deviation, positive
     */
    public record Score(double mean, double spread) {
        /**
         * Validates the score.
         *
         * @param mean the mean, on the score's scale
         * @param spread the standard deviation, positive
         * @throws IllegalArgumentException when the spread is not positive
         */
        public Score {
            Valid.finite(mean, "mean");
            Valid.positive(spread, "spread");
        }

        Score shifted(double points, double min, double max) {
            return new Score(Math.max(min, Math.min(max, mean + points)), spread);
        }
    }

    /**
     * The shifts an experience causes, in NPS points; negative values lower the scores.
     *
     * @param failure per failed step
     * @param slow per slow step
     * @param breach per breached SLA target of the case's feedback
     * @param reopen per reopening of the case's feedback
     * @param recovered when the customer confirmed the problem solved at the follow-up
     */
    public record Effects(double failure, double slow, double breach, double reopen, double recovered) {
        /**
         * Validates the shifts.
         *
         * @param failure per failed step
         * @param slow per slow step
         * @param breach per breached SLA target of the case's feedback
         * @param reopen per reopening of the case's feedback
         * @param recovered when the customer confirmed the problem solved at the follow-up
         * @throws IllegalArgumentException when a shift is not finite
         */
        public Effects {
            Valid.finite(failure, "failure");
            Valid.finite(slow, "slow");
            Valid.finite(breach, "breach");
            Valid.finite(reopen, "reopen");
            Valid.finite(recovered, "recovered");
        }
    }

    /**
     * A SERVQUAL dimension's mean expectation and perception, on the 1–7 scale.
     *
     * @param expectation the mean expectation, 1–7
     * @param perception the mean perception, 1–7
     */
    public record Gap(double expectation, double perception) {
        /**
         * Validates the means.
         *
         * @param expectation the mean expectation, 1–7
         * @param perception the mean perception, 1–7
         * @throws IllegalArgumentException when a mean is outside 1–7
         */
        public Gap {
            Valid.between(expectation, 1, 7, "expectation");
            Valid.between(perception, 1, 7, "perception");
        }
    }

    /**
     * An attribute rated for importance and performance on a 1–5 scale.
     *
     * @param attribute the attribute's name, such as {@code "check-in speed"}; not blank
     * @param importance the mean importance, 1–5
     * @param performance the mean performance, 1–5
     */
    public record IpaAttribute(String attribute, double importance, double performance) {
        /**
         * Validates the attribute.
         *
         * @param attribute the attribute's name, such as {@code "check-in speed"}; not blank
         * @param importance the mean importance, 1–5
         * @param performance the mean performance, 1–5
         * @throws IllegalArgumentException when the name is blank or a mean is outside 1–5
         */
        public IpaAttribute {
            Valid.notBlank(attribute, "attribute");
            Valid.between(importance, 1, 5, "importance");
            Valid.between(performance, 1, 5, "performance");
        }
    }

    /**
     * A feature asked about in a Kano question pair, with the share of customers for whom it is
     * of each Kano category; a respondent answers the typical pair of their category (a tenth
     * answer at random).
     *
     * @param feature the feature's name, such as {@code "free wi-fi"}; not blank
     * @param categories the weight of each category; at least one
     */
    public record KanoFeature(String feature, Map<KanoCategory, Double> categories) {
        /**
         * Validates the feature.
         *
         * @param feature the feature's name, such as {@code "free wi-fi"}; not blank
         * @param categories the weight of each category; at least one
         * @throws IllegalArgumentException when the name is blank or the weights are invalid
         */
        public KanoFeature {
            Valid.notBlank(feature, "feature");
            categories = Valid.weights(categories, "categories", false);
        }
    }
}
