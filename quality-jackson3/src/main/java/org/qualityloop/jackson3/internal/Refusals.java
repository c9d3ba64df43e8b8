package org.qualityloop.jackson3.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qualityloop.jackson.mixins.RefusalText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Messages for JSON that does not fit a type, built from what Jackson 3 knows (the path, the kind
 * of problem, the kind of token) and never from its message text, which may repeat the input. The
 * words are those of the Jackson 2 module ({@link RefusalText}), so both modules refuse the same
 * JSON with the same message.
 */
public final class Refusals {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:Object property|field) [\"']([^\"']*)[\"']");

    private Refusals() {
    }

    /**
     * The JSON path of a problem, for example {@code customer.phone} or {@code history[3].at}.
     *
     * @param path Jackson's path, outermost first, not null
     * @return the path, empty at the root
     */
    public static String path(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(RefusalText.shown(r.getPropertyName()));
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
    public static String rule(JacksonException e) {
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
            TokenStreamLocation at = r.getLocation();
            return "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        return "the JSON does not fit the type";
    }
}
