package org.qualityloop.jackson.mixins;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version-neutral words of a refused read, shared by both JSON modules so that Jackson 2 and
 * Jackson 3 explain the same problem in the same words: what a Java type expects, what kind of
 * token was found, and values shortened to at most {@value #MAX_SHOWN} characters. Nothing here
 * repeats an input value; the callers pass only property names, type ids and Jackson's own
 * descriptions of token kinds.
 *
 * <p>Thread-safe: stateless.
 */
public final class RefusalText {

    /** The longest value a message repeats; longer ones are cut and end with an ellipsis. */
    public static final int MAX_SHOWN = 40;

    private static final Pattern TOKEN = Pattern.compile(
            "(?:from|coerce) (Integer|Floating-point|String|Boolean|Null|Array|Object|Empty String)(?: value)?");

    private RefusalText() {
    }

    /**
     * What a type expects, for example {@code "text"}, {@code "an integer"} or {@code "a Severity
     * name"}.
     *
     * @param type the expected type, or null when Jackson does not know it
     * @return the words
     */
    public static String describe(Class<?> type) {
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

    /**
     * The kind of token Jackson's message says it found, for example {@code ", but was an integer"}.
     *
     * @param jacksonMessage Jackson's original message, not null; only its description of the token
     *     kind is used, never the value
     * @return the words with their leading {@code ", but was "}, or empty when the message names no
     *     kind
     */
    public static String found(String jacksonMessage) {
        Matcher token = TOKEN.matcher(jacksonMessage);
        return token.find() ? ", but was " + kind(token.group(1)) : "";
    }

    /**
     * Shortens a value to at most {@value #MAX_SHOWN} characters.
     *
     * @param value the value, not null
     * @return the value, or its beginning followed by an ellipsis
     */
    public static String shown(String value) {
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN - 1) + "…";
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
}
