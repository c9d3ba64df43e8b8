package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.datatype.jsr310.deser.DurationDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.qualityloop.jackson.mixins.MixIns;

/**
 * Sets up {@code QualityLoopModule} on Jackson 2: every mix-in of the shared registry, instants
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
    public static void setup(Module.SetupContext context) {
        Objects.requireNonNull(context, "context");
        // Instants and durations only as ISO-8601 text: no epoch numbers, whatever the mapper allows.
        SimpleDeserializers iso = new SimpleDeserializers();
        iso.addDeserializer(Instant.class, new IsoTextDeserializer<>(Instant.class, InstantDeserializer.INSTANT));
        iso.addDeserializer(Duration.class, new IsoTextDeserializer<>(Duration.class, DurationDeserializer.INSTANCE));
        // Time zones only from their id text, an unknown id refused naming the rule.
        iso.addDeserializer(java.time.ZoneId.class, new ZoneIdDeserializer());
        context.addDeserializers(iso);
        // No duplicate key inside a case event or its change, whatever the mapper's settings.
        context.addBeanDeserializerModifier(new UniqueKeysDeserializer.Modifier());
        MixIns.all().forEach(context::setMixInAnnotations);
    }
}
