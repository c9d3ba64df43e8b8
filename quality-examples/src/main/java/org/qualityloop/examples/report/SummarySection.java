package org.qualityloop.examples.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qualityloop.examples.internal.Valid;

/**
 * A key/value table that describes a run: scenario, seed, number of cases, throughput and
 * whatever else the caller wants to state, in the order given.
 *
 * <pre>{@code
 * SummarySection run = SummarySection.of("Run summary")
 *         .with("scenario", "business-travel")
 *         .with("seed", 42)
 *         .with("cases", 1_250);
 * }</pre>
 *
 * <p>The section {@linkplain #hasData() has no data} when it has no entry. Immutable and
 * thread-safe: {@code with} returns a copy.
 *
 * @param title the table's heading, not blank
 * @param entries the values by key, in display order; keys not blank; not null, no null key or
 *     value
 */
public record SummarySection(String title, Map<String, String> entries) implements ReportSection {

    /**
     * Validates and copies the fields, keeping the order of the entries.
     *
     * @param title the table's heading, not blank
     * @param entries the values by key, in display order; keys not blank; not null, no null key or
     *     value
     * @throws IllegalArgumentException if the title or a key is blank
     * @throws NullPointerException naming the field if an argument, key or value is null
     */
    public SummarySection {
        title = Inputs.title(title);
        Valid.notNull(entries, "entries");
        Map<String, String> copy = new LinkedHashMap<>();
        entries.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new NullPointerException("entries must not contain null keys or values");
            }
            if (key.isBlank()) {
                throw new IllegalArgumentException("entries must not have a blank key, but had '" + key + "'");
            }
            copy.put(key, value);
        });
        entries = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns an empty summary table.
     *
     * @param title the table's heading, not blank
     * @return the section, without entries
     */
    public static SummarySection of(String title) {
        return new SummarySection(title, Map.of());
    }

    /**
     * Returns this table with one more entry at the end.
     *
     * @param key the entry's key, not blank and not already present
     * @param value the value as it should read, not null
     * @return a copy with the entry
     * @throws IllegalArgumentException if the key is blank or already present
     */
    public SummarySection with(String key, String value) {
        Valid.notNull(key, "key");
        Valid.notNull(value, "value");
        if (entries.containsKey(key)) {
            throw new IllegalArgumentException("key must not already be present, but '" + key
                    + "' was already set to '" + entries.get(key) + "'");
        }
        Map<String, String> copy = new LinkedHashMap<>(entries);
        copy.put(key, value);
        return new SummarySection(title, copy);
    }

    /**
     * Returns this table with one more entry whose value is a whole number.
     *
     * @param key the entry's key, not blank and not already present
     * @param value the value
     * @return a copy with the entry
     * @throws IllegalArgumentException if the key is blank or already present
     */
    public SummarySection with(String key, long value) {
        return with(key, Long.toString(value));
    }

    /**
     * Tells whether the table has an entry.
     *
     * @return {@code false} when there is nothing to list
     */
    @Override
    public boolean hasData() {
        return !entries.isEmpty();
    }
}
