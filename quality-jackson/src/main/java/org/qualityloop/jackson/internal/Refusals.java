package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qualityloop.jackson.mixins.RefusalText;

/**
 * Messages for JSON that does not fit a type, built from what Jackson knows (the path, the kind of
 * problem, the kind of token) and never from its message text, which may repeat the input.
 */
public final class Refusals {

    /** The deepest nesting of arrays and objects a document may have. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The most characters a JSON number may have, sign, point and exponent included. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The most characters a JSON string value may have. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The most characters a property name may have. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The most characters (or bytes) a document may have. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** The bounds above, as Jackson's reading constraints. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build();

    private static final int MAX_PATH_STEPS = 12;
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private Refusals() {
    }

    /**
     * The JSON path of a problem, for example {@code customer.phone} or {@code history[3].at}.
     *
     * @param path Jackson's path, outermost first, not null
     * @return the path, empty at the root
     */
    public static String path(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(RefusalText.shown(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /**
     * The JSON path where a parser stopped, for a problem found while reading the text (a bound
     * exceeded, malformed JSON, a duplicate key), which Jackson reports without a path.
     *
     * For a duplicate key the path is that of the object holding it, since the rule names the key.
     *
     * @param parser the parser, not null
     * @param e the problem, not null
     * @return {@code " at <path>"}, or empty at the root
     */
    public static String where(JsonParser parser, JsonProcessingException e) {
        Deque<String> steps = new ArrayDeque<>();
        JsonStreamContext start = parser.getParsingContext();
        if (start != null && start.inObject() && rule(e).startsWith("duplicate key")) {
            start = start.getParent();
        }
        for (JsonStreamContext c = start; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                steps.addFirst("." + RefusalText.shown(c.getCurrentName()));
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                steps.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String step : steps) {
            if (n++ == MAX_PATH_STEPS) {
                out.append("…");
                break;
            }
            out.append(step);
        }
        String path = out.length() > 0 && out.charAt(0) == '.' ? out.substring(1) : out.toString();
        return path.isEmpty() ? "" : " at " + path;
    }

    /**
     * A JSON value as a message may show it: a scalar's text shortened to 40 characters, the kind
     * of a container.
     *
     * @param value the value, not null
     * @return the text to show
     */
    public static String shown(JsonNode value) {
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return RefusalText.shown(value.isTextual() ? "\"" + value.asText() + "\"" : value.toString());
    }

    /**
     * The rule a read broke, without the input's values.
     *
     * @param e the exception, not null
     * @return the rule, for example {@code "expected text, but was a number"}
     */
    public static String rule(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException inner
                && !(inner instanceof JsonMappingException)) {
            // a problem in the text met while a value was bound from a buffer of it
            return rule(inner);
        }
        if (e instanceof StreamConstraintsException) {
            return exceeded(String.valueOf(e.getOriginalMessage()));
        }
        if (e instanceof InputCoercionException c) {
            return "expected " + RefusalText.describe(c.getTargetType())
                    + " in its range, but was a number out of range";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unrecognized field \"" + RefusalText.shown(u.getPropertyName()) + "\" (unknown property)";
        }
        if (e instanceof InvalidTypeIdException t) {
            return "unknown type \"" + RefusalText.shown(String.valueOf(t.getTypeId())) + "\"";
        }
        if (e instanceof InvalidFormatException f) {
            String found = RefusalText.found(String.valueOf(f.getOriginalMessage()));
            return "expected " + RefusalText.describe(f.getTargetType())
                    + (found.isEmpty() ? ", but the value does not parse as one" : found);
        }
        if (e instanceof MismatchedInputException m) {
            String message = String.valueOf(m.getOriginalMessage());
            if (message.startsWith("Missing required creator property")
                    || message.startsWith("Missing creator property")) {
                return "a required property is missing";
            }
            if (message.startsWith("Trailing token")) {
                return "trailing content after the value";
            }
            return "expected " + RefusalText.describe(m.getTargetType()) + RefusalText.found(message);
        }
        if (e instanceof StreamReadException r) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(r.getOriginalMessage()));
            if (duplicate.find()) {
                return "duplicate key \"" + RefusalText.shown(duplicate.group(1)) + "\"";
            }
            JsonLocation at = r.getLocation();
            return "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        return "the JSON does not fit the type";
    }

    private static String exceeded(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "nesting deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (message.startsWith("String value length")) {
            return "a text longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a property name longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (message.startsWith("Document length")) {
            return "a document longer than " + MAX_DOCUMENT_LENGTH + " characters";
        }
        return "the document exceeds a bound of docs/json.md";
    }



}
