package org.qualityloop.jackson3;

import java.util.Objects;
import org.qualityloop.jackson3.internal.Refusals;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * A Jackson 3 mapper configured for Quality Loop's JSON, for applications that have none of
 * their own, and the strict configuration for those that do. It has the same shape and the same
 * messages as {@code org.qualityloop.jackson.QualityLoopJson} for Jackson 2, and writes the same
 * bytes.
 *
 * <p>{@link #mapper()} returns a mapper with {@link QualityLoopModule} registered and strict
 * reading switched on (see {@link #configure}): instants and durations as ISO-8601 strings, enums
 * by name, properties in the documented order, absent optional values as {@code null}, unknown
 * properties, duplicate keys and trailing tokens rejected, no coercion between scalar types, no
 * polymorphic default typing.
 *
 * <p>When JSON breaks a type's rule, Jackson wraps the type's own exception; {@link #read(String,
 * Class)} unwraps it so the caller sees the same message as the factory, for example
 * {@code "score must be between 0 and 10, but was 11"}.
 *
 * <p>Jackson 3 mappers are immutable and thread-safe. {@link #read} and {@link #write} use one
 * shared mapper and are thread-safe.
 */
public final class QualityLoopJson {

    private static final JsonMapper SHARED = mapper();

    private QualityLoopJson() {
    }

    /**
     * Returns a new mapper configured for Quality Loop's JSON shape and strict reading.
     *
     * @return a new mapper; {@code mapper().rebuild()} gives a builder to change it
     */
    public static JsonMapper mapper() {
        return configure(JsonMapper.builder()).build();
    }

    /**
     * Configures a mapper builder for Quality Loop's JSON: adds the Quality Loop module and switches
     * on strict reading, setting explicitly every default in which Jackson 3 differs from Jackson 2.
     *
     * <p>Strict reading means: unknown properties, duplicate keys, trailing tokens and {@code null}
     * for a primitive are rejected; numbers are not read as text, enums or booleans, floating-point
     * numbers not as integers, and text is not read as a number. Writing keeps the documented
     * property order (no alphabetical sorting), enums by name (not {@code toString()}) and instants
     * and durations as ISO-8601 text.
     *
     * @param builder the builder, not null
     * @return the same builder
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        return builder
                .addModule(new QualityLoopModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
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
     * @throws JacksonException when Jackson cannot write the value
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        return SHARED.writeValueAsString(value);
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
        try {
            return notNullRoot(SHARED.readValue(json, type), type);
        } catch (JacksonException e) {
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
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(type, "type");
        try {
            return notNullRoot(SHARED.treeToValue(tree, type), type);
        } catch (JacksonException e) {
            throw refusal(e, type);
        }
    }

    /**
     * The refusal of a read: the type's own message when its factory refused the data, prefixed by
     * the JSON path of the refused object when it is not the root; else a message of our own naming
     * the path and the rule. Jackson's own message is never used as it is, because it may repeat
     * the input (an unparsed token, a personal-data field's value).
     */
    private static IllegalArgumentException refusal(JacksonException e, Class<?> type) {
        String path = Refusals.path(e.getPath());
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
