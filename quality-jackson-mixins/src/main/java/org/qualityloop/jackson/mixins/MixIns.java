package org.qualityloop.jackson.mixins;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry of every mix-in, independent of the Jackson version: each JSON module iterates it
 * and registers each pair on its own set-up context, so that Jackson 2 and Jackson 3 read the same
 * annotations and write the same JSON.
 *
 * <p>Instants and durations are not here: each JSON module adds its own deserializer that reads
 * them only from ISO-8601 text.
 *
 * <p>Thread-safe: the registry is built once and unmodifiable.
 */
public final class MixIns {

    private static final Map<Class<?>, Class<?>> ALL = build();

    private MixIns() {
    }

    /**
     * Every target type with its mix-in: the model's, then the metrics', the workflow's and
     * the insight results'.
     *
     * @return the pairs, in registration order; unmodifiable
     */
    public static Map<Class<?>, Class<?>> all() {
        return ALL;
    }

    private static Map<Class<?>, Class<?>> build() {
        Map<Class<?>, Class<?>> all = new LinkedHashMap<>();
        ModelJson.setup(all::put);
        MetricsJson.setup(all::put);
        WorkflowJson.setup(all::put);
        InsightJson.setup(all::put);
        return java.util.Collections.unmodifiableMap(all);
    }
}
