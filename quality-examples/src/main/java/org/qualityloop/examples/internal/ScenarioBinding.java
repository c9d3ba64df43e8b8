package org.qualityloop.examples.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.examples.scenario.ScenarioFormatException;
import org.qualityloop.examples.scenario.ScenarioFormatException.FormatError;
import org.qualityloop.jackson.QualityLoopJson;

/**
 * The Jackson side of reading a scenario file: a first pass over the tokens that records where
 * every value starts (and stops at malformed JSON, duplicate keys and numbers too long to read),
 * then data binding that records every unknown field, wrong type and unknown enum value it meets
 * instead of stopping at the first. Errors go to a {@link Problems} collector, which names each
 * one's line and column from the first pass. Not exported.
 */
final class ScenarioBinding {

    /** The context attribute under which the collector of the current read is found. */
    private static final Object PROBLEMS = Problems.class;

    /** Binds the scenario's own records: strict scalars, every problem recorded. */
    static final ObjectMapper DOCUMENT = collecting(JsonMapper.builder()
            .addModule(new SimpleModule("scenario-scalars")
                    .addDeserializer(String.class, new StrictString())
                    .addDeserializer(BigDecimal.class, new StrictDecimal())
                    .addDeserializer(Boolean.class, new StrictBoolean()))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    /** Binds the model's types (process, SLA policy, KPI definitions, money) in their documented shape. */
    static final ObjectMapper MODEL = collecting(QualityLoopJson.configure(JsonMapper.builder())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build());

    /**
     * {@link #MODEL} with a missing or null primitive allowed: a record's creator then runs even
     * when a field is misspelt, so that Jackson goes on to report the unknown field by name (the
     * strict mapper would stop first at the missing one).
     */
    private static final ObjectMapper LENIENT_MODEL = MODEL.copy()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ScenarioBinding() {
    }

    private static ObjectMapper collecting(ObjectMapper mapper) {
        return mapper.addHandler(new Collecting());
    }

    // ------------------------------------------------------------------ the collector

    /**
     * The errors of one file, each with the line and column of the value it is about; used by one
     * read on one thread.
     */
    static final class Problems {
        private final String source;
        private final Map<String, int[]> locations;
        private final List<FormatError> errors = new ArrayList<>();
        private final Set<String> seen = new LinkedHashSet<>();
        private Throwable firstCause;
        /** The path of the model part being read, prefixed to the paths Jackson reports inside it. */
        String prefix = "";

        Problems(String source, Map<String, int[]> locations) {
            this.source = source;
            this.locations = locations;
        }

        /**
         * Records an error at a field.
         *
         * @param path the field's path, such as {@code steps[3].use}
         * @param problem the rule broken
         */
        void add(String path, String problem) {
            add(path, problem, null);
        }

        void add(String path, String problem, Throwable cause) {
            if (!seen.add(path + "\u0000" + problem)) {
                return;
            }
            int[] at = locate(path);
            errors.add(new FormatError(path, at[0], at[1], problem));
            if (firstCause == null) {
                firstCause = cause;
            }
        }

        /** The location of a path's value, or of the nearest enclosing value the file has. */
        int[] locate(String path) {
            String p = path;
            while (true) {
                int[] at = locations.get(p);
                if (at != null) {
                    return at;
                }
                if (p.isEmpty()) {
                    return new int[] {1, 1};
                }
                p = parent(p);
            }
        }

        /** Whether the file has a value at the path. */
        boolean present(String path) {
            return locations.containsKey(path);
        }

        /** Whether an error was recorded at the path or inside its value. */
        boolean hasAt(String path) {
            for (FormatError e : errors) {
                String f = e.field();
                if (f.equals(path) || path.isEmpty() || f.startsWith(path + ".") || f.startsWith(path + "[")) {
                    return true;
                }
            }
            return false;
        }

        int count() {
            return errors.size();
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        ScenarioFormatException exception() {
            return new ScenarioFormatException(source, errors, firstCause);
        }
    }

    /**
     * The path of the value enclosing {@code path}: {@code steps[3]} for {@code steps[3].use},
     * {@code steps} for {@code steps[3]}, empty for a top-level field.
     *
     * @param path a field's path
     * @return the enclosing path
     */
    static String parent(String path) {
        int end = path.length();
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int dot = path.lastIndexOf('.', end - 1);
        int bracket = path.lastIndexOf('[');
        if (bracket > dot) {
            // a name after an index is always preceded by a dot; an index ends the path
            return path.substring(0, bracket);
        }
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /**
     * The last field name on a path: {@code use} for {@code steps[3].use}, {@code hourly} for
     * {@code demand.hourly[2]}.
     *
     * @param path a field's path
     * @return the name
     */
    static String lastName(String path) {
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        int b = last.indexOf('[');
        return b < 0 ? last : last.substring(0, b);
    }

    /**
     * Joins a path and a child's name.
     *
     * @param path the parent's path, empty for the document
     * @param name the child's name
     * @return the child's path
     */
    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    // ------------------------------------------------------------------ the first pass

    /**
     * Reads the document's tokens once, recording where each value starts.
     *
     * @param json the text
     * @param source the name used in messages
     * @return the start (line, column) of every value by path; the document's own under ""
     * @throws ScenarioFormatException when the text is not one well-formed JSON value with distinct keys
     */
    static Map<String, int[]> locations(String json, String source) {
        Map<String, int[]> out = new HashMap<>();
        JsonFactory factory = DOCUMENT.getFactory().copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
        try (JsonParser p = factory.createParser(json)) {
            JsonToken t = next(p, source);
            if (t == null) {
                throw new ScenarioFormatException(source, "", 1, 1, "the document is empty", null);
            }
            int depth = 0;
            do {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t != JsonToken.FIELD_NAME) {
                    JsonLocation l = p.currentTokenLocation();
                    out.put(path(p), new int[] {l.getLineNr(), l.getColumnNr()});
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        depth++;
                    }
                }
                if (depth == 0) {
                    break;
                }
                t = next(p, source);
            } while (t != null);
            if (next(p, source) != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ScenarioFormatException(source, "", l.getLineNr(), l.getColumnNr(),
                        "unexpected content after the end of the document", null);
            }
            return out;
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw new ScenarioFormatException(source, "", l == null ? 1 : l.getLineNr(),
                    l == null ? 1 : l.getColumnNr(), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ScenarioFormatException(source, "", 1, 1, "cannot read the document: " + e.getMessage(), e);
        }
    }

    /** The next token; a number too long to read (the parser reads a value with its name) is reported at its field. */
    private static JsonToken next(JsonParser p, String source) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            JsonLocation l = p.currentLocation();
            String field = render(p.getParsingContext());
            throw new ScenarioFormatException(source, field, l.getLineNr(), l.getColumnNr(),
                    lastName(field) + " must be a number of at most "
                            + p.streamReadConstraints().getMaxNumberLength() + " digits, but was longer", e);
        }
    }

