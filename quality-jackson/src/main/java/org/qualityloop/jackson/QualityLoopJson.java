package org.qualityloop.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.qualityloop.jackson.internal.Refusals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A Jackson 2 mapper configured for Quality Loop's JSON, for applications that have none of
 * their own, and the strict configuration for those that do.
 *
 * <p>{@link #mapper()} returns a mapper with {@link QualityLoopModule} registered and strict
 * reading switched on (see {@link #configure}): instants and durations as ISO-8601 strings, enums
 * by name, absent optional values as {@code null}, unknown properties, duplicate keys and trailing
 * tokens rejected, no coercion between scalar types, no polymorphic default typing.
 *
 * <p>When JSON breaks a type's rule, Jackson wraps the type's own exception; {@link #read(String,
 * Class)} unwraps it so the caller sees the same message as the factory, for example
 * {@code "score must be between 0 and 10, but was 11"}.
 *
 * <p>A mapper is thread-safe once configured. {@link #read} and {@link #write} use one shared
 * mapper and are thread-safe.
 */
public final class QualityLoopJson {

    private static final ObjectMapper SHARED = mapper();

    private QualityLoopJson() {
    }

    /**
     * Returns a new mapper configured for Quality Loop's JSON shape and strict reading.
     *
     * @return a new, independently configurable mapper
     */
    public static ObjectMapper mapper() {
        return configure(JsonMapper.builder()).build();
    }

    /**
     * Configures a mapper builder for Quality Loop's JSON: registers the Java time, JDK 8 and
     * Quality Loop modules and switches on strict reading.
     *
     * <p>Strict reading means: unknown properties, duplicate keys, trailing tokens and {@code null}
     * for a primitive are rejected; numbers are not read as text, enums or booleans, floating-point
     * numbers not as integers, and text is not read as a number.
     *
     * @param builder the builder, not null
     * @return the same builder
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        if (builder.streamFactory() instanceof JsonFactory factory) {
            factory.setStreamReadConstraints(Refusals.READ_CONSTRAINTS);
        }
        return builder
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new QualityLoopModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /**
     * Writes a value as JSON in the documented shape.
     *
     * @param value the value, not null
     * @return the JSON text
     * @throws UncheckedIOException when Jackson cannot write the value
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return SHARED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value from JSON, reporting a broken rule with the type's own message.
     *
     * <p>When a factory or constructor rejects the data, the exception thrown is an
     * {@link IllegalArgumentException} carrying that factory's message, prefixed by the JSON path of
     * the refused object unless it is the root ({@code "customer: phone must ..."}); the Jackson
     * exception is its cause. Any other problem (malformed JSON, a duplicate key, an unknown
     * property, a wrong token type, {@code null} at the root) is an {@link IllegalArgumentException}
     * whose message starts with {@code "cannot read <Type> from JSON: "} and names the rule and the
     * path ({@code "... expected text, but was a number at customer.phone"}). A message never
     * repeats an unparsed token or a personal-data value, and repeats other values at most 40
     * characters long.
     *
     * @param json the JSON text, not null
     * @param type the target type, not null
     * @param <T> the target type
     * @return the value read
     * @throws IllegalArgumentException when the JSON is malformed or breaks a rule of the type
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try (JsonParser parser = SHARED.createParser(json)) {
            try {
                return notNullRoot(SHARED.readValue(parser, type), type);
            } catch (JsonProcessingException e) {
                throw refusal(e, type, Refusals.where(parser, e));
            }
        } catch (IOException e) {
            // reading from a string does no I/O; closing it cannot fail
            throw new UncheckedIOException(e);
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
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(type, "type");
        try {
            return notNullRoot(SHARED.treeToValue(tree, type), type);
        } catch (JsonProcessingException e) {
            throw refusal(e, type, "");
        }
    }

    /**
     * The refusal of a read: the type's own message when its factory refused the data, prefixed by
     * the JSON path of the refused object when it is not the root; else a message of our own naming
     * the path and the rule. Jackson's own message is never used as it is, because it may repeat
     * the input (an unparsed token, a personal-data field's value). {@code where} is the parser's
     * position, used for problems found in the text itself, which Jackson reports without a path.
     */
    private static IllegalArgumentException refusal(JsonProcessingException e, Class<?> type, String where) {
        if (!(e instanceof JsonMappingException)) {
            return new IllegalArgumentException("cannot read " + type.getSimpleName() + " from JSON: "
                    + Refusals.rule(e) + where, e);
        }
        String path = Refusals.path(((JsonMappingException) e).getPath());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                String own = String.valueOf(cause.getMessage());
                return new IllegalArgumentException(path.isEmpty() ? own : path + ": " + own, e);
            }
        }
        return new IllegalArgumentException("cannot read " + type.getSimpleName() + " from JSON: "
                + Refusals.rule(e) + (path.isEmpty() ? "" : " at " + path), e);
    }

    private static <T> T notNullRoot(T value, Class<?> type) {
        if (value == null) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName()
                    + " from JSON: expected a value, but was null");
        }
        return value;
    }
}
