package org.qualityloop.examples.report;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qualityloop.examples.internal.Valid;

/**
 * Argument checks of the report's input records, on top of {@link Checks}; messages name the
 * field, the rule and the value.
 *
 * <p>Stateless and thread-safe.
 */
final class Inputs {

    private Inputs() {
    }

    /** Requires a non-blank title. */
    static String title(String title) {
        return Valid.notBlank(title, "title");
    }

    /** Copies a list of distinct, non-blank labels. */
    static List<String> labels(Collection<String> labels, String field) {
        List<String> copy = Valid.listCopy(labels, field);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            String label = copy.get(i);
            if (label.isBlank()) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be blank, but was '" + label + "'");
            }
            if (!seen.add(label)) {
                throw new IllegalArgumentException(
                        field + " must be distinct, but '" + label + "' appeared more than once");
            }
        }
        return copy;
    }

    /**
     * Copies a map keyed by labels that must all be listed in {@code labels}, keeping the order
     * of the given map.
     */
    static <V> Map<String, V> keyedBy(Map<String, V> values, List<String> labels, String field,
            String labelsField) {
        Valid.notNull(values, field);
        Set<String> known = new HashSet<>(labels);
        Map<String, V> copy = new LinkedHashMap<>();
        for (Map.Entry<String, V> entry : values.entrySet()) {
            String key = entry.getKey();
            if (key == null || entry.getValue() == null) {
                throw new NullPointerException(field + " must not contain null keys or values");
            }
            if (!known.contains(key)) {
                throw new IllegalArgumentException(field + " must only hold labels listed in " + labelsField
                        + ", but had '" + key + "'");
            }
            copy.put(key, entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Requires a finite value within {@code [min, max]}. */
    static double between(double value, double min, double max, String field) {
        return Valid.between(value, min, max, field);
    }
}