    /**
     * The path of the value the parser is at, such as {@code steps[3].use}; empty for the document.
     *
     * @param p a parser at a value token
     * @return the path
     */
    static String path(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
            c = c.getParent();
        }
        return render(c);
    }

    private static String render(JsonStreamContext c) {
        List<Object> parts = new ArrayList<>();
        for (JsonStreamContext x = c; x != null && !x.inRoot(); x = x.getParent()) {
            if (x.inArray()) {
                parts.add(0, Math.max(0, x.getCurrentIndex()));
            } else if (x.getCurrentName() != null) {
                parts.add(0, x.getCurrentName());
            }
        }
        StringBuilder b = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ what a value is

    /**
     * What a token is, in a message: {@code "a string"}, {@code "an object"}.
     *
     * @param t the token
     * @return its description
     */
    static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String expected(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isEnumType()) {
            return "one of " + Arrays.toString(raw.getEnumConstants());
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "an array";
        }
        if (CharSequence.class.isAssignableFrom(raw)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
            return "a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    private static Problems problems(DeserializationContext ctxt) {
        Object p = ctxt.getAttribute(PROBLEMS);
        if (!(p instanceof Problems problems)) {
            throw new IllegalStateException("a scenario is bound only through ScenarioBinding.bind");
        }
        return problems;
    }

    private static String at(DeserializationContext ctxt, JsonParser p) {
        Problems problems = problems(ctxt);
        String relative = path(p);
        if (problems.prefix.isEmpty()) {
            return relative;
        }
        return relative.isEmpty() ? problems.prefix
                : relative.startsWith("[") ? problems.prefix + relative : problems.prefix + "." + relative;
    }

    /**
     * Binds a value with a collector: the document's records, or a model part whose errors are
     * reported under {@code prefix}.
     *
     * @param mapper {@link #DOCUMENT} or {@link #MODEL}
     * @param from the parser or tree to read
     * @param type the type
     * @param problems the collector
     * @param prefix the path of the part in the file, empty for the document
     * @param <T> the type
     * @return the value, or empty when an error was recorded
     */
    static <T> Optional<T> bind(ObjectMapper mapper, com.fasterxml.jackson.core.TreeNode from, Class<T> type,
            Problems problems, String prefix) {
        int before = problems.count();
        problems.prefix = prefix;
        try {
            if (mapper == MODEL) {
                // first leniently, for every unknown field and enum value; then strictly, for the verdict
                try {
                    LENIENT_MODEL.readerFor(type).withAttribute(PROBLEMS, problems).readValue(mapper.treeAsTokens(from));
                } catch (IOException | IllegalArgumentException e) {
                    // the strict read below reports it, unless an error was recorded already
                }
                if (problems.count() > before) {
                    return Optional.empty();
                }
            }
            T value = mapper.readerFor(type).withAttribute(PROBLEMS, problems).readValue(mapper.treeAsTokens(from));
            return problems.count() == before ? Optional.ofNullable(value) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            if (problems.count() == before) {
                reportModelError(e, type, problems, prefix);
            }
            return Optional.empty();
        } finally {
            problems.prefix = "";
        }
    }

    /**
     * Binds the document's text.
     *
     * @param json the text, already checked by {@link #locations}
     * @param problems the collector
     * @return the document, or empty when it is not an object
     */
    static Optional<ScenarioDocument.Doc> document(String json, Problems problems) {
        try (JsonParser p = DOCUMENT.createParser(json)) {
            return Optional.ofNullable(DOCUMENT.readerFor(ScenarioDocument.Doc.class).withAttribute(PROBLEMS, problems)
                    .readValue(p));
        } catch (IOException e) {
            if (problems.isEmpty()) {
                problems.add("", "cannot read the document: " + e.getMessage(), e);
            }
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ did you mean

    /**
     * The known name closest to a misspelt one, when it is close enough to be the likely intent:
     * at most two edits apart (ignoring case), or a third of the name's length for long names.
     *
     * @param wrong the name as written
     * @param known the names that would have been accepted
     * @return the suggestion, if any
     */
    static Optional<String> nearest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(w, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= limit && !wrong.equals(best) ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The Levenshtein distance: the fewest insertions, deletions and substitutions that turn one
     * text into the other.
     *
     * @param a one text
     * @param b the other
     * @return the distance
     */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The message for a name that is not one of the accepted ones.
     *
     * @param field the field's name
     * @param wrong the value as written
     * @param known the accepted values, in the order to list them
     * @return {@code "field must be one of [A, B], but was 'X'; did you mean A?"}
     */
    static String oneOf(String field, String wrong, List<String> known) {
        return field + " must be one of " + known + ", but was '" + wrong + "'"
                + nearest(wrong, known).map(n -> "; did you mean " + n + "?").orElse("");
    }

    /**
     * The message for an unknown field.
     *
     * @param name the field as written
     * @param known the fields the object accepts
     * @return the message, with a suggestion and the known fields
     */
    static String unknownField(String name, Collection<String> known) {
        List<String> sorted = known.stream().sorted().toList();
        return "unknown field '" + name + "'"
                + nearest(name, sorted).map(n -> " (did you mean '" + n + "'?)").orElse("")
                + (sorted.isEmpty() ? "" : "; expected one of " + sorted);
    }

    // ------------------------------------------------------------------ Jackson hooks

    /** Records a problem and lets Jackson carry on with the rest of the document. */
    private static final class Collecting extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
            List<String> names = known == null ? List.of() : known.stream().map(String::valueOf).toList();
            problems(ctxt).add(at(ctxt, p), unknownField(propertyName, names));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) throws IOException {
            problems(ctxt).add(at(ctxt, p), "must be " + expected(targetType) + ", but was " + kind(t));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
            problems(ctxt).add(at(ctxt, p), "must be " + expected(ctxt.constructType(instClass)) + ", but was "
                    + kind(p.currentToken()));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) throws IOException {
            JsonParser p = ctxt.getParser();
            String path = at(ctxt, p);
            if (targetType.isEnum()) {
                List<String> names = Arrays.stream(targetType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .toList();
                problems(ctxt).add(path, oneOf(lastName(path), valueToConvert, names));
            } else {
                problems(ctxt).add(path, lastName(path) + " must be " + expected(ctxt.constructType(targetType))
                        + ", but was '" + valueToConvert + "'");
            }
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) throws IOException {
            String path = at(ctxt, ctxt.getParser());
            problems(ctxt).add(path, "must be " + expected(ctxt.constructType(targetType)) + ", but was a number");
            return null;
        }
    }

    /** A string, and only a string. */
    private static final class StrictString extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            return wrong(p, ctxt, "a string");
        }
    }

    /** A number, as written. */
    private static final class StrictDecimal extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        StrictDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                try {
                    return p.getDecimalValue();
                } catch (NumberFormatException | StreamConstraintsException e) {
                    String path = at(ctxt, p);
                    problems(ctxt).add(path, outOfRange(path, p.getText()), e);
                    return null;
                }
            }
            return wrong(p, ctxt, "a number");
        }
    }

    /** {@code true} or {@code false}. */
    private static final class StrictBoolean extends StdScalarDeserializer<Boolean> {
        private static final long serialVersionUID = 1L;

        StrictBoolean() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            return wrong(p, ctxt, "true or false");
        }
    }

    private static <T> T wrong(JsonParser p, DeserializationContext ctxt, String expected) throws IOException {
        problems(ctxt).add(at(ctxt, p), "must be " + expected + ", but was " + kind(p.currentToken()));
        p.skipChildren();
        return null;
    }

    /**
     * The rule a number broke that no double can hold.
     *
     * @param path the field's path
     * @param text the number as written
     * @return the message: the field, the range and the value (shortened when long)
     */
    static String outOfRange(String path, String text) {
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
        return lastName(path) + " must be a number between " + -Double.MAX_VALUE + " and " + Double.MAX_VALUE
                + ", but was " + shown;
    }

    // ------------------------------------------------------------------ a model part's own exception

    /**
     * Records the exception that stopped a model part (process, SLA policy, KPI definition, money):
     * the model's own rule when one of its factories refused the data, else the project's words for
     * what Jackson found.
     */
    private static void reportModelError(Exception e, Class<?> type, Problems problems, String prefix) {
        StringBuilder relative = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    if (relative.length() > 0) {
                        relative.append('.');
                    }
                    relative.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    relative.append('[').append(r.getIndex()).append(']');
                }
            }
        }
        String path = relative.length() == 0 ? prefix
                : prefix.isEmpty() ? relative.toString()
                : relative.charAt(0) == '[' ? prefix + relative : prefix + "." + relative;
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if ((c instanceof IllegalArgumentException || c instanceof NullPointerException)
                    && !(c instanceof JsonProcessingException) && c.getMessage() != null) {
                problems.add(path, c.getMessage(), e);
                return;
            }
        }
        if (e instanceof MismatchedInputException m && m.getOriginalMessage() != null
                && m.getOriginalMessage().startsWith("Cannot map `null` into type") && !relative.isEmpty()) {
            String name = lastName(path);
            if (problems.present(path)) {
                problems.add(path, "field '" + name + "' must not be null", e);
            } else {
                problems.add(parent(path), "field '" + name + "' is missing", e);
            }
            return;
        }
        if (e instanceof UnrecognizedPropertyException u) {
            problems.add(path, unknownField(u.getPropertyName(),
                    u.getKnownPropertyIds() == null ? List.of()
                            : u.getKnownPropertyIds().stream().map(String::valueOf).toList()), e);
            return;
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            List<String> names = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList();
            problems.add(path, oneOf(lastName(path), String.valueOf(f.getValue()), names), e);
            return;
        }
        String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        if (message == null) {
            message = e.toString();
        }
        int nl = message.indexOf('\n');
        problems.add(path, "not a valid " + type.getSimpleName() + ": " + (nl < 0 ? message : message.substring(0, nl)), e);
    }
}
