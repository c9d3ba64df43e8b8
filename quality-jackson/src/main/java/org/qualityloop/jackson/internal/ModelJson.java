package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.databind.Module;

/** The JSON mapping of the {@code quality-model} types: mix-ins, serializers and deserializers. */
public final class ModelJson {

    private ModelJson() {
    }

    /**
     * Registers the mapping on a module's set-up context.
     *
     * @param context the context, not null
     */
    public static void setup(Module.SetupContext context) {
    }
}
