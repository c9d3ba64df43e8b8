package org.qualityloop.jackson3.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.qualityloop.jackson.mixins.MixIns;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ext.javatime.deser.DurationDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;

/**
 * Sets up {@code QualityLoopModule} on Jackson 3: every mix-in of the shared registry, instants
 * and durations read only from ISO-8601 text, time zones only from their id text, and no
 * duplicate key inside a case event.
 */
public final class ModuleSetup {

    private ModuleSetup() {
    }

    /**
     * Registers the mapping on a module's set-up context.
     *
     * @param context the context, not null
     */
    public static void setup(JacksonModule.SetupContext context) {
        Objects.requireNonNull(context, "context");
        // Instants and durations only as ISO-8601 text: no epoch numbers, whatever the mapper allows.
        SimpleDeserializers iso = new SimpleDeserializers();
        iso.addDeserializer(Instant.class, new IsoTextDeserializer<>(Instant.class, InstantDeserializer.INSTANT));
        iso.addDeserializer(Duration.class, new IsoTextDeserializer<>(Duration.class, DurationDeserializer.INSTANCE));
        // Time zones only from their id text, an unknown id refused naming the rule.
        iso.addDeserializer(java.time.ZoneId.class, new ZoneIdDeserializer());
        context.addDeserializers(iso);
        // No duplicate key inside a case event or its change, whatever the mapper's settings.
        context.addDeserializerModifier(new UniqueKeysDeserializer.Modifier());
        MixIns.all().forEach(context::setMixIn);
    }
}
