package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.databind.Module;

/** The JSON mapping of the {@code quality-metrics} types: mix-ins, serializers and deserializers. */
public final class MetricsJson {

    private MetricsJson() {
    }

    /**
     * Registers the mapping on a module's set-up context.
     *
     * @param context the context, not null
     */
    public static void setup(Module.SetupContext context) {
    }
}
