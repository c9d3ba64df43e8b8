package org.qualityloop.metrics.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.qualityloop.model.internal.Checks;

/**
 * A SERVQUAL-style instrument: which dimension each item (numbered from 1) belongs to, which
 * items are reverse-scored, and the rating scale.
 *
 * <p>A reverse-scored (negatively worded) item's rating {@code x} is recoded to
 * {@code scaleMin + scaleMax − x} in both the expectation and the perception before any gap
 * is computed.
 *
 * <p>Immutable and thread-safe. JSON form: {@code {"itemDimensions":["tangibles",...],
 * "reverseScored":[2],"scaleMin":1,"scaleMax":7}}, reverse-scored items in ascending order.
 *
 * @param itemDimensions the dimension name of item {@code i + 1} at index {@code i}; at least one
 * @param reverseScored item numbers (from 1) that are reverse-scored
 * @param scaleMin the lowest rating
 * @param scaleMax the highest rating, above {@code scaleMin}
 */
public record ServqualInstrument(
        List<String> itemDimensions, Set<Integer> reverseScored, int scaleMin, int scaleMax) {

    /**
     * Validates and copies the fields.
     *
     * @param itemDimensions the dimension name of item {@code i + 1} at index {@code i}; at least
     *     one
     * @param reverseScored item numbers (from 1) that are reverse-scored
     * @param scaleMin the lowest rating
     * @param scaleMax the highest rating, above {@code scaleMin}
     * @throws IllegalArgumentException if there are no items, a dimension name is blank, a
     *     reverse-scored item does not exist, or the scale is empty
     */
    public ServqualInstrument {
        Checks.notNull(reverseScored, "reverseScored");
        itemDimensions = Checks.listCopy(itemDimensions, "itemDimensions");
        Checks.positive(itemDimensions.size(), "itemDimensions.size");
        for (String dimension : itemDimensions) {
            Checks.notBlank(dimension, "dimension");
        }
        reverseScored = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.setCopy(reverseScored, "reverseScored")));
        for (int item : reverseScored) {
            Checks.between(item, 1, itemDimensions.size(), "reverseScored item");
        }
        Checks.between(scaleMax, scaleMin + 1, Integer.MAX_VALUE, "scaleMax");
    }

    /**
     * Returns the 22-item instrument of Parasuraman, Zeithaml and Berry ("SERVQUAL: a
     * multiple-item scale for measuring consumer perceptions of service quality", Journal of
     * Retailing 64(1), 1988; wording refined 1991) on its 7-point scale: tangibles items 1–4,
     * reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22; no item
     * reverse-scored (the 1991 revision dropped the negatively worded items).
     *
     * @return the standard instrument
     */
    public static ServqualInstrument standard22() {
        List<String> items = new ArrayList<>(22);
        items.addAll(Collections.nCopies(4, "tangibles"));
        items.addAll(Collections.nCopies(5, "reliability"));
        items.addAll(Collections.nCopies(4, "responsiveness"));
        items.addAll(Collections.nCopies(4, "assurance"));
        items.addAll(Collections.nCopies(5, "empathy"));
        return new ServqualInstrument(items, Set.of(), 1, 7);
    }

    /**
     * Returns the number of items.
     *
     * @return the item count
     */
    public int items() {
        return itemDimensions.size();
    }

    /**
     * Returns the dimension names in order of first appearance.
     *
     * @return the dimensions
     */
    public List<String> dimensions() {
        return List.copyOf(new LinkedHashSet<>(itemDimensions));
    }

    /**
     * Returns the rating used for gap computation: reverse-scored items recoded.
     *
     * @param item the item number, from 1
     * @param rating the raw rating, within the scale
     * @param field the field name for error messages
     * @return the rating after recoding
     * @throws IllegalArgumentException if the rating is outside the scale
     */
    int scored(int item, int rating, String field) {
        Checks.between(rating, scaleMin, scaleMax, field);
        return reverseScored.contains(item) ? scaleMin + scaleMax - rating : rating;
    }

    /** As {@link #scored(int, int, String)}, building the field name only when the rating is bad. */
    int scored(int item, int rating, String list, int position) {
        if (rating < scaleMin || rating > scaleMax) {
            Checks.between(rating, scaleMin, scaleMax, list + "[" + position + "]");
        }
        return reverseScored.contains(item) ? scaleMin + scaleMax - rating : rating;
    }
}
