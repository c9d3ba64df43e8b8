package org.qualityloop.model.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON mapping of Quality Loop's types.
 *
 * <p>{@link #mapper()} returns a Jackson {@link ObjectMapper} configured for the documented shape
 * (see {@code docs/json.md}): instants and durations as ISO-8601 strings, enums by name,
 * identifiers and codes as plain strings, unknown properties rejected, no polymorphic default
 * typing. Reading JSON that breaks a type's rule fails with the type's own message.
 *
 * <p>The returned mapper is thread-safe once configured; callers who change its configuration
 * should take their own copy with {@link ObjectMapper#copy()}.
 */
public final class QualityLoopJson {

    private QualityLoopJson() {
    }

    /**
     * Returns a new mapper configured for Quality Loop's JSON shape.
     *
     * @return a new, independently configurable mapper
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }
}
