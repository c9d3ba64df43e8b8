package org.qualityloop.metrics.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.survey.ServqualDimension;
import org.qualityloop.model.survey.ServqualResponse;
import org.qualityloop.model.survey.SurveyContext;

/**
 * Builds one respondent's SERVQUAL answers as the model's {@link ServqualResponse} items from
 * expectation and perception ratings in item order. A 22-item respondent follows
 * {@link ServqualInstrument#standard22()}'s dimensions; shorter ones answer custom instruments,
 * whose dimension names the accumulator does not compare.
 */
public final class ServqualAnswers {

    private static final SurveyContext CONTEXT =
            SurveyContext.of(CustomerId.of("c-servqual"), Instant.parse("2026-03-02T09:00:00Z"));
    private static final ServqualDimension[] STANDARD = standardDimensions();

    private ServqualAnswers() {
    }

    /**
     * One respondent's ratings and importance allocation.
     *
     * @param expectations expectation rating per item, item 1 first
     * @param perceptions perception rating per item
     * @param importancePoints the allocation, empty if none
     */
    public record Respondent(List<Integer> expectations, List<Integer> perceptions, Map<String, Double> importancePoints) {

        /**
         * Returns the answers as the model's responses, item 1 first.
         *
         * @return the answers
         */
        public List<ServqualResponse> answers() {
            List<ServqualResponse> answers = new ArrayList<>();
            for (int i = 0; i < expectations.size(); i++) {
                ServqualDimension dimension = expectations.size() == STANDARD.length ? STANDARD[i]
                        : ServqualDimension.RELIABILITY;
                answers.add(new ServqualResponse(CONTEXT, "item-" + (i + 1), dimension, expectations.get(i),
                        perceptions.get(i)));
            }
            return answers;
        }
    }

    /**
     * Adds a respondent to an accumulator.
     *
     * @param accumulator the accumulator
     * @param respondent the respondent
     */
    public static void add(ServqualAccumulator accumulator, Respondent respondent) {
        accumulator.add(respondent.answers(), respondent.importancePoints());
    }

    private static ServqualDimension[] standardDimensions() {
        List<String> names = ServqualInstrument.standard22().itemDimensions();
        ServqualDimension[] dimensions = new ServqualDimension[names.size()];
        for (int i = 0; i < dimensions.length; i++) {
            dimensions[i] = ServqualDimension.valueOf(names.get(i).toUpperCase(java.util.Locale.ROOT));
        }
        return dimensions;
    }
}
