package org.qualityloop.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Transitional: the mapper the metrics tests were written against, kept in this module's tests
 * while the accumulators still carry their own Jackson annotations. It goes when their JSON moves
 * to {@code quality-jackson}'s {@code MetricsJson} with their tests.
 *
 * <p>The mapping of Quality Loop's types (model types without {@code QualityLoopModule}, so in
 * Jackson's default record form).
 *
 * <p>{@link #mapper()} returns a Jackson {@link ObjectMapper} configured for the documented shape
 * (see {@code docs/json.md}): instants and durations as ISO-8601 strings, enums by name,
 * identifiers and codes as plain strings, absent optional values as {@code null}, unknown
 * properties rejected, numbers and booleans not accepted where text is expected, no polymorphic default typing.
 *
 * <p>When JSON breaks a type's rule, Jackson wraps the type's own exception; {@link #read(String,
 * Class)} unwraps it so the caller sees the same message as the factory, for example
 * {@code "score must be between 0 and 10, but was 11"}.
 *
 * <p>The returned mapper is thread-safe once configured; callers who change its configuration
 * should take their own copy with {@link ObjectMapper#copy()}. {@link #read} and {@link #write}
 * use one shared mapper and are thread-safe.
 */
public final class QualityLoopJson {

    private static final ObjectMapper SHARED = mapper();

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
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    /**
     * Writes a value as JSON in the documented shape.
     *
     * @param value the value, not null
     * @return the JSON text
     * @throws UncheckedIOException when Jackson cannot write the value
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value must not be null");
        try {
            return SHARED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value from JSON, reporting a broken rule with the type's own message.
     *
     * <p>When a factory or constructor of the target type rejects the data, the exception thrown
     * is an {@link IllegalArgumentException} carrying that factory's message (the Jackson exception
     * is its cause). Any other problem (malformed JSON, an unknown property, a wrong token type) is
     * an {@link IllegalArgumentException} whose message starts with {@code "cannot read <Type>
     * from JSON: "}; Jackson's location information does not include the input text.
     *
     * @param json the JSON text, not null
     * @param type the target type, not null
     * @param <T> the target type
     * @return the value read
     * @throws IllegalArgumentException when the JSON is malformed or breaks a rule of the type
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(type, "type must not be null");
        try {
            return SHARED.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw refusal(e, type);
        }
    }

    /**
     * Reads a value from an already parsed JSON tree, reporting a broken rule as
     * {@link #read(String, Class)} does.
     *
     * @param tree the JSON tree, not null
     * @param type the target type, not null
     * @param <T> the target type
     * @return the value read
     * @throws IllegalArgumentException when the tree breaks a rule of the type or does not fit it
     */
    public static <T> T read(JsonNode tree, Class<T> type) {
        Objects.requireNonNull(tree, "tree must not be null");
        Objects.requireNonNull(type, "type must not be null");
        try {
            return SHARED.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw refusal(e, type);
        }
    }

    /** The type's own message when its factory refused the data, else Jackson's, named by type. */
    private static IllegalArgumentException refusal(JsonProcessingException e, Class<?> type) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                return new IllegalArgumentException(cause.getMessage(), e);
            }
        }
        return new IllegalArgumentException(
                "cannot read " + type.getSimpleName() + " from JSON: " + e.getOriginalMessage(), e);
    }
}
