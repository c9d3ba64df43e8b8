package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages for JSON that does not fit a type, built from what Jackson knows (the path, the kind of
 * problem, the kind of token) and never from its message text, which may repeat the input.
 */
public final class Refusals {

    private static final int MAX_SHOWN = 40;
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");
    private static final Pattern TOKEN = Pattern.compile(
            "(?:from|coerce) (Integer|Floating-point|String|Boolean|Null|Array|Object|Empty String)(?: value)?");

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
                out.append(shown(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /**
     * The rule a read broke, without the input's values.
     *
     * @param e the exception, not null
     * @return the rule, for example {@code "expected text, but was a number"}
     */
    public static String rule(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unrecognized field \"" + shown(u.getPropertyName()) + "\" (unknown property)";
        }
        if (e instanceof InvalidTypeIdException t) {
            return "unknown type \"" + shown(String.valueOf(t.getTypeId())) + "\"";
        }
        if (e instanceof InvalidFormatException f) {
            Matcher token = TOKEN.matcher(String.valueOf(f.getOriginalMessage()));
            return "expected " + describe(f.getTargetType())
                    + (token.find() ? ", but was " + kind(token.group(1)) : ", but the value does not parse as one");
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
            Matcher token = TOKEN.matcher(message);
            String found = token.find() ? " but was " + kind(token.group(1)) : "";
            return "expected " + describe(m.getTargetType()) + (found.isEmpty() ? "" : "," + found);
        }
        if (e instanceof StreamReadException r) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(r.getOriginalMessage()));
            if (duplicate.find()) {
                return "duplicate key \"" + shown(duplicate.group(1)) + "\"";
            }
            JsonLocation at = r.getLocation();
            return "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        return "the JSON does not fit the type";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        String name = type.getSimpleName();
        String article = "AEIOU".indexOf(name.isEmpty() ? 'x' : name.charAt(0)) >= 0 ? "an " : "a ";
        return article + name + (type.isEnum() ? " name" : "");
    }

    private static String kind(String token) {
        switch (token) {
            case "Integer":
                return "an integer";
            case "Floating-point":
                return "a number with a fraction";
            case "String":
            case "Empty String":
                return "text";
            case "Boolean":
                return "true or false";
            case "Null":
                return "null";
            case "Array":
                return "an array";
            default:
                return "an object";
        }
    }

    private static String shown(String value) {
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN - 1) + "…";
    }
}
